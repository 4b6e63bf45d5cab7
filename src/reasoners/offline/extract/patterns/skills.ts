import { CERTIFICATES, NAMED_CERTIFICATES } from '../families.js';
import { capitalised, spanText, type Token } from '../../nlp/wink.js';
import { POSSESSIVES } from '../../nlp/clauses.js';
import { LANGUAGES, PROGRAMMING, PROGRAMMING_ANY_CASE, TOOLS } from '../lexicon/languages.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { contains, livesFiguratively } from '../values.js';
import { PLACES } from '../lexicon/places.js';
import { DAY_NAMES, MONTH_NAMES } from '../time.js';

const CALENDAR: ReadonlySet<string> = new Set([...DAY_NAMES, ...MONTH_NAMES]);

/** Skills and tools: what the user knows and uses. */

/** A name (capitalised, or a word no dictionary holds), not a person's or the user's own thing ("my laptop"). */
function namedTool(v: ValueContext): string | undefined {
  const first = v.tokens[0]!;
  if (first.pos === 'PRON' || first.pos === 'DET') return undefined;
  return v.tokens.every((t) => capitalised(t) || t.oov) ? v.text : undefined;
}

const SKILL_VERBS = new Set([
  'weld',
  'code',
  'program',
  'cook',
  'bake',
  'sew',
  'knit',
  'crochet',
  'drive',
  'sing',
  'dance',
  'swim',
  'ski',
  'surf',
  'draw',
  'paint',
  'fix',
  'juggle',
  'fly',
  'type',
  'touch-type',
  'sign',
  'solder',
  'carve',
  'build',
  'design',
  'edit',
  'animate',
  'model',
  'tig',
  'mig',
  'braid',
  'cut',
  'play',
]);

function skill(v: ValueContext): string | undefined {
  if (v.tokens.length > 8) return undefined;
  return v.tokens.some((t) => SKILL_VERBS.has(t.low) || SKILL_VERBS.has(t.lemma)) ? v.text : undefined;
}

const tech = contains(PROGRAMMING, TOOLS);

/** Words for a ticket or licence held ("forklift tickets", "a full UK licence"). */
const TICKET_WORDS: ReadonlySet<string> = new Set(['ticket', 'tickets', 'licence', 'licences', 'license', 'licenses']);
/** Tickets said as a short phrase of their own (no pronoun first), of at most `most` words. */
const ticketPhrase = (said: readonly Token[], most: number): string | undefined =>
  said.length > 0 && said.length <= most && said[0]!.pos !== 'PRON' ? spanText(said) : undefined;

/** Cards a scheme issues, a ticket when the scheme is named by its letters ("CSCS card", "NRSWA operative cards"). */
const CARDS: ReadonlySet<string> = new Set(['card', 'cards']);

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'this', 'that']);

/** What the user is learning: the key and where it is read. */
const LEARNING = { key: 'learning', category: 'expertise', where: 'anywhere', subjects: ['self', 'none'] } as const satisfies Partial<PatternSpec>;

/** The thing learnt, no pronoun ("learning it", "new to this"). */
const learnt = (v: ValueContext): string | undefined => (v.tokens[0]?.pos === 'PRON' || v.tokens[0]?.low === 'this' ? undefined : v.text);

/** What the user is trained in, a short phrase that is no pronoun and no article alone. */
function ownTraining(v: ValueContext): string | undefined {
  const first = v.tokens[0];
  if (first === undefined || first.pos === 'PRON' || first.pos === 'DET') return undefined;
  // ("trained in makaton and use it all day": a verb with its object opens what the user does with it.)
  let end = v.tokens.findIndex((t) => OBJECT_PRONOUNS.has(v.clause[v.clause.indexOf(t) + 1]?.low ?? ''));
  if (end < 0) end = v.tokens.length;
  while (end > 1 && (v.tokens[end - 1]!.low === 'and' || v.tokens[end - 1]!.text === ',')) end--;
  return end >= 1 && end <= 4 ? spanText(v.tokens.slice(0, end)) : undefined;
}

/** A skill named by a noun phrase that opens the clause (no pronoun, no article only). */
function ownSkill(v: ValueContext): string | undefined {
  const first = v.tokens[0];
  return first === undefined || first.pos === 'PRON' || v.clause.indexOf(first) > 1 || v.tokens.length > 4 ? undefined : v.text;
}

/** How well one knows a tool, said as a label ("excel: wizard", "SQL - ok-ish"); the last words say "none". */
const KNOWN_WELL =
  'wizard|expert|pro|ninja|guru|fluent|solid|strong|advanced|good|great|decent|ok|okay|fine|intermediate|competent|comfortable|proficient|native|basic|basics|beginner|learning|daily|excellent';

/** A tool or language named before this clause in the sentence ("write it in rust, that's what I use at work"). */
function techBefore(v: ValueContext): string | undefined {
  const that = v.clause.findIndex((t, k) => THAT.has(t.low) && (v.clause[k + 1]?.low === 'what' || v.clause[k + 2]?.low === 'what'));
  const before = [...v.sentence.slice(0, Math.max(0, v.sentence.indexOf(v.clause[0]!))), ...v.clause.slice(0, Math.max(0, that))];
  for (let k = before.length - 1; k >= 0; k--) {
    for (const lex of [PROGRAMMING_ANY_CASE, TOOLS]) {
      const n = lex.matchAt(before, k);
      if (n > 0)
        return before
          .slice(k, k + n)
          .map((t) => t.text)
          .join(' ');
    }
  }
  return undefined;
}
const PROJECT_WORDS = new Set([
  'project',
  'app',
  'site',
  'website',
  'codebase',
  'backend',
  'frontend',
  'api',
  'service',
  'thesis',
  'startup',
  'game',
  'bot',
  'code',
  'repo',
  'stack',
  'dashboard',
  'tool',
  'plugin',
  'library',
  'package',
]);
const THAT = new Set(['that', 'this', 'which', 'thats', 'its', 'it']);

/** Every tool named in a clause that is only a list of tools ("macbook + Notion for literally everything"). */
const TOOL_LIST_WORDS = new Set([
  'for',
  'literally',
  'everything',
  'all',
  'too',
  'also',
  'day',
  'work',
  'home',
  'stuff',
  'notes',
  'mostly',
  'pretty',
  'much',
  'the',
  'a',
  'my',
  'and',
  'or',
  'plus',
  'with',
  'on',
  'setup',
  'everyday',
  'daily',
  'life',
]);
function toolList(v: ValueContext): string | undefined {
  const found: string[] = [];
  for (let k = 0; k < v.clause.length; k++) {
    const t = v.clause[k]!;
    const n = TOOLS.matchAt(v.clause, k) || PROGRAMMING.matchAt(v.clause, k);
    if (n > 0) {
      found.push(
        v.clause
          .slice(k, k + n)
          .map((u) => u.text)
          .join(' '),
      );
      k += n - 1;
    } else if (!(t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'CCONJ' || TOOL_LIST_WORDS.has(t.low))) return undefined;
  }
  return found.length >= 2 ? found.join(', ') : undefined;
}

/** Verbs of an exam passed. */
const PASSING: ReadonlySet<string> = new Set(['passed', 'earned', 'gained', 'cleared']);

/** A name made of letters as exams' are: four capitals or more ("NAATI", "SATI"), or a capital inside ("DipTrans"). */
const lettersName = (text: string): boolean => /^[A-Z]{4,8}$/.test(text) || /^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(text);

/** Words of time that may follow a certificate in its noun phrase ("my chainsaw tickets last yr"). */
const TIME_AFTER: ReadonlySet<string> = new Set(['last', 'this', 'in', 'back', 'years', 'yrs', 'ago']);

/** " (CS30 and CS31)": codes in brackets just after the clause (letters and digits), as written; or "". */
function bracketedCodes(v: ValueContext): string {
  const end = v.sentence.indexOf(v.clause[v.clause.length - 1]!) + 1;
  if (v.sentence[end]?.text !== '(') return '';
  const close = v.sentence.findIndex((t, k) => k > end && t.text === ')');
  const inside = v.sentence.slice(end + 1, close);
  const codes = close > end && inside.length <= 6 && inside.some((t) => /[A-Za-z]/.test(t.text) && /\d/.test(t.text));
  return codes ? ` (${spanText(inside)})` : '';
}

export const SKILLS: readonly PatternSpec[] = [
  {
    id: 'skills.tools.do-in',
    match:
      'track~|keep~|manage~|organise~|organize~|plan~|log~|journal~|draft~|build~|make~|edit~|design~|draw~|model~|mix~|produce~|record~|sketch~|prototype~|host~|deploy~|store~|budget~|schedule~|do~|write~|code~|live~|type~|typing|update~|updating|enter~|entering ... in|on|with|using {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    list: true,
  },
  {
    // "the invoicing goes through QuickBooks", "all my bookings are on Jobber": the user's paperwork kept in a tool.
    id: 'skills.tools.admin-in',
    match:
      'invoicing|invoices|bookings|accounts|books|payroll|rota|rotas|quotes|quoting|scheduling|diary|stock|orders|admin|appointments|timesheets be~|go~|going|run~|running|done on|in|through|via {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    list: true,
    value: (v) => (v.clause.some((t) => ['my', 'our', 'the'].includes(t.low)) ? v.text : undefined),
  },
  {
    id: 'skills.level.tool',
    match: `{x:$tool} :|-|= ${KNOWN_WELL}`,
    key: 'tools',
    where: 'anywhere',
    subjects: ['none', 'self', 'attr', 'other'],
    list: true,
  },
  {
    id: 'skills.level.programming',
    match: `{x:$programming} :|-|= ${KNOWN_WELL}`,
    key: 'expertise',
    where: 'anywhere',
    subjects: ['none', 'self', 'attr', 'other'],
    list: true,
  },
  {
    id: 'skills.what-i-use',
    match: "that|this|which|thats 's|is? what|all i|we use~|write~|code~|know~|work~",
    key: 'expertise',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
    request: true,
    list: true,
    value: techBefore,
  },
  {
    id: 'skills.project-in',
    match: 'be~ in|on|using|with|built_in|written_in {x:$programming}',
    key: 'expertise',
    subjects: ['attr', 'other'],
    list: true,
    // "my side project is in elixir": the user's own project.
    value: (v) => (v.clause.some((t) => t.low === 'my' || t.low === 'our') && v.clause.some((t) => PROJECT_WORDS.has(t.low)) ? v.text : undefined),
  },
  {
    id: 'skills.good-at-tool',
    match:
      'be~? good|great|decent|strong|solid|comfortable|proficient|fluent|experienced|skilled|expert|confident|handy|competent|ok|okay|alright -? ish? at|in|with {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    list: true,
  },
  {
    // "comfortable on DiGiCo SD10 and Yamaha CL5", "I'm solid on Revit": what the user is at ease "on", named in capitals and
    // no place, is a tool or machine they work ("good with Tom" names a person; "on" does not).
    id: 'skills.good-on-named',
    match: 'be~? good|great|decent|strong|solid|comfortable|proficient|experienced|confident|competent on {x:list}',
    key: 'tools',
    where: 'anywhere',
    list: true,
    value: (v) =>
      v.tokens.some((t) => /[A-Z]/.test(t.text)) &&
      v.tokens.every((t) => t.pos !== 'PRON' && !CALENDAR.has(t.low.replace(/s$/, ''))) &&
      PLACES.matchAt(v.tokens, 0) === 0
        ? v.text
        : undefined,
  },
  {
    id: 'skills.wpm',
    match: 'type~|typing|touch-type~ at? about|around|roughly|over|nearly|approx|~? {x:num} wpm|words',
    key: 'skills',
    where: 'anywhere',
    value: (v) => `types ${v.text} wpm`,
  },
  {
    id: 'skills.been-doing',
    match: 'been doing|practising|practicing {x:np} for|since',
    key: 'expertise',
    where: 'anywhere',
    past: 'ok',
    // "Been doing balayage for years" (not "been doing this", "been doing nights").
    value: (v) =>
      v.tokens.length <= 4 &&
      v.tokens[0]?.pos !== 'PRON' &&
      ![
        'this',
        'that',
        'it',
        'nights',
        'shifts',
        'overtime',
        'well',
        'ok',
        'okay',
        'fine',
        'great',
        'badly',
        'nothing',
        'everything',
        'lots',
        'loads',
      ].includes(v.tokens[0]?.low ?? '')
        ? v.text
        : undefined,
  },
  {
    id: 'skills.know-well',
    match: 'know~ {x:list} well|inside_out|very_well|really_well|back_to_front|like_the_back',
    key: 'expertise',
    where: 'anywhere',
    list: true,
    value: (v) => (v.tokens[0]?.pos === 'PRON' || ['it', 'this', 'that', 'them', 'him', 'her'].includes(v.tokens[0]?.low ?? '') ? undefined : v.text),
  },
  {
    id: 'skills.learner',
    match: '{x:$programming} beginner|newbie|noob|learner|novice|n00b',
    key: 'learning',
    category: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none'],
  },
  {
    id: 'skills.came-from',
    match: 'came|come~|coming|converted over? from {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    past: 'ok',
    list: true,
  },
  {
    id: 'skills.came-from-programming',
    match: 'came|come~|coming|converted over? from {x:$programming}',
    key: 'expertise',
    where: 'anywhere',
    past: 'ok',
    list: true,
  },
  {
    id: 'skills.tools.switched-from',
    match: 'switched|switching|moved|moving|migrated|ditched|dropped from? {x:$tool} to|for',
    key: 'tools',
    where: 'anywhere',
    retracts: true,
    past: 'ok',
  },
  {
    id: 'skills.drive-manual',
    match: 'drive~|driving stick|manual|stick-shift|automatic|automatics|manuals',
    key: 'skills',
    where: 'anywhere',
    value: (v) => `drives ${v.clause.find((t) => ['stick', 'manual', 'stick-shift', 'automatic', 'automatics', 'manuals'].includes(t.low))?.low ?? 'manual'}`,
  },
  {
    id: 'skills.tools.list-fragment',
    match: '{x:$tool}',
    key: 'tools',
    subjects: ['none'],
    list: true,
    value: (v) => (v.clause.indexOf(v.tokens[0]!) <= 1 ? toolList(v) : undefined),
  },
  {
    id: 'skills.certificate',
    match: 'got|have~|hold~|earned|passed|gained|with .. a|an|my? {x:np}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => {
      const last = v.tokens.length - 1;
      // ("I've already got my PPL", "got my Driver CPC": a certificate by its letters.)
      const named = NAMED_CERTIFICATES.matchAt(v.tokens, last) > 0 || (last > 0 && NAMED_CERTIFICATES.matchAt(v.tokens, last - 1) === 2);
      if (named && v.tokens.length <= 4) return v.text;
      // ("finally passed the DipTrans", "earned my CELTA": an exam passed, named by its letters alone.)
      let at = v.clause.indexOf(v.tokens[0]!) - 1;
      while (at > 0 && (v.clause[at]!.pos === 'DET' || POSSESSIVES.has(v.clause[at]!.low))) at--;
      const verb = v.clause[at]?.low ?? '';
      const timed = v.tokens.findIndex((t) => TIME_AFTER.has(t.low));
      const bare = (timed > 0 ? v.tokens.slice(0, timed) : v.tokens).filter((t) => t.pos !== 'DET' && !POSSESSIVES.has(t.low));
      if (PASSING.has(verb) && bare.length === 1 && lettersName(bare[0]!.text)) return bare[0]!.text;
      // ("got my chainsaw tickets last yr (CS30 and CS31)": the phrase ends at the certificate word; codes in brackets after
      // the clause say which.)
      const head = v.tokens.findIndex((t, k) => k >= 1 && k <= 5 && CERTIFICATES.matchAt(v.tokens, k) > 0);
      if (head < 0 || (head !== last && !TIME_AFTER.has(v.tokens[head + 1]!.low))) return undefined;
      const words = v.tokens.slice(0, head + 1);
      const text = head === last ? v.text : spanText(words[0]!.pos === 'DET' ? words.slice(1) : words);
      return `${text}${bracketedCodes(v)}`;
    },
  },
  // "I've got forklift and hi-loader tickets", "counterbalance and reach truck tickets (RTITB)": tickets and licences held,
  // named before the word (not "two tickets for the match").
  {
    id: 'skills.tickets-held',
    match: 'got|hold~|have~ got? {x:rest}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    list: true,
    value: (v) => {
      // ("I've got my NRSWA operative and supervisor cards": the user's own, a scheme's cards named by its letters; a licence
      // after "my" is the certificate table's, "my driving licence".)
      // ("I've got my CS30 and CS31 chainsaw tickets": tickets named by their codes are the user's too.)
      const lettered = (k: number) => v.tokens.slice(0, k).some((t) => /^[A-Z]{3,6}$|^[A-Z]{2,4}[0-9]{1,3}$/.test(t.text));
      const card = v.tokens[0]?.low === 'my' && v.tokens.some((t, k) => (CARDS.has(t.low) || TICKET_WORDS.has(t.low)) && lettered(k));
      const tokens = card ? v.tokens.slice(1) : v.tokens;
      const at = tokens.findIndex((t) => TICKET_WORDS.has(t.low) || (card && CARDS.has(t.low)));
      const first = tokens[0];
      if (at < 1 || at > 6 || first === undefined || ['PRON', 'DET', 'NUM', 'VERB', 'AUX'].includes(first.pos) || POSSESSIVES.has(first.low)) return undefined;
      return spanText(tokens.slice(0, at));
    },
  },
  // "Certs I've got: IMDG dangerous goods, forklift counterbalance, …": a list of the user's tickets, labelled first.
  {
    id: 'skills.certs-label',
    match: 'certs|certificates|certifications|tickets|qualifications|quals i have~|hold~ got? :|- {x:list}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
    // ("…, and my Driver CPC": an item may be called the user's own.)
    value: (v) => ticketPhrase(v.tokens[0]?.low === 'my' ? v.tokens.slice(1) : v.tokens, 6),
  },
  // "qualified on RTGs and ship-to-shore gantry", "ticketed on excavators": the machines the user is passed to work.
  {
    id: 'skills.qualified-on',
    match: 'qualified|ticketed|certified|signed_off on {x:rest}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    list: true,
    value: (v) => {
      const end = v.tokens.findIndex((t) => t.pos === 'PUNCT' && t.text !== '-' && t.text !== '/');
      return ticketPhrase(end < 0 ? v.tokens : v.tokens.slice(0, end), 8);
    },
  },
  // "im trained in makaton", "I'm qualified in paediatric first aid": a skill the user was trained in and has.
  { id: 'skills.trained-in', match: 'be~ trained|qualified in {x:list}', key: 'expertise', subjects: ['self', 'none'], list: true, value: ownTraining },
  // "Cannulation I can do in my sleep": what the user does without thinking, put first.
  { id: 'skills.fronted-in-my-sleep', match: '{x:np} i can do in_my_sleep', key: 'expertise', subjects: ['none', 'self'], value: ownSkill },
  {
    id: 'skills.certified-as',
    match: 'certified|qualified|licensed|registered|accredited|chartered as? a|an? {x:np}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    // ("registered sight impaired": a noun that opens a compound adjective is no qualification.)
    value: (v) => {
      const after = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      const compound = after !== undefined && (after.pos === 'ADJ' || after.pos === 'VERB') && after.low.endsWith('ed');
      return v.tokens.length <= 5 && v.tokens[0]?.pos !== 'PRON' && !compound ? v.text : undefined;
    },
  },
  {
    id: 'skills.mention',
    match:
      'use~|using|write~|writing|code~|coding|work~|working|program~|programming|build~|building|develop~|developing|know~|fluent|comfortable|familiar|experienced|proficient|expert|specialise~|specialize~|certified|background|mostly|mainly|day_to_day ... {x:$programming}',
    key: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
    past: 'ok',
  },
  {
    // "5 years of Python", "after years of Go", "my first Rust project": time spent with a language, or work in it.
    id: 'skills.years-of',
    match: 'years|yrs|decade|decades of {x:$programming}',
    key: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
    past: 'ok',
  },
  {
    id: 'skills.first-project',
    match: 'first {x:$programming} project|app|program|script|service|crate|package|library',
    key: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
  {
    // "I moved to GoLand last month", "switched over to Linux in 2022": a change told in the past whose end still holds.
    id: 'skills.tools.switched-to',
    match: 'switched|moved|migrated|changed|converted|swapped over|across? to {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    list: true,
  },
  {
    id: 'skills.tools.mention',
    match: 'use~|using|on|run~|running|switched_to|moved_to|live_in|living_in|work~_in|working_in|swear_by|prefer~ ... {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
  {
    id: 'skills.good-at',
    match:
      'be~? good|great|decent|strong|solid|comfortable|proficient|fluent|experienced|skilled|expert|confident|handy|competent|ok|okay|alright|okish|okayish|decent-ish|ok-ish -? ish? at|in|with {x:list}',
    key: 'expertise',
    where: 'anywhere',
    list: true,
    value: (v) =>
      v.tokens[0]?.pos === 'PRON' || v.tokens[0]?.low === 'it' || LANGUAGES.matchAt(v.tokens, 0) > 0 || (v.tokens.length === 1 && v.tokens[0]!.pos === 'ADJ')
        ? undefined
        : v.text,
  },
  {
    id: 'skills.know',
    match: 'know~|code~|program~|develop~|write~|use~|work~ in|with? {x:$programming}',
    key: 'expertise',
    where: 'anywhere',
    list: true,
    past: 'ok',
  },
  {
    id: 'skills.and-when',
    match: 'and {x:$programming}',
    key: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    list: true,
    value: (v) =>
      v.clause.some((t) => t.low === 'me' || t.low === 'i') &&
      PROGRAMMING.matchAt(v.clause, 0) === 0 &&
      v.clause.some((t, k) => k < v.clause.indexOf(v.tokens[0]!) - 1 && PROGRAMMING.matchAt(v.clause, k) > 0)
        ? v.text
        : undefined,
  },
  {
    // "I basically live in LinkedIn Recruiter", "I live in Deswik and Vulcan all day": where the user spends the day, named in
    // capitals and no place, is their software.
    id: 'skills.tools.live-in',
    match: 'live~|living in {x:list}',
    key: 'tools',
    where: 'anywhere',
    list: true,
    value: (v) => (livesFiguratively(v) && v.tokens.every((t) => capitalised(t)) && PLACES.matchAt(v.tokens, 0) === 0 ? v.text : undefined),
  },
  {
    id: 'skills.tools.in',
    match: 'design~|build~|make~|edit~|draw~|write~|do~|code~|model~|work~ .. in {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    list: true,
  },
  { id: 'skills.for-me', match: '{x:$programming} for me', key: 'expertise', where: 'anywhere', subjects: ['self', 'none', 'other'], list: true },
  {
    id: 'skills.dev',
    match: '{x:$programming} dev|developer|developers|engineer|programmer|person|guy|girl',
    key: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
  // "NACS trained last year", "I'm BPCA qualified": a scheme or body named by its letters, which passed the user.
  {
    id: 'skills.letters-trained',
    match: '{x:word} trained|qualified|accredited|registered|approved',
    key: 'certifications',
    where: 'anywhere',
    // (Said to open a clause, the letters stand where "I'm" was left out; after anyone else, it is their training.)
    subjects: ['self', 'none', 'other'],
    past: 'ok',
    list: true,
    value: (v) => {
      const before = v.clause.slice(0, v.clause.indexOf(v.tokens[0]!));
      const mine = before.every((t) => (t.pos === 'PRON' ? ['i', 'we'].includes(t.low) : t.pos !== 'NOUN' && t.pos !== 'PROPN'));
      return mine && /^[A-Z][A-Z0-9&]{2,}$/.test(v.text) ? v.text : undefined;
    },
  },
  { id: 'skills.certified', match: '{x:np} certified', key: 'expertise', where: 'anywhere', subjects: ['self', 'none'], list: true },
  { id: 'skills.certified-in', match: 'certified in? {x:np}', key: 'expertise', where: 'anywhere', subjects: ['self', 'none'], list: true },
  { id: 'skills.years', match: 'years|yrs of {x:np} experience', key: 'expertise', where: 'anywhere', subjects: ['self', 'none'], list: true },
  {
    id: 'skills.specialise',
    match: 'specialise~|specialize~|specialising|specializing|specialist in {x:list}',
    key: 'expertise',
    where: 'anywhere',
    list: true,
  },
  {
    id: 'skills.background',
    match: 'be~ in? {x:rest}',
    key: 'expertise',
    subjects: ['attr'],
    attr: ['background', 'expertise', 'specialty', 'speciality', 'field'],
    strength: 'explicit',
  },
  { id: 'skills.can', match: 'can {x:rest}', key: 'skills', value: skill },
  {
    id: 'skills.new-to',
    // ("i'm teaching myself cybersecurity in the evenings": learning on one's own.)
    match: 'new_to|starting_out_with|started_with|getting_into|learning|beginner_at|beginner_in|teaching_myself|taught_myself|teach_myself {x:np}',
    ...LEARNING,
    // ("writing up the learning journals": "learning" after a determiner names a kind of thing, no learning.)
    value: (v) => {
      const before = v.clause[v.clause.indexOf(v.tokens[0]!) - 2];
      return before !== undefined && (before.pos === 'DET' || POSSESSIVES.has(before.low)) ? undefined : learnt(v);
    },
  },
  // "just starting with watercolours" (not "a new little one starting with a severe egg allergy": someone named before starts).
  {
    id: 'skills.starting-with',
    match: 'starting_with {x:np}',
    ...LEARNING,
    value: (v) => {
      const who = v.clause[v.clause.indexOf(v.tokens[0]!) - 3];
      return who !== undefined && (who.pos === 'NOUN' || who.pos === 'NUM' || who.pos === 'PROPN') ? undefined : learnt(v);
    },
  },
  { id: 'skills.tools.use', match: 'use~|using|run~|running|on .. {x:$tool}', key: 'tools', where: 'anywhere', list: true },
  {
    id: 'skills.tools.named-for',
    // "we use Mosaic for case recording", "started using Omeka S for our online exhibition": a name used for a task is a
    // tool, whether or not the lists know it.
    match: 'use~|using {x:np} for',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    value: namedTool,
  },
  {
    // "We use Guidewire ClaimCenter and I'm the super-user", "I use Reapit": a product's name the user or their team uses,
    // with no task said (every word written as a name, one of them a proper noun or a word with a capital inside).
    id: 'skills.tools.use-named',
    match: 'use~|using {x:np}',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    value: (v) =>
      v.tokens.length <= 3 &&
      v.tokens.every((t) => capitalised(t) || /[a-z][A-Z]/.test(t.text)) &&
      v.tokens.some((t) => t.pos === 'PROPN' || /[a-z][A-Z]/.test(t.text))
        ? namedTool(v)
        : undefined,
  },
  {
    // "we use Legend for bookings and Deputy for the rota": a second name used for a second task, the verb said once.
    id: 'skills.tools.and-named-for',
    match: 'and {x:np} for',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    list: true,
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!) - 1;
      const before = v.clause.slice(0, Math.max(0, at));
      const used = before.findIndex((t) => t.lemma === 'use' || t.low === 'using');
      return used >= 0 && before.slice(used + 1).some((t) => t.low === 'for') ? namedTool(v) : undefined;
    },
  },
  // ("We run ServiceNow for tickets, Intune for the laptops": what a team runs for a task.)
  { id: 'skills.tools.we-run-for', match: 'run~|running {x:np} for', key: 'tools', where: 'anywhere', subjects: ['we'], list: true, value: namedTool },
  {
    id: 'skills.tools.we-are-on',
    // "we're on Dentally for the appointment book": what a team is on for a task (not "I'm on Ozempic for my weight").
    match: 'be~ on {x:np} for',
    key: 'tools',
    subjects: ['we'],
    list: true,
    value: namedTool,
  },
  { id: 'skills.tools.on', match: 'be~ on {x:$tool}', key: 'tools', list: true },
  { id: 'skills.tools.have', match: 'have~|got|own~|bought a|an|my? .. {x:$tool}', key: 'tools', where: 'anywhere', list: true },
  {
    id: 'skills.as-a',
    match: 'as a|an {x:np}',
    key: 'expertise',
    where: 'anywhere',
    subjects: ['none', 'self'],
    list: true,
    value: (v) => (contains(PROGRAMMING, TOOLS)(v) && v.clause.some((t) => t.low === 'years' || t.low === 'yrs') ? v.text : undefined),
  },
  {
    id: 'skills.tools.with',
    match: 'with {x:$tool}',
    key: 'tools',
    where: 'anywhere',
    list: true,
    value: (v) => (v.clause.some((t) => TOOLS.has(t.low) && t !== v.tokens[0]) ? v.text : undefined),
  },
  {
    id: 'skills.tools.user',
    match:
      '{x:$tool} power? user|hobbyist|fan|nerd|person|guy|girl|native|convert|diehard|addict|wizard|whizz|whiz|ninja|guru|layout|keyboard|setup|loyalist|devotee|stan|evangelist|main|typist',
    key: 'tools',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
  {
    id: 'skills.built-with',
    match: 'build~|built|make~|made|write~|wrote|develop~|ship~|shipped ... with|in|using {x:$programming}',
    key: 'expertise',
    where: 'anywhere',
    list: true,
    past: 'ok',
  },
  { id: 'skills.tools.attr', match: 'be~ {x:rest}', key: 'tools', subjects: ['attr'], attr: ['stack', 'setup', 'os', 'editor', 'ide'], value: tech },
];
