import type { Token } from '../../nlp/wink.js';
import { spanText } from '../../nlp/wink.js';
import { PLACEHOLDERS } from '../../nlp/segment.js';
import { UNITS } from '../lexicon/style.js';
import { PLACES } from '../lexicon/places.js';
import { isLasting } from '../lasting.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { without } from '../values.js';

/** Days or parts of them said in the plural: every one of them ("Saturdays", "weekends", "nights"). */
const RECURRING_DAYS = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|nights|evenings|lates|earlies)$/;

/** Preferences and style: how the user wants answers, units and formats, and what they dislike. */

/** Words that make a preference about communication rather than about things. */
/** Ways of taking in books ("i mostly do audiobooks"). */
const READING_FORMATS: ReadonlySet<string> = new Set(['audiobooks', 'audiobook', 'ebooks', 'e-books', 'kindle', 'paperbacks', 'hardbacks', 'audible', 'audio']);

/** Words that point at a thing already named ("won't touch it"): no thing of their own. */
const PRONOUNS_OF_THING: ReadonlySet<string> = new Set(['it', 'them', 'that', 'this', 'those', 'these', 'anything', 'one', 'him', 'her', 'you']);

const STYLE_WORDS = new Set([
  'italics',
  'bold',
  'caps',
  'font',
  'fonts',
  'answer',
  'answers',
  'reply',
  'replies',
  'response',
  'responses',
  'explanation',
  'explanations',
  'summary',
  'summaries',
  'list',
  'lists',
  'bullet',
  'bullets',
  'bullet-points',
  'points',
  'jargon',
  'tone',
  'formal',
  'casual',
  'short',
  'shorter',
  'brief',
  'concise',
  'detailed',
  'detail',
  'long',
  'length',
  'emoji',
  'emojis',
  'exclamation',
  'pleasantries',
  'waffle',
  'fluff',
  'examples',
  'example',
  'steps',
  'step',
  'plain',
  'simple',
  'technical',
  'literal',
  'straight',
  'direct',
  'honest',
  'blunt',
  'push',
  'agree',
  'flattery',
  'voice',
  'text',
  'wall',
  'paragraph',
  'paragraphs',
  'headings',
  'tables',
  'table',
  'numbered',
  'code',
  'comments',
  'idioms',
  'spelling',
  'english',
  'british',
  'american',
  'canadian',
  'australian',
  'oxford',
  'comma',
  'caps',
  'capital',
  'markdown',
  'links',
  'sources',
  'citations',
  'tl;dr',
  'tldr',
  'chunk',
  'chunks',
  'sarcasm',
  'humour',
  'humor',
  'jokes',
  'swearing',
  'tone',
  'words',
  'sentences',
  'language',
  // What a writer's tics are called ("no military acronyms", "no cheesy clichés", "stop putting em dashes in", "no toxic
  // positivity", "no hype").
  'acronyms',
  'abbreviations',
  'cliches',
  'clichés',
  'cliche',
  'cliché',
  'dashes',
  'positivity',
  'hype',
  'cheerleading',
  'preamble',
  'disclaimers',
  'caveats',
  'hedging',
  'filler',
  'hashtags',
  'puns',
  'slang',
]);

/**
 * A habit of the assistant's the user asks it to leave out ("stop using exclamation marks", "drop the pleasantries"), asked
 * as a question too ("can you stop with the emojis?").
 */
const LEFT_OUT = {
  key: 'communication_style',
  where: 'anywhere',
  subjects: ['none', 'self'],
  request: true,
  inQuestion: true,
} as const satisfies Partial<PatternSpec>;

/** Words that point at one piece of writing ("in this one", "that email"): a request for it alone. */
const ONE_PIECE: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'it']);

/** Varieties of English the user may want written ("British spelling", "SA English"). */
const SPELLING_VARIETIES: ReadonlySet<string> = new Set([
  'british',
  'uk',
  'american',
  'us',
  'canadian',
  'australian',
  'aussie',
  'sa',
  'irish',
  'nz',
  'indian',
  'kiwi',
]);

function styleOrPreference(tokens: readonly Token[]): 'communication_style' | 'preferences' {
  // ("I want to be a pilot long term": a span of time, not long answers.)
  const ofTime = (k: number) => tokens[k + 1]?.low === 'term' || (tokens[k + 1]?.text === '-' && tokens[k + 2]?.low === 'term');
  return tokens.some((t, k) => STYLE_WORDS.has(t.low) && !ofTime(k)) ? 'communication_style' : 'preferences';
}

/**
 * A style request about answers in general ("keep it short pls", "use metric units and UK spelling")
 * is a standing preference; one about a thing just made ("make that shorter") is not.
 */
function generalStyle(all: readonly Token[]): boolean {
  const tokens = beforeNewSubject(all);
  const lows = tokens.map((t) => t.low);
  if (
    lows.some((w) =>
      [
        'that',
        'this',
        'these',
        'those',
        'above',
        'here',
        'again',
        'email',
        'letter',
        'message',
        'paragraph',
        'draft',
        'version',
        'one',
        'story',
        'poem',
        'essay',
        'song',
        'speech',
        'post',
        'bio',
        'report',
        'plan',
        'script',
        'caption',
        'article',
        'blog',
        'tweet',
        'card',
        'note',
        'cv',
        'resume',
        // A thing to make this once ("help me write short intro for linkedin", "packing list"): a one-off.
        // ("write me a reply for the group chat thats funny not nasty": one reply; "your replies" are all of them.)
        'reply',
        'response',
        'intro',
        'introduction',
        'summary',
        'list',
        'leaflet',
        'flyer',
        'poster',
        'slides',
        'deck',
        'presentation',
        'proposal',
        'quote',
        'description',
        'headline',
        'toast',
        'invitation',
        'invite',
        'agenda',
        'minutes',
        'outline',
        'itinerary',
        'menu',
        'recipe',
        'signs',
        'form',
        'application',
        'pitch',
        'wiring',
        // A piece of code to make now ("show me a minimal example", "give me a short regex").
        'example',
        'snippet',
        'demo',
        'sample',
        'function',
        'query',
        'regex',
        'command',
        'component',
        'helper',
        'test',
        'config',
      ].includes(w),
    )
  )
    return false;
  if (convertsOnce(tokens)) return false;
  if (tokens.some((_, k) => UNITS.matchAt(tokens, k) > 0)) return true;
  // ("please use British spelling", "use SA English": a way of spelling is kept for everything written.)
  if (tokens.some((t, k) => SPELLING_VARIETIES.has(t.low) && (tokens[k + 1]?.low === 'spelling' || tokens[k + 1]?.low === 'english'))) return true;
  // "help me reply to my landlord": help asked with a task, not how to answer the user.
  if (lows.some((w, k) => w === 'help' && (lows[k + 1] === 'me' || lows[k + 1] === 'us'))) return false;
  // (… or a kind of the user's things in the plural: "keep my text drafts short", "my emails formal".)
  const mine = tokens.some((t, k) => t.low === 'my' && tokens.slice(k + 1, k + 3).some((u) => u.pos === 'NOUN' && u.low !== u.lemma && u.low.endsWith('s')));
  const general = mine || lows.some((w) => ['it', 'answers', 'replies', 'responses', 'things', 'everything', 'explanations', 'me', 'stuff'].includes(w));
  const styleVerb = lows.some((w) => STYLE_VERBS.has(w));
  return general && styleVerb && tokens.some((t) => STYLE_WORDS.has(t.low));
}

/** "Convert 8oz flour to grams please": units named to convert something once are no standing preference. */
/**
 * A unit that is no preference: a measure after a number ("120 acres, not hectares"), one ruled out ("not hectares"), or
 * one said to mean nothing to the user ("feet and inches mean nothing to me").
 */
function measureOrRuledOut(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  const before = v.clause[at - 1];
  if (before && (before.pos === 'NUM' || /^\d/.test(before.text) || before.low === 'not' || before.low === 'no')) return true;
  // "grams instead of cups", "rather than inches": the unit set aside.
  if ((before?.low === 'of' && v.clause[at - 2]?.low === 'instead') || (before?.low === 'than' && v.clause[at - 2]?.low === 'rather')) return true;
  const after = v.clause.slice(at + v.tokens.length, at + v.tokens.length + 5).map((t) => t.low);
  return after.some((w, k) => (w === 'mean' || w === 'means') && after[k + 1] === 'nothing');
}

function convertsOnce(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.low === 'convert' || t.low === 'converting' || t.low === 'conversion');
}

/** A run-on ends where a new "i" starts ("keep it short i read these on my phone"). */
function beforeNewSubject(tokens: readonly Token[]): readonly Token[] {
  const at = tokens.findIndex((t, k) => k > 0 && t.low === 'i' && t.pos === 'PRON');
  return at > 0 ? tokens.slice(0, at) : tokens;
}

/** What a request opening "any …" asks for once ("any tips on sleeping when you're always on call?"). */
const ASKED_ONCE: ReadonlySet<string> = new Set(['tips', 'tip', 'advice', 'ideas', 'suggestions', 'recommendations', 'thoughts']);

/** The words of a standing request, without its politeness and framing ("please", "can you", "always"). */
function requestValue(v: ValueContext): string | undefined {
  if (!isLasting(v.clause) && !isLasting(v.sentence) && !generalStyle(v.clause)) return undefined;
  if (v.clause[0]?.low === 'any' && ASKED_ONCE.has(v.clause[1]?.low ?? '')) return undefined;
  const drop = new Set([
    'please',
    'pls',
    'plz',
    'kindly',
    'always',
    'just',
    'also',
    'can',
    'could',
    'would',
    'will',
    'you',
    'u',
    'i',
    'want',
    'need',
    'to',
    'ok',
    'okay',
    'so',
  ]);
  let k = 0;
  const tokens = beforeNewSubject(v.tokens);
  // "for anything about bills just give me bullet points": what the request is for is said before it, not part of it.
  if (tokens[0]?.low === 'for') {
    const verb = tokens.findIndex((t, j) => j > 1 && t.pos === 'VERB' && STYLE_VERBS.has(t.low));
    if (verb > 0) k = verb;
  }
  while (k < tokens.length && drop.has(tokens[k]!.low)) k++;
  const kept = (t: Token) => t.pos !== 'PUNCT' || t.text === '-' || t.text === '/';
  const rest = tokens.slice(k).filter(kept);
  if (rest.length < 2 || rest.length > 16) return undefined;
  // Words are spaced as written ("the 24hr clock"), and where a mark left out stood ("short (no emojis)").
  let text = '';
  tokens.slice(k).forEach((t, j, all) => {
    if (!kept(t)) return;
    const spaced = t.space || (j > 0 && !kept(all[j - 1]!));
    text += text === '' ? t.text : `${spaced ? ' ' : ''}${t.text}`;
  });
  text = text.replace(/ ([/-]) /g, '$1');
  // "never use emojis with me": the negation said before the request stays with it.
  const at = v.clause.indexOf(rest[0]!);
  const negation = v.clause.slice(Math.max(0, at - 3), Math.max(0, at)).find((t) => REQUEST_NEGATIONS.has(t.low));
  return negation === undefined ? text : `${negation.low === 'never' ? 'never' : "don't"} ${text}`;
}
const REQUEST_NEGATIONS: ReadonlySet<string> = new Set(['never', "don't", 'dont', 'not']);

const keyByContent = (v: ValueContext) => styleOrPreference(v.clause);

const REACHED: ReadonlySet<string> = new Set(['contacted', 'reached', 'messaged', 'called', 'rung']);
/** The user is the one to be reached: "contact me by …", "get in touch with us via …", "I prefer to be contacted by …". */
function reachesUser(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  // Asked, it must be asked of the assistant ("could you help me ask them to contact me by text?"), not of the past.
  if (v.clause.some((t) => t.text === '?') && !v.clause.some((t) => t.low === 'you')) return false;
  return v.clause.slice(Math.max(0, at - 5), at).some((t, k, before) => {
    if (t.low === 'me' || t.low === 'us') return true;
    return REACHED.has(t.low) && (before[k - 1]?.low === 'be' || before[k - 1]?.low === 'being');
  });
}

const STYLE_VERBS = new Set([
  'keep',
  'use',
  'be',
  'write',
  'answer',
  'reply',
  'respond',
  'talk',
  'explain',
  'give',
  'format',
  'avoid',
  'stop',
  'skip',
  'drop',
  'put',
  'show',
  'spell',
  'make',
  'no',
  'always',
  'never',
  'cut',
  'lose',
  'ditch',
]);

/** Parts of a text being edited ("the last sentence", "the 2nd paragraph", "the intro"). */
const TEXT_PARTS: ReadonlySet<string> = new Set(
  'sentence paragraph para line bullet section intro introduction conclusion heading title slide signoff sign-off'.split(' '),
);

/** A thing the user rules out, said as "<things> are a (hard) no …" (the slot is the verb "be"). */
function ruledOut(id: string, match: string): PatternSpec {
  return {
    id,
    match,
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
    negation: 'keep',
    value: (v) => (v.tokens[0]?.lemma === 'be' ? namedBefore(v) : undefined),
  };
}

/**
 * The things named right before the verb of the slot ("war films are …", "car chases bores me"): nouns and their
 * modifiers back to a determiner, a pronoun or a verb — or a word the model tags as a verb opening the clause ("gore
 * is a hard no"). Nothing when a determiner or a possessive opens it ("the answer is a hard no", "my husband …").
 */
function namedBefore(v: ValueContext): string | undefined {
  const at = v.clause.indexOf(v.tokens[0]!);
  let k = at;
  while (k > 0 && ['NOUN', 'PROPN', 'ADJ'].includes(v.clause[k - 1]!.pos)) k--;
  if (k === at && at === 1 && v.clause[0]!.pos === 'VERB') k = 0;
  const before = v.clause[k - 1];
  if (k === at || (before !== undefined && (before.pos === 'DET' || before.pos === 'PRON'))) return undefined;
  return v.clause.slice(k, at).some((t) => t.pos !== 'ADJ') ? spanText(v.clause.slice(k, at)) : undefined;
}

/** A fragment that opens the clause (after "just" or "only") and names one thing, at most three words: what is always wanted. */
function alwaysWanted(v: ValueContext): string | undefined {
  const at = v.clause.indexOf(v.tokens[0]!);
  const opens = at === 0 || (at === 1 && ONLY_WORDS.has(v.clause[0]!.low));
  const words = v.tokens[0]!.low === 'the' ? v.tokens.slice(1) : v.tokens;
  const thing = words.length > 0 && words.length <= 3 && words[words.length - 1]!.pos === 'NOUN' && !words.some((t) => t.pos === 'PRON');
  return opens && thing ? spanText(words) : undefined;
}

/** Words that may open a fragment of what the user wants ("just the formula, always"). */
const ONLY_WORDS: ReadonlySet<string> = new Set(['just', 'only']);

/** Ways to be reached ("text rather than calls", "email not phone"). */
const CONTACT: ReadonlySet<string> = new Set(
  'text texts texting message messages messaging email emails e-mail whatsapp sms voice call calls calling phone ringing letter letters dm dms chat replies note notes'.split(
    ' ',
  ),
);
/** The way to be reached set against another: both must be ways of contact, the first the one wanted. */
function contactOver(v: ValueContext): string | undefined {
  const y = v.slot('y')?.toLowerCase() ?? '';
  return v.tokens.every((t) => CONTACT.has(t.low)) && CONTACT.has(y) ? v.text : undefined;
}

export const PREFERENCES: readonly PatternSpec[] = [
  {
    // "so text rather than calls please, always", "email not phone": the way the user wants to be reached.
    id: 'preferences.contact-over',
    match: '{x:np} rather_than|instead_of|over|not {y:word}',
    key: 'communication_preference',
    where: 'anywhere',
    // (Not someone else's: "my sister prefers text rather than calls".)
    subjects: ['none', 'self'],
    negation: 'keep',
    value: contactOver,
  },
  {
    // "text replies work better than voice for me": the same, said as what works.
    id: 'preferences.contact-works-better',
    match: 'better than {x:word}',
    key: 'communication_preference',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    value: (v) => {
      // (The ways themselves are the subject: the user must be the one they work for, "… for me".)
      if (!CONTACT.has(v.text.toLowerCase()) || !v.clause.some((t) => t.low === 'me' || t.low === 'i')) return undefined;
      // The ways named before "work(s) better" (the tagger may read "replies" as a verb, "work" as a noun).
      let k = v.clause.indexOf(v.tokens[0]!) - 3;
      if (v.clause[k]?.lemma === 'work' || v.clause[k]?.low === 'works' || v.clause[k]?.lemma === 'be') k--;
      const ways: Token[] = [];
      while (k >= 0 && CONTACT.has(v.clause[k]!.low)) ways.unshift(v.clause[k--]!);
      return ways.length > 0 ? spanText(ways) : undefined;
    },
  },
  {
    id: 'preferences.prefer',
    match: 'prefer~|preferring {x:rest}',
    key: 'preferences',
    keyOf: keyByContent,
    where: 'anywhere',
    request: true,
    strength: 'explicit',
    // (Not a thing said before: "honestly I prefer it", "I prefer that one".)
    value: (v) => (v.tokens.length <= 2 && PRONOUNS_OF_THING.has(v.tokens[0]!.low) ? undefined : v.text),
  },
  {
    id: 'preferences.like-answers',
    match: 'like~|love~|want~|need~ {x:rest}',
    key: 'communication_style',
    value: (v) => (styleOrPreference(v.tokens) === 'communication_style' ? v.text : undefined),
  },
  {
    // Inside a run-on ("generally tho i want british spelling in anything u write for me").
    id: 'preferences.i-want-style',
    match: 'i want~|like~|prefer~|need~ {x:rest}',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['none'],
    value: (v) => (styleOrPreference(v.tokens) === 'communication_style' && isLasting(v.clause) && v.tokens.length <= 10 ? v.text : undefined),
  },
  {
    // "id rather you be blunt" (the apostrophe dropped), after "dont sugarcoat feedback".
    id: 'preferences.id-rather',
    match: 'id rather {x:rest}',
    key: 'preferences',
    keyOf: keyByContent,
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    negation: 'keep',
    value: (v) => {
      const words = v.tokens.filter((t, k) => !(k < 2 && ['you', 'u', 'be'].includes(t.low)) && t.pos !== 'PUNCT');
      return words.length > 0 && words.length <= 10 ? words.map((t) => t.text).join(' ') : undefined;
    },
  },
  // "window seat always", "oat milk always": a fragment that names what the user always wants.
  { id: 'preferences.x-always', match: '{x:np} always', key: 'preferences', subjects: ['none'], value: alwaysWanted },
  // ("Oxford comma, always.", "just the formula, always": a comma between.)
  { id: 'preferences.x-comma-always', match: '{x:np} , always', key: 'preferences', subjects: ['none'], value: alwaysWanted },
  // ("Bullet points, not paragraphs, always.": what is not wanted said between.)
  {
    id: 'preferences.x-not-y-always',
    match: '{x:np} ,? not|never {y:np} ,? always',
    key: 'preferences',
    subjects: ['none'],
    negation: 'keep',
    value: (v) => {
      const wanted = alwaysWanted(v);
      return wanted === undefined ? undefined : `${wanted}, not ${v.slot('y')}`;
    },
  },
  {
    // "window seat always, and never Ryanair": a thing the user never wants, said as a fragment after "never".
    id: 'preferences.never-x',
    match: 'never {x:np}',
    key: 'preferences',
    subjects: ['none'],
    request: true,
    negation: 'keep',
    value: (v) => {
      const rest = v.clause.slice(v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1).filter((t) => t.pos !== 'PUNCT');
      // (Not a quotation set aside: "Never 'I hope this email finds you well'" reads as "Never QUOTE".)
      const named = v.tokens.every((t) => (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && !PLACEHOLDERS.has(t.text));
      return v.clause.indexOf(v.tokens[0]!) === 1 && rest.length === 0 && v.tokens.length <= 3 && named ? `never ${v.text}` : undefined;
    },
  },
  { id: 'preferences.rather', match: "would|'d rather {x:rest}", key: 'preferences', keyOf: keyByContent, where: 'anywhere', strength: 'explicit' },
  {
    // "text or email works best for me", "WhatsApp suits me better": the ways of being reached that suit the user.
    id: 'preferences.channel-suits',
    match: '{x:$channel} or|and|/? $channel? work~|works|suit~|suits|be~ best|better for? me',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const joiners = ['or', 'and', '/'];
      // (The second of two channels is part of the first's match: "text or email", not "email" again.)
      if (joiners.includes(v.clause[at - 1]?.low ?? '')) return undefined;
      let end = at + v.tokens.length;
      while (end < v.clause.length && joiners.includes(v.clause[end]!.low)) end += 2;
      const said = v.clause.slice(end);
      return said.some((t) => t.low === 'me') ? spanText(v.clause.slice(at, Math.min(end, v.clause.length))) : undefined;
    },
  },
  { id: 'preferences.work-best', match: 'work~|learn~|take~ .. best|better with|by|when|in {x:rest}', key: 'communication_style', where: 'anywhere' },
  {
    // "ask them to contact me by text message instead of ringing", "best to reach me on WhatsApp", "I prefer to be
    // contacted by email": how the user wants to be reached, said to the assistant or asked of others.
    id: 'preferences.contact',
    match: 'contact~|contacted|reach~|reached|message~|messaged|ring~|call~|touch with? me|us? by|on|via|over {x:$channel}',
    key: 'contact_preference',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    request: true,
    inQuestion: true,
    value: (v) => (reachesUser(v) ? v.text : undefined),
  },
  {
    // "whenever you explain tax stuff for my clients keep it jargon free", "anything you write for the community whatsapp keep
    // it SHORT": a style asked for whatever the assistant does of a kind, after the kind is said.
    id: 'preferences.whenever-keep',
    match: 'keep it|them|things {x:rest}',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['none', 'self'],
    request: true,
    value: (v) => (v.clause[0]?.low !== 'keep' && isLasting(v.clause) && v.tokens.length <= 4 ? `keep it ${v.text}` : undefined),
  },
  {
    id: 'preferences.lasting-request',
    match: '{x:rest}',
    key: 'communication_style',
    keyOf: keyByContent,
    subjects: ['none', 'self', 'other'],
    request: true,
    mood: 'request',
    negation: 'keep',
    value: requestValue,
  },
  {
    id: 'preferences.unit',
    match: '{x:$unit}',
    key: 'preferences',
    where: 'anywhere',
    subjects: ['none', 'self', 'attr', 'other'],
    request: true,
    value: (v) =>
      !measureOrRuledOut(v) &&
      (isLasting(v.clause) || (!convertsOnce(v.clause) && v.clause.some((t) => ['please', 'pls', 'plz', 'not', 'rather', 'instead', 'prefer'].includes(t.low))))
        ? v.text
        : undefined,
  },
  // "after 12 years in the Army I think in metric": the units the user thinks in.
  { id: 'preferences.think-in', match: 'think~|thinking in {x:$unit}', key: 'preferences', where: 'anywhere', past: 'ok' },
  { id: 'preferences.keep-in', match: 'keep~|keeping|have~|use~|run~ everything|things|it|all .. in|on {x:np}', key: 'preferences', where: 'anywhere' },

  {
    id: 'preferences.x-is-fine',
    match: "{x:np} be~|'s|are fine|ok|okay|good|great|perfect|best|preferred",
    key: 'communication_style',
    keyOf: keyByContent,
    where: 'anywhere',
    subjects: ['other', 'none'],
    value: (v) =>
      v.clause.indexOf(v.tokens[0]!) <= 1 && (v.tokens.some((t) => STYLE_WORDS.has(t.low)) || UNITS.matchAt(v.tokens, 0) > 0) ? v.text : undefined,
  },
  {
    id: 'preferences.always-x-for-me',
    match: "it be~|'s always|usually|mostly|just {x:np} with|for me",
    key: 'preferences',
    where: 'anywhere',
    subjects: ['other', 'none'],
  },
  {
    id: 'preferences.nothing-beats',
    match: 'nothing beats|nothing_beats|you_cannot_beat|can_not_beat {x:np}',
    key: 'preferences',
    negation: 'keep',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
  },
  {
    id: 'preferences.x-person',
    match: 'be~ more? of? a|an {x:np}',
    key: 'preferences',
    // ("I'm not a phone person at all": what the user is not is said as such.)
    negation: 'keep',
    value: (v) => {
      const not = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!)).some((t) => t.low === 'not' || t.low === "n't" || t.low === 'never');
      const last = v.tokens[v.tokens.length - 1]!.low;
      const kind = v.tokens
        .slice(0, -1)
        .map((t) => t.text)
        .join(' ');
      // ("I'm a Glasgow girl": where she is from — places.hometown.place-born.)
      const place = PLACES.matchAt(v.tokens, 0) === v.tokens.length - 1;
      return (last === 'person' || last === 'girl' || last === 'guy') &&
        kind !== '' &&
        !place &&
        !['morning', 'night', 'people', 'detail', 'list', 'big', 'picture'].includes(kind.toLowerCase())
        ? `${not ? 'not a ' : ''}${kind} person`
        : undefined;
    },
  },
  {
    id: 'preferences.my-thing',
    match: "{x:list} be~|'s|are my thing|ting|jam|vibe|fave|favourite|favorite|go-to|obsession|therapy|passion|happy_place|jam",
    key: 'interests',
    category: 'interests',
    where: 'anywhere',
    subjects: ['other', 'none'],
    list: true,
    value: (v) => (v.clause.indexOf(v.tokens[0]!) <= 1 ? v.text : undefined),
  },
  {
    id: 'preferences.style-attr',
    match: "be~|'s kind_of|sort_of|pretty|very|quite? {x:np}",
    key: 'preferences',
    subjects: ['attr'],
    attr: ['style', 'taste', 'aesthetic', 'vibe', 'look'],
  },
  {
    id: 'preferences.dislike',
    match: 'hate~|dislike~|detest~|loathe~ {x:rest}',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    value: without(['you', 'it', 'when', 'that', 'this', 'them', 'him']),
  },
  {
    // "I hate when answers are too long", "i hate it when people chew loudly": a dislike said as a
    // situation (the "when" clause is split off, so it is read from the sentence).
    id: 'preferences.hate-when',
    match: '{x:word} it? when?',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    value: (v) => {
      if (!/^(?:hate|hates|dislike|dislikes|loathe|loathes|detest|detests)$/.test(v.tokens[0]?.low ?? '')) return undefined;
      let k = v.sentence.indexOf(v.tokens[0]!) + 1;
      if (v.sentence[k]?.low === 'it') k++;
      if (v.sentence[k]?.low !== 'when') return undefined;
      const rest: string[] = [];
      for (k++; k < v.sentence.length && rest.length <= 12; k++) {
        const t = v.sentence[k]!;
        if (t.pos === 'PUNCT' || t.low === 'so' || t.low === 'but') break;
        if (t.low === 'you' || t.low === 'u') return undefined;
        rest.push(t.text);
      }
      return rest.length >= 2 && rest.length <= 12 ? `when ${rest.join(' ')}` : undefined;
    },
  },
  {
    id: 'preferences.can-not-stand',
    match: 'can not stand {x:rest}',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    negation: 'negative',
    value: without(['them', 'it', 'that', 'this', 'him', 'her', 'you']),
  },
  {
    // "I won't touch buy now pay later", "wouldn't touch mushrooms": refusing a thing outright.
    id: 'preferences.not-touch',
    match: 'not|never touch {x:rest}',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    negation: 'negative',
    value: (v) => {
      // The thing ends at punctuation (a hyphen joins: "buy-now-pay-later"), a preposition or a conjunction.
      const end = v.tokens.findIndex((t, k) => k > 0 && ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'ADP' || t.pos === 'SCONJ' || t.low === 'with'));
      const thing = end > 0 ? v.tokens.slice(0, end) : v.tokens;
      return PRONOUNS_OF_THING.has(thing[0]!.low) || thing.length > 5 ? undefined : spanText(thing);
    },
  },
  {
    // "plain English, year 6 reading level, no jargon", "explain it in simple English": a register asked for, not a language.
    id: 'preferences.plain-language',
    match: 'plain|simple|everyday {x:$language}',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    request: true,
    // (Not a language the user speaks simply, "I speak simple Hindi at home", nor one task: "help me explain contingency fuel
    // to the new starters in simple english"; said alone, or for good, it is a standing request.)
    value: (v) =>
      v.clause.some((t) => t.lemma === 'speak') || (v.clause.some((t) => t.pos === 'VERB') && !isLasting(v.clause))
        ? undefined
        : `${v.clause[v.clause.indexOf(v.tokens[0]!) - 1]!.text} ${v.text}`,
  },
  {
    id: 'preferences.x-please',
    // ("dot points from now on please, not paragraphs")
    match: '{x:np} from_now_on|going_forward|in_future|from_here_on? please|pls|plz',
    key: 'communication_style',
    keyOf: keyByContent,
    subjects: ['none'],
    request: true,
    value: (v) => (v.tokens.some((t) => STYLE_WORDS.has(t.low)) || UNITS.matchAt(v.tokens, 0) > 0 ? v.text : undefined),
  },
  {
    // "from now on just bullet points, no waffle", "bullet points from now on": the same, asked for from now on.
    id: 'preferences.from-now-on',
    match: 'from_now_on|going_forward|from_here_on ,? just|only? {x:np}',
    key: 'communication_style',
    keyOf: keyByContent,
    where: 'anywhere',
    subjects: ['none'],
    value: (v) => (v.tokens.some((t) => STYLE_WORDS.has(t.low)) ? v.text : undefined),
  },
  {
    id: 'preferences.x-from-now-on',
    match: '{x:np} from_now_on|going_forward|from_here_on',
    key: 'communication_style',
    keyOf: keyByContent,
    subjects: ['none'],
    value: (v) => (v.clause.indexOf(v.tokens[0]!) <= 1 && v.tokens.some((t) => STYLE_WORDS.has(t.low)) ? v.text : undefined),
  },
  {
    // "leave coriander out of everything please", "keep mushrooms off anything you suggest": a standing request to
    // leave a thing out is a dislike (not "leave the onions out of this one").
    id: 'preferences.leave-out',
    match: 'leave~|keep~ {x:np} out|off',
    key: 'dislikes',
    category: 'preferences',
    subjects: ['none'],
    request: true,
    value: (v) => (isLasting(v.sentence) ? v.text : undefined),
  },
  // "war films are a no for me", "gore is a hard no (for me)": a thing ruled out.
  ruledOut('preferences.a-no-for-me', '{x:word} a hard|big|firm|definite|total|flat? no|no-go|no-no for me'),
  ruledOut('preferences.a-hard-no', '{x:word} a hard|firm|definite no'),
  {
    // "Anything built around car chases bores me stupid", "musicals bore me to tears".
    id: 'preferences.bores-me',
    match: '{x:word} me',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
    // (A participle before it is no past statement: "anything built around …".)
    past: 'ok',
    value: (v) => (v.tokens[0]?.low === 'bore' || v.tokens[0]?.low === 'bores' ? namedBefore(v) : undefined),
  },
  {
    // "i mostly do audiobooks", "I only read on Kindle": the way the user takes in books.
    id: 'preferences.reading-format',
    match: 'mostly|only|always|just do~|read~|listen~ to? on? {x:word}',
    key: 'preferences',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (READING_FORMATS.has(v.tokens[0]!.low) ? v.tokens[0]!.low : undefined),
  },
  { id: 'preferences.not-a-fan', match: 'not a big? fan of {x:np}', key: 'dislikes', category: 'preferences', where: 'anywhere', negation: 'negative' },
  {
    id: 'preferences.does-my-head-in',
    match: '{x:np} do~|does my head in',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
  },
  {
    id: 'preferences.no-habit',
    match: 'not|never take~|do~|answer~|work~|book~|schedule~|accept~ {x:rest}',
    key: 'preferences',
    where: 'anywhere',
    negation: 'negative',
    // (A habit is said in the present: "never done anything political before" tells what has not been.)
    value: (v) => {
      const verb = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
      const past =
        verb !== undefined &&
        (/ed$/.test(verb.low) || ['done', 'did', 'took', 'taken'].includes(verb.low) || v.clause[v.clause.indexOf(verb) - 2]?.low === 'did');
      // ("I'm Seventh-day Adventist so I don't work Saturdays": days named in the plural are every such day.)
      const everyDay = verb?.lemma === 'work' && RECURRING_DAYS.test(v.tokens[0]!.low);
      // ("I don't take tips or gifts from anyone": what the user says they do not do, in the present and to things in the
      // plural, is their habit.)
      const at = verb === undefined ? -1 : v.clause.indexOf(verb);
      const mine =
        v.clause[at - 3]?.low === 'i' && v.clause[at - 2]?.low === 'do' && v.clause[at - 1]?.low === 'not' && v.tokens[0]!.low !== v.tokens[0]!.lemma;
      return (isLasting(v.clause) || everyDay || mine) && !past ? `no ${v.text}` : undefined;
    },
  },
  {
    // "bullet points only, no waffle", "metric only pls": a form of answer the user wants and nothing else.
    id: 'preferences.x-only',
    match: '{x:np} only',
    key: 'communication_style',
    keyOf: keyByContent,
    subjects: ['none'],
    request: true,
    value: (v) => {
      const first = v.clause.indexOf(v.tokens[0]!);
      // (The clause opens with it: "I only eat fish" or "one day only" are not forms of answer.)
      const opens = v.clause.slice(0, first).every((t) => t.pos === 'PUNCT' || t.pos === 'INTJ');
      return opens && (v.tokens.some((t) => STYLE_WORDS.has(t.low)) || UNITS.matchAt(v.tokens, 0) > 0) ? v.text : undefined;
    },
  },
  {
    id: 'preferences.no-thing',
    match: 'no {x:rest}',
    key: 'communication_style',
    keyOf: keyByContent,
    subjects: ['none'],
    request: true,
    value: (v) => (v.tokens.some((t) => STYLE_WORDS.has(t.low)) ? `no ${v.text}` : undefined),
  },
  {
    // "I never use emojis in anything for parents", "I don't use exclamation marks": a way of writing the user keeps out.
    id: 'preferences.never-use',
    match: 'never|not use~ {x:np}',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['self'],
    negation: 'keep',
    value: (v) => (v.tokens.length <= 3 && v.tokens.some((t) => STYLE_WORDS.has(t.low)) ? `no ${v.text}` : undefined),
  },
  {
    // "can you stop with the emojis", "please stop using exclamation marks": a habit of the assistant's to drop.
    id: 'preferences.stop-using',
    match: 'stop|quit using|adding|putting|with the? {x:rest}',
    ...LEFT_OUT,
    // ("why did you stop using bullet points?" asks about the past, it asks for nothing.)
    value: (v) =>
      v.tokens.length <= 4 && v.tokens.some((t) => STYLE_WORDS.has(t.low)) && !v.clause.some((t) => t.low === 'did' || t.low === 'why')
        ? `no ${v.text}`
        : undefined,
  },
  {
    // "can you drop the pleasantries?", "cut the waffle", "ditch the jargon": the same, said with a verb of leaving out.
    // (Not for one piece of writing: "skip the intro in this one".)
    id: 'preferences.drop-the',
    match: 'drop|ditch|cut|skip|lose the|all|your? {x:rest}',
    ...LEFT_OUT,
    value: (v) =>
      v.tokens.length > 0 && v.tokens.length <= 3 && STYLE_WORDS.has(v.tokens[v.tokens.length - 1]!.low) && !v.clause.some((t) => ONE_PIECE.has(t.low))
        ? `no ${v.text}`
        : undefined,
  },
  {
    // "text replies work better than voice for me", "mornings are best for me": what suits the user, said of the thing.
    // (Not "what works best for me?", nor what works for someone else.)
    id: 'preferences.works-for-me',
    match: '{x:np} work~|be~ better|best ... for me',
    key: 'preferences',
    keyOf: keyByContent,
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const opens = at === 0 || (at === 1 && ['so', 'and', 'but'].includes(v.clause[0]!.low));
      return opens && !v.clause.some((t) => t.text === '?') ? v.text : undefined;
    },
  },
  {
    id: 'preferences.drop-the',
    match: 'drop|skip|ditch|lose|cut the {x:rest}',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['none', 'self'],
    request: true,
    // "drop the last sentence", "cut the second paragraph": an edit of the text at hand, not a way to write; "want to lose
    // the belly", "trying to cut the carbs": the user's own aim, after "to", is no request at all.
    value: (v) =>
      v.tokens.some((t) => TEXT_PARTS.has(t.lemma) || TEXT_PARTS.has(t.low)) || v.clause[v.clause.indexOf(v.tokens[0]!) - 3]?.low === 'to'
        ? undefined
        : `no ${v.text}`,
  },
  {
    id: 'preferences.without',
    match: 'without {x:np}',
    key: 'communication_style',
    where: 'anywhere',
    subjects: ['none', 'self'],
    request: true,
    value: (v) => (isLasting(v.clause) || v.clause.some((t) => t.low === 'general') ? `without ${v.text}` : undefined),
  },
];
