import { BODY_PARTS, TITLE_LIKE } from '../lexicon/health.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import type { Token } from '../../nlp/wink.js';

/** Health and accessibility: conditions, aids, medicines — what an assistant most needs to know. */

/** Verbs of hurting a part of the body. */
const INJURING =
  'sprained|sprain~|broke|broken|break~|fractured|fracture~|tore|torn|tear~|twisted|twist~|pulled|dislocated|dislocate~|injured|injure~|hurt|strained|strain~|bruised|busted|snapped|cracked|rolled|wrecked|done';

/** Reactions something sets off ("dermatitis from bleach", "hives from latex"). */
const REACTION_WORDS: ReadonlySet<string> = new Set('dermatitis rash rashes hives eczema reaction reactions wheezing wheezy welts blisters'.split(' '));
const REACTIONS = [...REACTION_WORDS].join('|');
/** Words after a reaction that are no trigger ("a rash from the heat", "hives from stress" are kept; "from work", "from time to time" are not). */
const NOT_TRIGGERS: ReadonlySet<string> = new Set([
  'time',
  'work',
  'years',
  'year',
  'months',
  'weeks',
  'days',
  'childhood',
  'birth',
  'now',
  'then',
  'everything',
  'anything',
]);

/** Whether the span after a reaction names a thing that sets it off (no pronoun, no time or place of work). */
function namesTrigger(v: ValueContext): boolean {
  return !v.tokens.some((t) => t.pos === 'PRON' || NOT_TRIGGERS.has(t.low));
}

/** Words of a finding: a test, a scan, a result ("got tested and it was IBS"). */
const FINDINGS: ReadonlySet<string> = new Set([
  'tested',
  'test',
  'tests',
  'results',
  'result',
  'scan',
  'scans',
  'bloods',
  'biopsy',
  'diagnosed',
  'turns',
  'turned',
]);

/** Those who name a condition ("the GP says it's …", "physio reckons it's …"). */
const CLINICIAN_WORDS: ReadonlySet<string> = new Set(
  'gp doctor doc dr physio physiotherapist consultant specialist surgeon nurse dentist optician optometrist dermatologist rheumatologist neurologist cardiologist audiologist osteopath chiropractor psychiatrist'.split(
    ' ',
  ),
);
const CLINICIANS = [...CLINICIAN_WORDS].join('|');
/** Possessives of others before a clinician ("his physio", "their GP"). */
const OTHERS_OWN: ReadonlySet<string> = new Set(['his', 'her', 'their', 'your']);

/** How a part of the body that is not right is said ("my hip is dodgy", "my knees are shot"). */
const UNWELL_PARTS: ReadonlySet<string> = new Set(['dodgy', 'bad', 'knackered', 'shot', 'wonky', 'weak', 'gammy', 'iffy', 'buggered', 'stuffed', 'arthritic']);
/**
 * What a part of the body keeps doing or is ("my left knee's been clicking", "my back's been killing me", "my wrist is
 * swollen"), said after it ("knee clicking", "back pain", "wrist swollen").
 */
const PART_SYMPTOMS: ReadonlyMap<string, string> = new Map([
  ...['clicking', 'aching', 'hurting', 'throbbing', 'tingling', 'locking', 'swollen', 'sore', 'stiff', 'numb', 'painful'].map((w) => [w, w] as const),
  ['killing', 'pain'],
  ['playing', 'playing up'],
]);

/** The words for a part of the body that is not right, as stored: "dodgy hip", "left knee clicking". */
function partUnwell(v: ValueContext): string | undefined {
  const how = v.slot('y')?.toLowerCase() ?? '';
  const part = v.text.toLowerCase();
  if (UNWELL_PARTS.has(how)) return `${how} ${part}`;
  const symptom = PART_SYMPTOMS.get(how);
  if (symptom === undefined) return undefined;
  // ("my back's been playing up": only with its "up"; a side said before the part is kept.)
  const at = v.clause.indexOf(v.tokens[0]!);
  if (how === 'playing' && v.clause.find((t, k) => k > at && t.low === 'playing' && v.clause[k + 1]?.low === 'up') === undefined) return undefined;
  const side = ['left', 'right', 'lower', 'upper'].includes(v.clause[at - 1]?.low ?? '') ? `${v.clause[at - 1]!.low} ` : '';
  return `${side}${part} ${symptom}`;
}

/**
 * "left hip replaced", "knee reconstructed", "knee replacement": the part (with its side) and what was done to it (the
 * word said after it) or is due.
 */
function sideAndPart(v: ValueContext, what?: string): string {
  const at = v.clause.indexOf(v.tokens[0]!);
  const side = v.clause[at - 1];
  const part = side && (side.low === 'left' || side.low === 'right') ? `${side.low} ${v.text}` : v.text;
  return `${part} ${what ?? v.clause[at + v.tokens.length]?.low ?? 'replaced'}`;
}
/** "sprained my left ankle", "tore my ACL": an injury to a part of the body. */
const INJURY = `${INJURING} my left|right|lower|upper? {x:$bodypart}`;

/** "tore ACL", "sprained left ankle": the injury as said, its verb and the part with its side. */
function injuryText(v: ValueContext): string {
  const at = v.clause.indexOf(v.tokens[0]!);
  const words = v.clause.slice(0, at).filter((t) => t.low !== 'my');
  const verb = [...words].reverse().find((t) => t.pos === 'VERB' || t.pos === 'ADJ' || t.low === 'broken' || t.low === 'torn');
  const side = v.clause[at - 1];
  const where = side && ['left', 'right', 'lower', 'upper'].includes(side.low) ? `${side.low} ${v.text}` : v.text;
  return verb ? `${verb.low} ${where}` : where;
}

/** Words of a repair that makes an injury lasting ("had it reconstructed"). */
const LASTING_INJURY: ReadonlySet<string> = new Set(['reconstructed', 'reconstruction', 'operated', 'surgery', 'pinned', 'plated']);

/** The sentence puts an injury years back or makes it lasting ("in 2022", "last year", "years ago", "had it reconstructed"). */
function longPast(sentence: readonly Token[]): boolean {
  return sentence.some(
    (t, k) =>
      LASTING_INJURY.has(t.low) ||
      (/^(?:19|20)\d\d$/.test(t.text) && sentence[k - 1]?.low === 'in') ||
      (t.low === 'year' && sentence[k - 1]?.low === 'last') ||
      (t.low === 'ago' && /^(?:years|yrs)$/.test(sentence[k - 1]?.low ?? '')),
  );
}

const SENSE_ORGANS: ReadonlySet<string> = new Set(['ear', 'ears', 'eye', 'eyes']);
const WHOSE_PART: ReadonlySet<string> = new Set(['my', 'one', 'both', 'the']);

/** "deaf in my left ear", "arthritis in both knees": the condition with the part (and side) it is in, when said after it. */
function conditionWithPart(v: ValueContext): string {
  let k = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
  if (v.clause[k]?.low !== 'in') return v.text;
  k++;
  // ("in one ear", "in both knees" keep how many.)
  const count = v.clause[k]?.low === 'one' || v.clause[k]?.low === 'both' ? v.clause[k]!.low : undefined;
  if (WHOSE_PART.has(v.clause[k]?.low ?? '')) k++;
  const side = v.clause[k]?.low === 'left' || v.clause[k]?.low === 'right' ? v.clause[k++]!.low : undefined;
  const part = v.clause[k];
  if (part === undefined || !(SENSE_ORGANS.has(part.low) || BODY_PARTS.matchAt(v.clause, k) === 1)) return v.text;
  return [v.text, 'in', count, side, part.low].filter((w) => w !== undefined).join(' ');
}

/** The side or part of the body said before it ("left knee", "lower back"), in the pattern language. */
const PART_SIDE = 'left|right|lower|upper?';
/** What a part of the body has been, after its verb ("been really sore", "still killing me"), in the pattern language. */
const UNWELL_TAIL = 'been? really|very|pretty|so|a_bit|bit|proper|still|always|constantly? {y:word}';

export const HEALTH: readonly PatternSpec[] = [
  {
    // "My own hip is dodgy", "my knees are shot these days": a lasting trouble with a part of the body.
    id: 'health.part-unwell',
    match: `my own? ${PART_SIDE} {x:$bodypart} be~|'s|has|have ${UNWELL_TAIL}`,
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr', 'other'],
    value: partUnwell,
  },
  {
    // "knees r shot after 30 yrs of kneeling": the same said as a fragment the message opens with.
    id: 'health.part-unwell-fragment',
    match: `${PART_SIDE} {x:$bodypart} be~|r|'s|has|have ${UNWELL_TAIL}`,
    key: 'health_conditions',
    where: 'anywhere',
    // ("knee's swollen again": the part opening the sentence may be read as its subject.)
    subjects: ['none', 'other'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const opens = at === 0 || (at === 1 && ['left', 'right', 'lower', 'upper'].includes(v.clause[0]!.low));
      return v.sentence[0] === v.clause[0] && opens ? partUnwell(v) : undefined;
    },
  },
  {
    // "sprained my left ankle on saturday", "I broke my wrist skiing": a recent injury (short-lived).
    id: 'health.injury',
    match: INJURY,
    key: 'injury',
    category: 'other',
    bucket: 'dynamic',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => (longPast(v.sentence) ? undefined : injuryText(v)),
  },
  {
    // "tore my ACL in a training drill in 2022, had it reconstructed": an injury of years ago that is still told of lasts.
    id: 'health.injury.lasting',
    match: INJURY,
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => (longPast(v.sentence) ? injuryText(v) : undefined),
  },
  {
    // "had my left hip replaced in august", "got my knee reconstructed in 2022": a joint replaced or rebuilt stays so.
    id: 'health.replaced',
    match: 'had|got my left|right? {x:$bodypart} replaced|reconstructed|resurfaced',
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => sideAndPart(v),
  },
  {
    // "I'm having my hip replaced at the Royal Derby on the 14th": the operation to come, with its time.
    id: 'health.replacement-due',
    match: 'having|getting my left|right? {x:$bodypart} replaced|done|operated',
    key: 'upcoming_events',
    category: 'other',
    bucket: 'dynamic',
    where: 'anywhere',
    subjects: ['self', 'none'],
    requires: 'time',
    value: (v) => sideAndPart(v, 'replacement'),
  },
  {
    id: 'health.condition.mention',
    match:
      'have~|got|get~|diagnosed|living|live~|deal~|dealing|struggle~|struggling|suffer~|suffering|manage~|managing|battling|battle~|fighting|recovering|recover~|cope~|coping ... {x:$condition}',
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    strength: 'explicit',
    value: conditionWithPart,
  },
  {
    id: 'health.access.mention',
    match: 'use~|using|rely~|relying|need~|wear~|wearing|have~|got ... {x:$accessibility}',
    key: 'accessibility',
    where: 'anywhere',
    subjects: ['self', 'none'],
  },
  {
    // "When should I take my metformin if I'm on nights?", "can I drink on my sertraline": the user's own medicine, named inside a
    // question or a request.
    id: 'health.medication.my',
    match: 'my {x:$medication}',
    key: 'medications',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'we'],
    inQuestion: true,
    request: true,
  },
  {
    id: 'health.medication.mention',
    match: 'on|take~|taking|prescribed ... {x:$medication}',
    key: 'medications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    strength: 'explicit',
  },
  {
    id: 'health.condition.have',
    match: 'have~|got|get~ .. {x:$condition}',
    key: 'health_conditions',
    where: 'anywhere',
    strength: 'explicit',
    value: conditionWithPart,
  },
  {
    id: 'health.condition.diagnosed',
    match: 'diagnosed|diagnosis with|of? .. {x:$condition}',
    key: 'health_conditions',
    where: 'anywhere',
    past: 'ok',
    strength: 'explicit',
    value: conditionWithPart,
  },
  {
    id: 'health.condition.live-with',
    match: 'live~|living|deal~|dealing|struggle~|struggling|suffer~|suffering|cope~|coping|manage~|managing with|from .. {x:$condition}',
    key: 'health_conditions',
    where: 'anywhere',
    strength: 'explicit',
    value: conditionWithPart,
  },
  {
    // "22 weeks pregnant", "six months pregnant": how far along, not just "pregnant".
    id: 'health.pregnant-weeks',
    match: '{n:num} weeks|months|wks pregnant|along',
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => `${v.slot('n')} ${v.clause.find((t) => /^(?:weeks|months|wks)$/.test(t.low))!.low} pregnant`,
  },
  {
    // "the GP says it's occupational rhinitis", "physio says its early osteoarthritis": a condition a clinician named.
    id: 'health.condition.clinician-says',
    match: `${CLINICIANS} say~|said|reckon~|reckoned|think~|thought|confirm~|confirmed it|its|that be~? .. {x:$condition}`,
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    // ("Not asthma actually — the GP says it's rhinitis": what is denied before is another condition.)
    negation: 'keep',
    past: 'ok',
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const by = v.clause.findIndex((t) => CLINICIAN_WORDS.has(t.low));
      const before = v.clause[by - 1];
      // ("my mum's GP says it's arthritis", "his physio said it's tendinitis": someone else's clinician.)
      if (before !== undefined && (before.low === "'s" || OTHERS_OWN.has(before.low))) return undefined;
      return v.clause.slice(by, at).some((t) => t.low === 'not' || t.low === "n't") ? undefined : v.text;
    },
  },
  {
    // "I get contact dermatitis from bleach", "hives from latex", "a rash off nickel": what sets off a reaction of the skin or
    // airways (and "… and anything with limonene in it": a thing named by what it holds).
    id: 'health.reaction-from',
    match: `${REACTIONS} from|off|with {x:np}`,
    key: 'allergies',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (namesTrigger(v) ? v.text : undefined),
  },
  {
    id: 'health.reaction-from-anything',
    match: 'anything|everything|stuff with {x:np}',
    key: 'allergies',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const at = v.clause.indexOf(v.tokens[0]!);
      const reaction = v.clause.slice(0, at).some((t, k, all) => REACTION_WORDS.has(t.low) && ['from', 'off', 'with'].includes(all[k + 1]?.low ?? ''));
      return reaction && namesTrigger(v) ? v.text : undefined;
    },
  },
  {
    // "got tested and it was just IBS flaring up", "the scan showed it was sciatica", "turns out it's coeliac": a condition a
    // test found, in the past tense of the finding.
    id: 'health.condition.found',
    match: 'it|its be~|turned_out_to_be|turns_out_to_be .. {x:$condition}',
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
    past: 'ok',
    value: (v) => (v.sentence.some((t) => FINDINGS.has(t.low)) && !v.clause.some((t) => t.low === 'not' || t.low === "n't") ? v.text : undefined),
  },
  { id: 'health.condition.be', match: 'be~ .. {x:$condition}', key: 'health_conditions', value: conditionWithPart },
  {
    id: 'health.condition.fragment',
    match: '.. {x:$condition}',
    key: 'health_conditions',
    subjects: ['none'],
    // ("priya raghunathan, Ms": a title after a name, not multiple sclerosis.)
    value: (v) => (TITLE_LIKE.has(v.text) && v.clause.indexOf(v.tokens[0]!) > 0 ? undefined : v.text),
  },
  {
    id: 'health.condition.my',
    match: 'my {x:$condition}',
    negation: 'keep',
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'we'],
    inQuestion: true,
    // "can you suggest meals that help my IBS": the user's own condition, named inside a request.
    request: true,
  },
  {
    id: 'health.condition.as-a',
    match: 'as_a|as_an|someone_with .. {x:$condition}',
    key: 'health_conditions',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
  },

  {
    id: 'health.access.use',
    match: 'use~|using|rely_on|need~|wear~|have~ a|an|my? .. {x:$accessibility}',
    key: 'accessibility',
    where: 'anywhere',
    value: (v) => (v.clause.some((t) => ['i', 'me', 'my'].includes(t.low)) ? v.text : undefined),
  },
  {
    // "I use JAWS with a braille display", "dictating this with voice control because of my RSI": an aid the user works with.
    id: 'health.access.with',
    match: 'with a|an|my? .. {x:$accessibility}',
    key: 'accessibility',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) =>
      v.clause.some((t) => ['i', 'me', 'my'].includes(t.low)) &&
      v.clause.some((t) => ['use', 'rely', 'dictate', 'type', 'read', 'listen', 'work'].includes(t.lemma))
        ? v.text
        : undefined,
  },
  {
    id: 'health.access.my',
    match: 'my {x:$accessibility}',
    negation: 'keep',
    key: 'accessibility',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'we'],
    inQuestion: true,
    // "can you suggest meals that help my IBS": the user's own condition, named inside a request.
    request: true,
  },
  { id: 'health.access.user', match: '{x:$accessibility} user', key: 'accessibility', where: 'anywhere', subjects: ['self', 'none'] },

  { id: 'health.medication.on', match: 'be~ on {x:$medication}', key: 'medications', strength: 'explicit' },
  { id: 'health.medication.take', match: 'take~|taking .. {x:$medication}', key: 'medications', where: 'anywhere', strength: 'explicit' },
  {
    // "I'm terrified of flying, like properly", "petrified of heights", "scared of needles": a lasting fear of one thing.
    id: 'health.fear',
    match: 'be~ terrified|scared|afraid|frightened|petrified of {x:np}',
    key: 'fears',
    value: (v) => {
      const words = v.tokens.filter((t) => t.low !== 'the');
      // One thing, not an occasion ("scared of the interview tomorrow", "afraid of messing it up").
      const one = words.length === 1 && (words[0]!.pos === 'NOUN' || words[0]!.low.endsWith('ing'));
      const after = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
      const ends = after === undefined || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.low === 'like' || after.low === 'since';
      return one && ends && !v.clause.some((t) => FOR_NOW.has(t.low)) ? v.text : undefined;
    },
  },
];

/** Words that make a fear an occasion's ("scared of the interview tomorrow"). */
const FOR_NOW = new Set(['tomorrow', 'today', 'tonight', 'tmrw', 'tmr', 'next', 'this', 'later', 'upcoming', 'interview', 'exam', 'results', 'test']);
