import { RELIGIONS } from '../lexicon/identity.js';
import { CAUSES } from '../lexicon/values.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { spanText, type Token } from '../../nlp/wink.js';

/** Values and beliefs stated as lasting ("I keep Shabbat", "I avoid flying for climate reasons"). */

const REASONS = new Set(['ethical', 'religious', 'environmental', 'climate', 'moral', 'faith', 'sustainability', 'political', 'personal', 'cultural']);

/** Times people fast on or for. */
const FAST_TIMES =
  /^(?:ramadan|lent|yom|navratri|ekadashi|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|holy|karva|advent|eid|sabbath|shabbat|week|weekdays?)$/;

/** Reasons that make a habit a principle. */
const REASON_WORDS = new Set([
  'principle',
  'principles',
  'ethical',
  'ethics',
  'ethically',
  'ever',
  'climate',
  'reasons',
  'beliefs',
  'religious',
  'moral',
  'morals',
  'conscience',
  'faith',
  'vegan',
]);

const NOT_A_THING: ReadonlySet<string> = new Set(['it', 'them', 'that', 'this', 'much', 'more', 'too']);

/** Words that make a "never" a rule ("full stop", "ever", "no matter what"). */
/** Verbs of the user's own conduct, which "I won't …" makes a stance ("I won't be in tomorrow" is no stance). */
const CONDUCT: ReadonlySet<string> = new Set(
  'do buy use push take put sell lend recommend point invest upsell work accept eat drink wear support charge hire lie cheat sign have'.split(' '),
);
/**
 * What the user will not or never does, from the verb up to a mark or a word that gives its reason or condition (across a
 * hyphen: "a call-out fee"), after `lead`; undefined unless two to ten words, said by "I" or "we", and not a one-off said of
 * what was just done ("I won't do that again").
 */
function stance(v: ValueContext, lead: string): string | undefined {
  if ((v.clause[0]?.low !== 'i' && v.clause[0]?.low !== 'we') || ONE_OFF_OBJECTS.has(v.tokens[1]?.low ?? '')) return undefined;
  const joined = (t: Token, k: number): boolean => t.text === '-' && !t.space && v.tokens[k + 1]?.space === false;
  const end = v.tokens.findIndex((t, k) => k > 0 && ((t.pos === 'PUNCT' && !joined(t, k)) || STANCE_ENDS.has(t.low)));
  const words = v.tokens.slice(0, end < 0 ? v.tokens.length : end);
  return words.length >= 2 && words.length <= 10 ? `${lead} ${spanText(words)}` : undefined;
}

/** Verbs of how one trades with people ("never charge", "never upsell"), whose "never" is a rule, not a habit. */
const TRADING: ReadonlySet<string> = new Set('charge sell serve upsell push lend recommend accept sign lie cheat overcharge pressure'.split(' '));
/** What a faith may bar in how one earns: trading, working, and taking or paying interest (not what one eats or drinks, which is diet). */
const FAITH_BOUND: ReadonlySet<string> = new Set([...TRADING, 'work', 'take', 'pay', 'earn', 'handle']);
/** Objects that point back at one thing just said ("I won't do that again"). */
const ONE_OFF_OBJECTS: ReadonlySet<string> = new Set(['that', 'this', 'it', 'them', 'those', 'these', 'the']);
/** Where what the user will not do ends: its reasons and conditions are said after it. */
const STANCE_ENDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'even', 'just', 'because', 'if', 'unless', 'when', 'while', 'so', 'but', 'though']);

const ABSOLUTE = new Set(['ever', 'period', 'principle', 'rule', 'non-negotiable', 'exceptions', 'whatsoever']);

/** Who a maxim is about ("everyone deserves …") and words that make "it's …" one ("it's never too late", "it's always worth …"). */
const EVERYONE: ReadonlySet<string> = new Set(['everyone', 'everybody', 'people', 'nobody', 'kids', 'children', 'family', 'education', 'honesty']);
/** Words that say what should be ("officers should have the right to strike"). */
const OUGHT: ReadonlySet<string> = new Set(['should', 'must', 'deserve', 'deserves', 'ought']);
const MAXIM_WORDS: ReadonlySet<string> = new Set(['never', 'always', 'important', 'worth', 'wrong', 'essential', 'vital']);

/** Words that say a refusal is a matter of principle: "that's a hard line for me", "that's just me", "never have". */
const PRINCIPLE_WORDS: ReadonlySet<string> = new Set(['ethical', 'ethics', 'principles', 'conscience', 'dealbreaker']);
const PRINCIPLE_PAIRS: readonly (readonly [string, string])[] = [
  ['hard', 'line'],
  ['red', 'line'],
  ['just', 'me'],
  ['never', 'have'],
  ['deal', 'breaker'],
];

function principled(sentence: readonly Token[]): boolean {
  return sentence.some((t, k) => PRINCIPLE_WORDS.has(t.low) || PRINCIPLE_PAIRS.some(([a, b]) => t.low === a && sentence[k + 1]?.low === b));
}

/**
 * "I'm Muslim and I don't sell alcohol", "I'm Seventh-day Adventist so I don't work from Friday sunset": a faith named
 * beside a refusal of how the user works, trades or handles money ("don't want to take interest") is its reason.
 */
function faithfulTrade(v: ValueContext): boolean {
  const wanted = v.tokens[0]?.lemma === 'want' && v.tokens[1]?.low === 'to' ? v.tokens[2] : v.tokens[0];
  // (What is refused is said after the verb: not "I don't want to earn" cut off from "or pay interest".)
  const said = v.clause[v.clause.indexOf(wanted!) + 1];
  return FAITH_BOUND.has(wanted?.lemma ?? '') && said !== undefined && said.pos !== 'PUNCT' && v.sentence.some((_, k) => RELIGIONS.matchAt(v.sentence, k) > 0);
}

/** What the user says they do not do, earlier in the sentence: "i dont do gambling of any kind" -> "no gambling". */
/** Words that join more of what is refused to it. */
const JOINING: ReadonlySet<string> = new Set(['in', 'or', 'and']);

function refusedInSentence(v: ValueContext): string | undefined {
  const s = v.sentence;
  const neg = s.findIndex((t) => t.low === 'not' || t.low === 'never' || t.low === "n't" || t.low === 'no');
  if (neg < 0) return undefined;
  let k = neg + 1;
  if (s[neg]!.low !== 'no' && s[k] && (s[k]!.pos === 'VERB' || s[k]!.pos === 'AUX')) k++;
  // ("I don't take on clients in alcohol or gambling": the verb's particle, then what is refused.)
  if (s[neg]!.low !== 'no' && (s[k]?.low === 'on' || s[k]?.low === 'up') && s[k + 1]?.pos === 'NOUN') k++;
  const content = (t: Token | undefined): boolean =>
    t !== undefined && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'VERB' && t.low.endsWith('ing')));
  const words: Token[] = [];
  // (Joined by "in", "or", "and" to more of the same: "clients in alcohol or gambling".)
  while (k < s.length && words.length < 6 && (content(s[k]) || (words.length > 0 && JOINING.has(s[k]!.low) && content(s[k + 1])))) words.push(s[k++]!);
  return words.length > 0 ? `no ${words.map((t) => t.text).join(' ')}` : undefined;
}

/** The noun phrase a clause opens with, before its verb: "Honesty" in "Honesty is really important to me". */
function subjectPhrase(v: ValueContext): string | undefined {
  const verb = v.clause.findIndex((t) => t.lemma === 'be' || t.lemma === 'matter' || t.lemma === 'come' || t.low === "'s");
  if (verb <= 0 || verb > 6) return undefined;
  const words: Token[] = v.clause.slice(0, verb);
  if (words.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || (t.pos === 'PRON' && t.low !== 'my' && t.low !== 'our'))) return undefined;
  if (['it', 'this', 'that', 'what', 'which', 'everything', 'nothing', 'something'].includes(words[0]!.low)) return undefined;
  // "The deadline is important to me" is about one task; "the environment" is a cause.
  if (['the', 'this', 'that', 'a', 'an', 'these', 'those'].includes(words[0]!.low) && !words.some((_, k) => CAUSES.matchAt(words, k) > 0)) return undefined;
  const content = words.filter((t) => !['my', 'our', 'the', 'a', 'an'].includes(t.low));
  return content.length > 0 && content.length <= 4 && content.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ')
    ? content.map((t) => t.text).join(' ')
    : undefined;
}

/** A cause or principle, whatever surrounds it ("big on animal welfare", "all about sustainability"). */
const cause = (v: ValueContext): string | undefined => (v.tokens.length <= 6 && v.tokens.some((_, k) => CAUSES.matchAt(v.tokens, k) > 0) ? v.text : undefined);

const noPronoun = (v: ValueContext): string | undefined =>
  v.tokens.length === 0 ||
  v.tokens.length > 6 ||
  (v.tokens[0]!.pos === 'PRON' && !['my', 'our'].includes(v.tokens[0]!.low)) ||
  ['it', 'this', 'that', 'them'].includes(v.tokens[0]!.low)
    ? undefined
    : v.text;

/** Words that make a bare "don't fly" the user's own rule: a reason or a time it has held. */
/** Money kept or borrowed ("interest-bearing accounts", "interest-based loans"). */
const FINANCE: ReadonlySet<string> = new Set([
  'accounts',
  'account',
  'loans',
  'loan',
  'mortgage',
  'mortgages',
  'finance',
  'savings',
  'credit',
  'banking',
  'bank',
]);

/** "for climate reasons", "for religious reasons": the reason said beside a stance, or undefined. */
function reasonSaid(clause: readonly Token[]): string | undefined {
  const at = clause.findIndex((t, k) => t.low === 'for' && clause[k + 2]?.low === 'reasons');
  return at < 0 ? undefined : spanText(clause.slice(at, at + 3));
}

const HELD_FOR: ReadonlySet<string> = new Set([
  'reasons',
  'reason',
  'since',
  'anymore',
  'ever',
  'principle',
  'religious',
  'ethical',
  'climate',
  'environmental',
]);
const STOPPED_HABIT_WORDS = ['gambling', 'smoking', 'swearing', 'betting', 'flying', 'driving', 'vaping'];
const STOPPED_HABITS: ReadonlySet<string> = new Set(STOPPED_HABIT_WORDS);
const STOPPING: ReadonlySet<string> = new Set(['stopped', 'quit', 'gave', 'given']);

/** Whether a place or group is said as one the user gives time to ("the Tuesday shift at the food bank"). */
const VOLUNTEER_VERBS: ReadonlySet<string> = new Set([
  'volunteer',
  'volunteers',
  'volunteering',
  'volunteered',
  'help',
  'helps',
  'helping',
  'run',
  'runs',
  'running',
  'lead',
  'leads',
  'leading',
]);

export const VALUES: readonly PatternSpec[] = [
  {
    // "I volunteer at the food bank", "I do the Tuesday shift at the food bank", "back at the soup kitchen tonight",
    // "I help run the tenants' association": a place or group the user gives time to.
    id: 'values.volunteer-place',
    match: 'at|with|for|in|run|running|the|our|my a|an|the? {x:$volunteer}',
    key: 'volunteering',
    category: 'interests',
    list: true,
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    past: 'ok',
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      // (The user's own: said by the user, of their shift or their time there, or of the group "for me" — not "my mum volunteers at …".)
      const own = v.clause.some((t) => t.low === 'i' || t.low === 'my' || t.low === 'me' || t.low === 'we' || t.low === 'our');
      const theirs = v.clause.slice(0, at).some((t) => ['his', 'her', 'their', 'mum', 'dad', 'wife', 'husband', 'friend', 'sister', 'brother'].includes(t.low));
      const given = v.clause.some(
        (t, k) =>
          VOLUNTEER_VERBS.has(t.low) ||
          // ("parkrun before my shift": the user's work shift, not a volunteer's.)
          (['shift', 'shifts', 'week', 'tonight', 'volunteer'].includes(t.low) && !['before', 'after'].includes(v.clause[k - 2]?.low ?? '')) ||
          (t.low === 'me' && v.clause[k - 1]?.low === 'for'),
      );
      return (own || v.clause[0] === v.tokens[0] || v.clause.indexOf(v.tokens[0]!) <= 3) && given && !theirs ? v.text : undefined;
    },
  },
  {
    id: 'values.important-to-me',
    match:
      'be~|matter~|matters really|very|so|super|incredibly|hugely|extremely|deeply|genuinely|massively? important|sacred|non-negotiable|paramount|precious|everything|fundamental|central|huge|key|a_priority|a_big_deal|a_must|a_dealbreaker to|for me',
    key: 'values',
    where: 'anywhere',
    subjects: ['other', 'none', 'attr'],
    value: subjectPhrase,
  },
  {
    id: 'values.matters-to-me',
    match: 'matter~|matters .. more? than? anything|everything|all|most? .. to|for me',
    key: 'values',
    where: 'anywhere',
    subjects: ['other', 'none', 'attr'],
    value: subjectPhrase,
  },
  {
    id: 'values.big-on',
    match: 'be~ all|passionate|serious|strict|hot about|on {x:np}',
    key: 'values',
    value: cause,
  },
  {
    id: 'values.big-on-anything',
    match: 'be~? big|huge|massive on {x:np}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // "big on second hand stuff": what the user holds to, whatever it is.
    value: (v) =>
      noPronoun(v) && (v.clause[0]?.low === 'big' || v.clause[0]?.low === 'huge' || v.clause.some((t) => t.low === 'i' || t.lemma === 'be'))
        ? v.text
        : undefined,
  },
  {
    id: 'values.against-beliefs',
    match: 'against my|our beliefs|religion|principles|values|faith|conscience|morals|ethics',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    negation: 'keep',
    // "i dont do gambling of any kind its against my beliefs": what the user does not do.
    value: (v) => refusedInSentence(v),
  },
  {
    id: 'values.devotee',
    match: 'devotee|follower|worshipper|disciple|servant of {x:rest}',
    key: 'religion',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (v.tokens.length <= 4 && v.tokens.some((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text)) ? `devotee of ${v.text}` : undefined),
  },
  {
    id: 'values.give-up-for',
    match: 'give~|giving up {x:np} for {y:$observance}',
    key: 'values',
    where: 'anywhere',
    past: 'ok',
    bucket: 'dynamic',
    value: (v) => `giving up ${v.text} for ${v.slot('y') ?? ''}`.trim(),
  },
  {
    id: 'values.never-full-stop',
    match: 'not|never {x:rest}',
    key: 'values',
    where: 'anywhere',
    negation: 'negative',
    // "I don't put my kids' faces online, full stop": a rule the user keeps.
    value: (v) => {
      const from = v.clause.indexOf(v.tokens[0]!);
      // ("I won't do any work for tobacco companies": "do" with its object is the main verb.)
      const doing = v.tokens[0]?.low === 'do' && ['DET', 'NOUN'].includes(v.clause[from + 1]?.pos ?? '');
      if (
        (v.tokens[0]?.pos !== 'VERB' && !doing) ||
        !(
          v.sentence.some((t, k) => ABSOLUTE.has(t.low) || (t.low === 'full' && v.sentence[k + 1]?.low === 'stop')) ||
          principled(v.sentence) ||
          faithfulTrade(v)
        )
      )
        return undefined;
      // The whole predicate, across an apostrophe ("put my kids' faces online").
      const words: Token[] = [];
      for (let k = from; k < v.clause.length && words.length < 10; k++) {
        const t = v.clause[k]!;
        const joined = t.text === "'" || (t.text === '-' && !t.space && v.clause[k + 1]?.space === false);
        if ((t.pos === 'PUNCT' && !joined) || ABSOLUTE.has(t.low) || t.low === 'full') break;
        words.push(t);
      }
      return `never ${spanText(words).replace(/ '/g, "'")}`;
    },
  },
  {
    // "I never charge pensioners a call-out fee": what the user never does in how they trade is a stance they keep.
    id: 'values.never-trade',
    match: 'never {x:rest}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'we'],
    negation: 'keep',
    value: (v) => {
      return TRADING.has(v.tokens[0]?.lemma ?? '') ? stance(v, 'never') : undefined;
    },
  },
  {
    // "I won't push products on people who don't need them", "I won't do convenience euthanasia", "I won't have my pension
    // invested in fossil fuels": what the user will not do, of their own conduct, is a stance they keep.
    id: 'values.will-not',
    match: 'will not|never {x:rest}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'we'],
    negation: 'keep',
    value: (v) => {
      const verb = v.tokens[0]!;
      if (!CONDUCT.has(verb.lemma) || (verb.lemma === 'have' && !['my', 'our'].includes(v.tokens[1]?.low ?? ''))) return undefined;
      return stance(v, "won't");
    },
  },
  { id: 'values.value', match: 'value~|prioritise~|prioritize~|cherish~ {x:np}', key: 'values', value: noPronoun },
  {
    id: 'values.firm-believer',
    match: 'big|firm|strong|great|huge|true believer in {x:np}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: noPronoun,
  },
  {
    id: 'values.not-believe',
    match: 'not believe~ in {x:np}',
    key: 'values',
    where: 'anywhere',
    negation: 'keep',
    value: (v) => (noPronoun(v) ? `doesn't believe in ${v.text}` : undefined),
  },
  {
    id: 'values.refuse',
    match: 'refuse~|refusing to buy|use|eat|wear|fly|drive|shop|support|fund|bank|work_for {x:rest}',
    key: 'values',
    where: 'anywhere',
    negation: 'keep',
    value: (v) => {
      const verb = v.clause.find((t) => ['buy', 'use', 'eat', 'wear', 'fly', 'drive', 'shop', 'support', 'fund', 'bank', 'work'].includes(t.low));
      return v.tokens.length <= 6 && verb ? `refuses to ${verb.low} ${v.text}` : undefined;
    },
  },
  {
    id: 'values.fast',
    match: 'fast~|fasting {x:rest}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    // "I fast every Monday", "we fast from meat and dairy most Wednesdays and Fridays", "fasting during Ramadan".
    value: (v) =>
      v.tokens.length <= 9 &&
      v.tokens.some((t) => FAST_TIMES.test(t.low)) &&
      // ("we fast Wednesdays and Fridays": the days said alone.)
      (['during', 'for', 'on', 'every', 'through', 'from', 'most', 'each', 'twice', 'once', 'weekly'].includes(v.tokens[0]?.low ?? '') ||
        /^(?:mon|tues|wednes|thurs|fri|satur|sun)days$/.test(v.tokens[0]?.low ?? ''))
        ? `fasts ${v.text}`
        : undefined,
  },
  {
    id: 'values.politics.be',
    match:
      'be~ a|an? lifelong|proud|committed|staunch|card-carrying|paid-up|pretty|quite|very|fairly|somewhat|bit|of|massive|huge|big|die-hard|diehard? {x:$politics} voter|supporter|member|activist|person|at_heart?',
    key: 'politics',
    category: 'other',
    value: (v) => v.text,
  },
  {
    id: 'values.politics.vote',
    match: 'vote~|voted|always_vote|usually_vote {x:$politics}',
    key: 'politics',
    category: 'other',
    where: 'anywhere',
    past: 'ok',
    value: (v) => `votes ${v.text}`,
  },
  {
    id: 'values.politics.lean',
    match: 'lean~|leaning|politically {x:$politics}',
    key: 'politics',
    category: 'other',
    where: 'anywhere',
  },
  {
    id: 'values.observance.never-on',
    match: 'not|never work|drive|shop|cook|travel|use on {x:$observance}',
    key: 'values',
    where: 'anywhere',
    negation: 'keep',
    value: (v) => `keeps ${v.text.replace(/^the /i, '')}`,
  },
  { id: 'values.pray', match: 'pray~|praying {x:rest}?', key: 'values', where: 'anywhere', value: (v) => `pray ${v.text}`.trim() },
  { id: 'values.keep', match: 'keep~|observe~|observing|celebrate~|follow~ {x:$observance}', key: 'values', where: 'anywhere' },
  // "I'm strict about Shabbat", "we're quite observant of Ramadan".
  { id: 'values.strict-about', match: 'be~ very|quite|pretty|really? strict|observant|religious about|with|of {x:$observance}', key: 'values' },
  {
    id: 'values.worship',
    match: 'go~|going|attend~ to? church|mosque|temple|synagogue|gurdwara|mass|shul|chapel|meeting',
    key: 'values',
    where: 'anywhere',
    value: (v) => v.clause.map((t) => t.low).find((w) => ['church', 'mosque', 'temple', 'synagogue', 'gurdwara', 'mass', 'shul', 'chapel'].includes(w)),
  },
  {
    id: 'values.do-not',
    match: 'not gamble|smoke|swear|bet|vote|fly|drive',
    key: 'values',
    where: 'anywhere',
    // ("don't fly for climate reasons, haven't since 2018": said without "I" at the start of a turn, which reads like a
    // request, is the user's when it gives a reason or a time; "don't drive there, take the bus" is advice.)
    subjects: ['self', 'none'],
    request: true,
    negation: 'negative',
    value: (v) => {
      if (v.clause[0]?.low !== 'i' && !v.clause.some((t) => t.low === 'i') && !v.clause.some((t) => HELD_FOR.has(t.low))) return undefined;
      const what = v.clause.some((t) => t.low === 'drive')
        ? "doesn't drive"
        : `no ${v.clause.find((t) => ['gamble', 'smoke', 'swear', 'bet', 'vote', 'fly'].includes(t.low))?.low ?? ''}`.trim();
      // ("I don't fly for climate reasons": the reason said with it is part of the stance.)
      const why = reasonSaid(v.clause);
      return why === undefined ? what : `${what}, ${why}`;
    },
  },
  {
    // "As a Muslim I don't want to take interest", "no interest-bearing accounts please", "I don't take interest-based
    // loans for religious reasons": finance without interest, a lasting rule of faith.
    id: 'values.no-interest',
    match: 'interest|riba {x:rest}?',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none'],
    request: true,
    negation: 'keep',
    value: (v) => {
      const at = v.clause.findIndex((t) => t.low === 'interest' || t.low === 'riba');
      const w = v.clause[at]!;
      const refused = v.clause
        .slice(Math.max(0, at - 5), at)
        .some((t) => t.neg || t.low === 'no' || t.low === 'not' || t.low === 'without' || t.low === 'avoid');
      const haram = w.low === 'riba' || v.sentence.some((t) => t.low === 'haram' || t.low === 'halal' || t.low === 'religious' || t.low === 'muslim');
      if (!refused && !(w.low === 'riba' && haram)) return undefined;
      if (!haram && !v.sentence.some((t) => FINANCE.has(t.low))) return undefined;
      // ("interest-bearing", read as three tokens)
      const hyphened = v.clause[at + 1]?.text === '-' && v.clause[at + 2] !== undefined ? `-${v.clause[at + 2]!.low}` : '';
      const next = v.clause[at + (hyphened ? 3 : 1)];
      return `no ${w.low}${hyphened}${next && FINANCE.has(next.low) ? ` ${next.low}` : ''}`;
    },
  },
  {
    // "sabbath is Friday sunset to Saturday sunset", "I keep the Sabbath", "we keep Shabbat": a day of rest kept.
    id: 'values.sabbath',
    match: 'sabbath|shabbat|shabbos {x:rest}?',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    value: (v) => {
      const day = v.clause.find((t) => /^(?:sabbath|shabbat|shabbos)$/.test(t.low))!;
      const at = v.clause.indexOf(day);
      const kept = v.sentence.some((t) => t.low === 'adventist' || t.lemma === 'keep' || t.low === 'observant' || t.low === 'sunset');
      // ("I keep Shabbat" is values.keep's.)
      const keepSaid = [v.clause[at - 1], v.clause[at - 2]].some((t) => t?.lemma === 'keep');
      if (!kept || keepSaid || v.clause.slice(at).some((t) => t.low === 'my')) return undefined;
      // ("sabbath is Friday sunset to Saturday sunset": when it runs.)
      const from = v.clause[at + 1]?.lemma === 'be' ? at + 2 : at + 1;
      const when = v.clause.slice(from, from + 7).filter((t) => t.pos !== 'PUNCT');
      return when.length > 0 ? `keeps the ${day.text}, ${spanText(when)}` : `keeps the ${day.text}`;
    },
  },
  {
    // "We tithe 10% to our church", "I tithe every month": a tenth given to the church.
    id: 'values.tithe',
    match: 'tithe~|tithing {x:rest}?',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    value: (v) => {
      // ("We tithe 10% to our church before anything else goes out": what is given and to whom, not what follows.)
      const end = v.tokens.findIndex((t) => t.pos === 'SCONJ' || t.low === 'before' || t.low === 'so' || t.low === 'and' || t.pos === 'PUNCT');
      const kept = v.tokens.slice(0, end < 0 ? v.tokens.length : end).slice(0, 6);
      return kept.length > 0 ? `tithes ${spanText(kept)}` : 'tithes';
    },
  },
  {
    // "I stopped flying a couple of years ago for climate reasons", "gave up smoking": a habit given up is a lasting "no".
    id: 'values.stopped',
    match: `gave|given|giving|give~|quit|quitting|stopped|stop~ up? ${STOPPED_HABIT_WORDS.join('|')}`,
    key: 'values',
    where: 'anywhere',
    past: 'ok',
    value: (v) => {
      const at = v.clause.findIndex((t) => STOPPED_HABITS.has(t.low));
      // "stopped driving to work": only the way to one place.
      return at < 0 || ['to', 'into', 'at', 'on', 'the'].includes(v.clause[at + 1]?.low ?? '') ? undefined : `no ${v.clause[at]!.low}`;
    },
  },
  {
    id: 'values.for-reasons',
    match: 'be~? {x:rest} for .. reasons',
    key: 'values',
    // (A habit given up for its reasons is values.stopped's: "stopped flying" is said in the past and still holds.)
    value: (v) => (v.clause.some((t) => REASONS.has(t.low)) && v.tokens.length <= 8 && !STOPPING.has(v.tokens[0]!.low) ? v.text : undefined),
  },
  {
    id: 'values.minded',
    match: 'be~ .. {x:np}',
    key: 'values',
    value: (v) =>
      /(?:conscious|minded|friendly|focused|aware)$/i.test(v.tokens[v.tokens.length - 1]!.low) && v.tokens.length >= 2 && v.tokens.length <= 5
        ? v.text
        : undefined,
  },
  { id: 'values.lifestyle', match: 'be~ a|an? .. {x:$lifestyle}', key: 'values', subjects: ['self', 'none', 'we'] },
  {
    id: 'values.lifestyle-fragment',
    match: '{x:$lifestyle}',
    key: 'values',
    subjects: ['none'],
    value: (v) => (v.clause.indexOf(v.tokens[0]!) <= 1 ? v.text : undefined),
  },
  {
    id: 'values.on-principle',
    match: 'not|never to? buy~|shop~|use~|eat~|fly~|support~ .. anything|stuff|things? from|at|with? {x:np}',
    key: 'values',
    where: 'anywhere',
    negation: 'negative',
    // The reason may come in the next clause ("i dont buy animal products at all - ethical thing"); or the user says
    // they try ("I try not to buy anything from Amazon if I can help it").
    value: (v) => {
      const tries = v.clause.some((t, k) => (t.low === 'try' || t.low === 'trying') && v.clause[k + 1]?.low === 'not');
      return (tries || v.sentence.some((t) => REASON_WORDS.has(t.low))) && !NOT_A_THING.has(v.tokens[0]!.low) ? `avoids ${v.text}` : undefined;
    },
  },
  {
    // "I keep rents below market for my long-term tenants on principle", "we buy second hand on principle": what the user
    // does on principle is a value, in their words (from after "I"/"we" to "on principle").
    id: 'values.on-principle-clause',
    match: 'on principle',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'we'],
    value: (v) => {
      const end = v.clause.findIndex((t, k) => t.low === 'on' && v.clause[k + 1]?.low === 'principle');
      const subject = v.clause.findIndex((t) => ['i', 'we'].includes(t.low));
      const words = v.clause.slice(subject + 1, end).filter((t) => t.pos !== 'PUNCT');
      // (What the user does not do on principle is read by values.on-principle and values.do-not.)
      if (words.some((t) => t.low === 'not' || t.low === 'never' || t.low === "n't")) return undefined;
      return subject >= 0 && subject < end && words.length >= 2 && words.length <= 10 ? spanText(words) : undefined;
    },
  },
  {
    id: 'values.believer',
    match: 'believer in {x:np}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // "a big believer in couriers organising": the gerund after the noun is what the user believes in.
    value: (v) => {
      const next = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      return next !== undefined && next.low.endsWith('ing') && (next.pos === 'VERB' || next.pos === 'NOUN') ? `${v.text} ${next.text}` : v.text;
    },
  },
  {
    // "We've made it a family rule: no smartphones until 14", "house rule - no phones at the table": a rule of the home.
    id: 'values.house-rule',
    match: 'family|house|household|home rule~ :|-|is|= no {x:np}',
    key: 'values',
    where: 'anywhere',
    subjects: ['self', 'we', 'none', 'other', 'attr'],
    negation: 'keep',
    value: (v) => `no ${v.text}`,
  },
  {
    // "We're a no-screens-before-5 family", "we're a no-shoes household": a rule the household is named by.
    id: 'values.no-x-family',
    match: 'be~ a {x:rest}',
    key: 'values',
    subjects: ['self', 'we'],
    negation: 'keep',
    value: (v) => {
      const first = v.tokens[0]!.low;
      if (first !== 'no' && !first.startsWith('no-')) return undefined;
      const end = v.tokens.findIndex((t) => t.low === 'family' || t.low === 'household' || t.low === 'house' || t.low === 'home');
      return end > 0 && end <= 6 ? spanText(v.tokens.slice(0, end)) : undefined;
    },
  },
  { id: 'values.x-only', match: '{x:np} only for me', key: 'values', where: 'anywhere', subjects: ['none', 'self'] },
  { id: 'values.only', match: 'only buy~|wear~|use~|shop~|eat~|drink~ {x:rest}', key: 'values', where: 'anywhere', value: (v) => `only ${v.text}` },
  { id: 'values.matters', match: '{x:np} matter~|matters .. to me', key: 'values', where: 'anywhere', subjects: ['self', 'none', 'other'] },
  { id: 'values.care', match: 'care~ .. about {x:np}', key: 'values', where: 'anywhere', value: noPronoun },
  {
    // "I believe it's never too late to learn", "I believe everyone deserves a second chance": a maxim the user holds.
    id: 'values.believe-that',
    match: 'believe~ that? {x:rest}',
    key: 'values',
    where: 'anywhere',
    negation: 'keep',
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      // ("officers should have the right to strike": the phrase stops at "should"; what should be goes on to the next mark.)
      const ought = OUGHT.has(v.clause[at + v.tokens.length]?.low ?? '');
      let end = at + v.tokens.length;
      // (Unpunctuated, it stops before a second subject joined by "and": "tips should go to the floor and management takes none".)
      if (ought) while (end < v.clause.length && v.clause[end]!.pos !== 'PUNCT' && !(end - at > 6 && v.clause[end]!.pos === 'CCONJ')) end++;
      const w = v.clause.slice(at, end).filter((t) => t.pos !== 'PUNCT');
      // (Said by the user near the clause's start, or right after "I (genuinely) believe" later in it.)
      const mine = at <= 3 || v.clause.slice(Math.max(0, at - 4), at).some((t) => t.low === 'i');
      if (w.length < 3 || w.length > 10 || !mine) return undefined;
      // ("officers should have the right to strike", "kids deserve …": what a group should or must have or do.)
      const general = (EVERYONE.has(w[0]!.low) && w[1]!.pos === 'VERB') || (w[0]!.pos === 'NOUN' && w[0]!.low.endsWith('s') && OUGHT.has(w[1]!.low));
      const maxim =
        w[0]!.low === 'it' && w[1]!.lemma === 'be' && w.slice(2, 4).some((t) => MAXIM_WORDS.has(t.low)) && w.slice(2, 5).some((t) => t.pos === 'ADJ');
      return general || maxim ? spanText(w) : undefined;
    },
  },
  { id: 'values.believe', match: 'believe~ strongly? in {x:np}', key: 'values', where: 'anywhere' },
  { id: 'values.support', match: 'rather|always|only|prefer_to support {x:rest}', key: 'values', where: 'anywhere' },
  {
    id: 'values.comes-first',
    match: '{x:np} come~|comes first|before ... for me|always',
    key: 'values',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    value: (v) =>
      v.clause.indexOf(v.tokens[0]!) === 0
        ? `${v.text} ${v.clause.find((t) => t.low === 'before') ? `before ${v.clause[v.clause.findIndex((t) => t.low === 'before') + 1]?.text ?? ''}` : 'first'}`.trim()
        : undefined,
  },
];
