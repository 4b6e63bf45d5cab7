import { CERTIFICATES } from '../families.js';
import { LANGUAGES, PROGRAMMING, TOOLS } from '../lexicon/languages.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { contains } from '../values.js';

/** Skills and tools: what the user knows and uses. */

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

export const SKILLS: readonly PatternSpec[] = [
  {
    id: 'skills.certificate',
    match: 'got|have~|hold~|earned|passed|gained|with .. a|an|my? {x:np}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => (CERTIFICATES.matchAt(v.tokens, v.tokens.length - 1) > 0 && v.tokens.length >= 2 && v.tokens.length <= 6 ? v.text : undefined),
  },
  {
    id: 'skills.certified-as',
    match: 'certified|qualified|licensed|registered|accredited|chartered as? a|an? {x:np}',
    key: 'certifications',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => (v.tokens.length <= 5 && v.tokens[0]?.pos !== 'PRON' ? v.text : undefined),
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
      'be~? good|great|decent|strong|solid|comfortable|proficient|fluent|experienced|skilled|expert|confident|handy|competent|ok|okay|alright at|in|with {x:list}',
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
    match: 'new_to|starting_with|starting_out_with|started_with|getting_into|learning|beginner_at|beginner_in {x:np}',
    key: 'learning',
    category: 'expertise',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (v.tokens[0]?.pos === 'PRON' || v.tokens[0]?.low === 'this' ? undefined : v.text),
  },

  { id: 'skills.tools.use', match: 'use~|using|run~|running|on .. {x:$tool}', key: 'tools', where: 'anywhere', list: true },
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
    match: '{x:$tool} power? user|hobbyist|fan|nerd|person|guy|girl|native|convert|diehard|addict|wizard|whizz|whiz|ninja|guru',
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
