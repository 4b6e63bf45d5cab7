import { QUALIFICATIONS, SCHOOL_WORDS, SUBJECTS, TRAINING_VERBS } from '../lexicon/education.js';
import { spanText, type Token } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { contains, template } from '../values.js';

/** Education: degrees, schools, studies, stages. */

/** Schools named by a common word, here in lower case: read as the word unless written with a capital. */
const COMMON_WORD_SCHOOLS: ReadonlySet<string> = new Set(['imperial', 'duke', 'trinity', 'columbia', 'poly', 'aber', 'ust', 'ui', 'ul', 'ou']);

/** Nouns of study after a school word, which keep it a schooling ("community college classes", "uni course"). */
const STUDY_NOUNS: ReadonlySet<string> = new Set([
  'class',
  'classes',
  'course',
  'courses',
  'degree',
  'diploma',
  'programme',
  'program',
  'student',
  'studies',
  'lectures',
  'modules',
  'credits',
  'certificate',
  'qualification',
  'education',
]);

/**
 * A qualification or a school the span names — not a school word that only describes another noun ("the school run",
 * "uni fees", "college applications for my son"): the noun after it is what the span is about.
 */
function schooling(v: ValueContext): string | undefined {
  // ("I've got a BSc in Marketing": the "got" of "have got" is no part of the schooling.)
  const text = /^got\s/i.test(v.text) ? v.text.slice(4) : v.text;
  for (let k = 0; k < v.tokens.length; k++) {
    if (QUALIFICATIONS.matchAt(v.tokens, k) > 0) return text;
    // ("doing my Level 4 in exercise referral", "a level 3 diploma"): a course by its level, said as the user's own.
    if (v.tokens[k]!.low === 'level' && /^\d$/.test(v.tokens[k + 1]?.text ?? '') && ['my', 'a'].includes(v.tokens[k - 1]?.low ?? '')) return text;
    const n = SCHOOL_WORDS.matchAt(v.tokens, k);
    if (n === 0) continue;
    // ("metric rather than imperial": a school's name that is also a common word counts only written as a name.)
    if (n === 1 && COMMON_WORD_SCHOOLS.has(v.tokens[k]!.text)) continue;
    // ("get the kids from school", "drop her to school": children fetched and taken, no schooling of the user's.)
    if (['from', 'to'].includes(v.tokens[k - 1]?.low ?? '') && v.tokens.slice(0, k - 1).some((t) => FETCHED.has(t.low))) continue;
    const after = v.tokens[k + n];
    // ("the school run": a noun the tagger reads as a bare verb after "the" and the school word.)
    // ("school runs mean I can't …": a plural the tagger reads as a verb, before the clause's own verb.)
    const plural = (t: Token): boolean => t.pos === 'VERB' && t.low.endsWith('s') && ['VERB', 'AUX'].includes(v.tokens[k + n + 1]?.pos ?? '');
    const noun =
      after !== undefined && (after.pos === 'NOUN' || (after.pos === 'VERB' && after.low === after.lemma && v.tokens[k - 1]?.pos === 'DET') || plural(after));
    if (!noun || STUDY_NOUNS.has(after.low) || SCHOOL_WORDS.matchAt(v.tokens, k + n) > 0) return text;
  }
  // ("halfway through my CIPFA qualification and the … exam is in June": a body's letters before the word for what it
  // awards, when nothing else names a schooling; the value ends there.)
  const award = v.tokens.findIndex((t, k) => /^[A-Z]{3,6}$/.test(t.text) && AWARDS.has(v.tokens[k + 1]?.low ?? ''));
  return award < 0 ? undefined : spanText(v.tokens.slice(0, award + 2));
}

/** Children and the pronouns for them, fetched from school or taken to it. */
const FETCHED: ReadonlySet<string> = new Set('kids kid children child son sons daughter daughters boys girls them him her twins little ones'.split(' '));

/** What a professional body awards, said after its letters ("CIPFA qualification", "CIPD diploma"). */
const AWARDS: ReadonlySet<string> = new Set(['qualification', 'diploma', 'certificate', 'accreditation', 'exams']);

const TIME_WORDS = new Set(['since', 'from', 'before', 'after', 'until', 'till', 'like']);
/** Where what one trained as ends: a time, or what the sentence goes on to ("… at Barts in the sixties, so …"). */
const TRAINING_ENDS = new Set(['in', 'during', 'back', 'when', 'years', 'so', 'but', 'then', 'before', 'after', 'until', 'since', 'ago']);

/** A field of study named with where it was studied: "engineering in Trinity", "law at UCD". */
function subjectAtSchool(v: ValueContext): string | undefined {
  let end = SUBJECTS.matchAt(v.tokens, 0);
  if (end === 0) return undefined;
  // ("Banking and Finance at KNUST", "maths & physics at Bristol": two fields joined.)
  while ((v.tokens[end]?.low === 'and' || v.tokens[end]?.low === '&') && SUBJECTS.matchAt(v.tokens, end + 1) > 0)
    end += 1 + SUBJECTS.matchAt(v.tokens, end + 1);
  const rest = v.tokens.slice(end);
  if (rest.length === 0) return undefined;
  const prep = rest[0]!.low;
  const place = rest.slice(1);
  const named =
    place.length > 0 &&
    (SCHOOL_WORDS.matchAt(place, 0) > 0 || place[0]!.text.charAt(0) !== place[0]!.text.charAt(0).toLowerCase() || SCHOOL_WORDS.matchAt(place, 1) > 0);
  return (prep === 'at' || prep === 'in' || prep === 'from') && named ? v.text : undefined;
}

/** Words that open a wish, not a schooling ("Keen on a carpentry apprenticeship", "thinking a PGCE"). */
const WISHING: ReadonlySet<string> = new Set(['keen', 'interested', 'thinking', 'considering']);

/** Exams and degrees known by letters that spell a word, written in lower case ("sat", "act", "gate", "cape", "bed", "ma"). */
const WORD_LETTERS: ReadonlySet<string> = new Set(['sat', 'act', 'gate', 'cape', 'bed', 'ma', 'ba', 'md']);

export const EDUCATION: readonly PatternSpec[] = [
  {
    id: 'education.year-of',
    match: '1st|2nd|3rd|4th|first|second|third|fourth|final|last -? year {x:rest}',
    key: 'education',
    where: 'anywhere',
    subjects: ['self', 'none'],
    // "1st year law at UCD", "final year of a nursing degree", "second-year medical student".
    value: (v) => {
      const words = v.tokens.filter((t) => t.low !== 'of' && t.low !== 'a' && t.low !== 'an' && t.low !== 'my');
      const field = words.length > 0 && (SUBJECTS.matchAt(words, 0) > 0 || contains(QUALIFICATIONS, SCHOOL_WORDS)({ ...v, tokens: words }) !== undefined);
      const ordinal =
        v.clause[v.clause.indexOf(v.tokens[0]!) - 2]?.low === '-' ? v.clause[v.clause.indexOf(v.tokens[0]!) - 3] : v.clause[v.clause.indexOf(v.tokens[0]!) - 2];
      return field ? `${ordinal?.text ?? ''} year ${v.text}`.trim() : undefined;
    },
  },
  {
    id: 'education.subject-at',
    match: 'did|do~|doing|done|studied|read|took|finished|completed|majored_in|graduated_in {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: subjectAtSchool,
  },
  {
    id: 'education.left-school',
    match: 'left|leave~|leaving|quit school|college|uni|university at|after|in|with {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: (v) => {
      const school = v.clause.find((t) => ['school', 'college', 'uni', 'university'].includes(t.low));
      // ("left school at 16 with no GCSEs worth mentioning, 42 now": the age or time of leaving, before what came of it.)
      const cut = v.tokens.findIndex((t, k) => k > 0 && (t.low === 'with' || t.pos === 'PUNCT'));
      const when = cut > 0 ? v.tokens.slice(0, cut) : v.tokens;
      const text = cut > 0 ? spanText(when) : v.text;
      return when.length <= 5 && school ? `left ${school.low} ${v.clause[v.clause.indexOf(v.tokens[0]!) - 1]?.low ?? 'at'} ${text}` : undefined;
    },
  },
  {
    id: 'education.study',
    match: 'study~|studying|studied|majoring|major~|majored in? {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: (v) => {
      // "case study q for my revision", "a study of": the noun, not the verb.
      const verb = v.clause[v.clause.indexOf(v.tokens[0]!) - 1];
      if (verb?.low === 'study' && ['case', 'a', 'the', 'this', 'my', 'research', 'pilot'].includes(v.clause[v.clause.indexOf(verb) - 1]?.low ?? ''))
        return undefined;
      return v.tokens[0]?.pos === 'PRON' || ['for', 'up', 'the', 'it', 'this', 'that'].includes(v.tokens[0]?.low ?? '') ? undefined : v.text;
    },
  },
  {
    id: 'education.student',
    match: 'be~ a|an {x:rest}',
    key: 'education',
    value: (v) => (/\b(?:student|undergrad|undergraduate|postgrad|fresher|phd|apprentice|trainee|pupil)\b/i.test(v.text) ? v.text : undefined),
  },
  {
    id: 'education.did',
    match:
      'did|do~|doing|done|completed|finished|got|get~|have~|hold~|earned|taking|sitting|started|starting|finishing|passed|cleared|sat|took|finish|pass|in_my|into|through|halfway_through|partway_through {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: schooling,
  },
  {
    id: 'education.graduated',
    match: 'graduated|graduate~ from|in? {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    // ("doing a Graduate Diploma of Education", "on a graduate scheme": after an article the word names a kind of course.)
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      let k = at - 1;
      while (k > 0 && !v.clause[k]!.low.startsWith('graduat')) k--;
      // ("the Aldi area manager graduate scheme": a scheme for graduates is a job, whatever comes before it.)
      if (GRADUATE_KINDS.has(v.tokens[0]!.low)) return undefined;
      return ['a', 'an', 'the', 'my', 'our', 'his', 'her'].includes(v.clause[k - 1]?.low ?? '') ? undefined : v.text;
    },
  },
  { id: 'education.went-to', match: 'went|go~ to {x:rest}', key: 'education', where: 'anywhere', past: 'ok', value: schooling },
  {
    id: 'education.dropped-out',
    match: 'dropped|drop~ out of? {x:rest}?',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    // ("dropped out of BCom in second year to work as a light boy": why the user left is no part of the course.)
    value: (v) => {
      const why = v.tokens.findIndex((t, k) => k > 0 && t.low === 'to' && v.tokens[k + 1]?.pos === 'VERB');
      return why < 0 ? template('dropped out of {x}')(v) : why > 0 ? `dropped out of ${spanText(v.tokens.slice(0, why))}` : undefined;
    },
  },
  { id: 'education.in-grade', match: 'be~ in {x:rest}', key: 'education', value: schooling },
  {
    id: 'education.in-year',
    match: 'in year|grade|form {x:rest}',
    key: 'education',
    where: 'anywhere',
    subjects: ['none', 'self'],
    value: (v) => `year ${v.text}`,
  },
  {
    id: 'education.attr',
    match: 'be~ on|in? {x:rest}',
    key: 'education',
    subjects: ['attr'],
    attr: ['phd', 'masters', 'thesis', 'dissertation', 'degree', 'major', 'course', 'mba', 'undergrad'],
    strength: 'explicit',
  },
  {
    id: 'education.fragment',
    match: '{x:rest}',
    key: 'education',
    subjects: ['none'],
    // Not a time said by a school ("since primary school", "Irish speaker from secondary school on").
    // (Not "41 degrees" of heat, nor "whichever's higher": the Scottish exam is written with its capital.)
    value: (v) => {
      // (Nor an exam's letters that are a word in lower case: "11 hours sat in the car", "ma and da".)
      const notSchooling = (n: number): boolean =>
        (v.tokens[n]!.lemma === 'degree' && v.tokens[n - 1]?.pos === 'NUM') ||
        (v.tokens[n]!.text === 'higher' && v.tokens[n + 1]?.low !== 'diploma') ||
        (WORD_LETTERS.has(v.tokens[n]!.text) && QUALIFICATIONS.matchAt(v.tokens, n) === 1);
      const k = v.tokens.findIndex((_, n) => (QUALIFICATIONS.matchAt(v.tokens, n) > 0 && !notSchooling(n)) || SCHOOL_WORDS.matchAt(v.tokens, n) > 0);
      const before = [v.clause[v.clause.indexOf(v.tokens[0]!) - 1], ...v.tokens.slice(0, Math.max(0, k))];
      // ("What I want to do is a postgrad cert in MRI": a wish that names the course, read as a goal.)
      const wish = (v.tokens[0]?.low === 'what' && v.tokens[1]?.pos === 'PRON') || WISHING.has(v.tokens[0]?.low ?? '');
      // ("Old school here — I do cash envelopes": the idiom for old-fashioned, no school.)
      const idiom = v.tokens[k - 1]?.low === 'old' && v.tokens[k]?.low === 'school';
      return k < 0 || wish || idiom || before.some((t) => t !== undefined && TIME_WORDS.has(t.low)) ? undefined : schooling(v);
    },
  },
  {
    // "I trained as a nurse at Barts in the sixties", "retraining as a plumber": a training, not the job held now.
    id: 'education.trained-as',
    match: 'trained|retrained|training|retraining|train~|retrain~ as a|an? {x:rest}',
    key: 'education',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => {
      const end = v.tokens.findIndex((t, k) => k > 0 && (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || TRAINING_ENDS.has(t.low)));
      const what = end < 0 ? v.tokens : v.tokens.slice(0, end);
      if (what.length === 0 || what.length > 6 || what[0]!.pos === 'PRON') return undefined;
      const at = v.clause.indexOf(v.tokens[0]!);
      const as = v.clause[at - 1]?.low === 'as' ? at - 1 : at - 2;
      const verb = v.clause[as - 1];
      const trained = verb !== undefined && TRAINING_VERBS.has(verb.low) ? verb.low : 'trained';
      const article = as === at - 2 ? `${v.clause[at - 1]!.low} ` : '';
      return `${trained} as ${article}${spanText(what)}`;
    },
  },
  {
    id: 'education.self-taught',
    match: 'self - taught|self-taught',
    key: 'education',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: () => 'self-taught',
  },
];

/** What "graduate" names a kind of, as a modifier ("graduate scheme", "graduate role"): no degree said to be held. */
const GRADUATE_KINDS: ReadonlySet<string> = new Set([
  'scheme',
  'schemes',
  'programme',
  'programmes',
  'program',
  'programs',
  'job',
  'jobs',
  'role',
  'roles',
  'position',
  'intake',
  'trainee',
  'visa',
  'route',
  'fair',
]);
