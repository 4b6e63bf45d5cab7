import { OCCUPATIONS } from '../lexicon/people.js';
import { PLACES } from '../lexicon/places.js';
import { WORKPLACES } from '../families.js';
import { spanText } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { endsWith, without } from '../values.js';

/** Work: role, employer, industry, how and where the work is done. */

const role = endsWith(OCCUPATIONS);

/** An employer: a name ("Acme", "Prairie Span Engineering") or a described workplace ("a construction firm"). */
function employer(v: ValueContext): string | undefined {
  if (v.tokens.length === 0 || v.tokens.length > 6) return undefined;
  const first = v.tokens[0]!;
  if (first.pos === 'PRON' || ['home', 'night', 'nights', 'weekends', 'least', 'times', 'work', 'the moment', 'moment', 'school'].includes(first.low))
    return undefined;
  // "at a hospital in Leeds": a place alone is not an employer.
  if (PLACES.matchAt(v.tokens, 0) === v.tokens.length && v.tokens.every((t) => t.pos === 'PROPN')) return undefined;
  return v.text;
}

/** "a construction firm" -> "construction" (the industry is the firm's modifier). */
function industryOfWorkplace(v: ValueContext): string | undefined {
  const tokens = v.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (WORKPLACES.matchAt(tokens, k) === tokens.length - k) {
      const words = tokens
        .slice(0, k)
        .filter(
          (t) =>
            ![
              'a',
              'an',
              'the',
              'big',
              'small',
              'large',
              'local',
              'tiny',
              'huge',
              'global',
              'series',
              'new',
              'same',
              'current',
              'old',
              'family',
              'my',
              'our',
              'busy',
              'good',
              'great',
              'nice',
              'major',
              'leading',
              'top',
              'well-known',
              'famous',
              'mid-size',
              'mid-sized',
              'medium',
              'small-ish',
            ].includes(t.low) && t.pos !== 'NUM',
        );
      return words.length > 0 && words.every((t) => t.pos !== 'PROPN') ? words.map((t) => t.text).join(' ') : undefined;
    }
  }
  return undefined;
}

const notAPlace = (v: ValueContext): string | undefined => (PLACES.matchAt(v.tokens, 0) === v.tokens.length ? undefined : v.text);

export const WORK: readonly PatternSpec[] = [
  { id: 'work.role.be', match: 'be~ {x:np}', key: 'role', value: role },
  { id: 'work.role.work-as', match: 'work~ .. as {x:np}', key: 'role', where: 'anywhere', strength: 'explicit', value: without(['for', 'at']) },
  {
    id: 'work.role.training-to-be',
    match: 'training|studying|retraining|apprenticed|learning to be|become a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    value: (v) => (role(v) ? `training to be ${/^[aeiou]/i.test(v.text) ? 'an' : 'a'} ${v.text}` : undefined),
  },
  {
    id: 'work.role.be-lexicon',
    match: 'be~ a|an {x:$occupation}',
    key: 'role',
    value: (v) => (v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1]?.low === "'s" ? undefined : v.text),
  },
  {
    id: 'work.role.employed-as',
    match: 'employed|hired|contracted|taken_on|working|work~ by|for .. as a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    strength: 'explicit',
    value: role,
  },
  {
    id: 'work.role.someone-who',
    match: "as someone who|that be~|'s|has|have been? a|an {x:np}",
    key: 'role',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: role,
  },
  { id: 'work.style.be-a', match: 'be~ a|an {x:$workstyle}', key: 'work_style' },
  {
    id: 'work.status.retired',
    match: 'retired|retire~|semi-retired',
    key: 'work_status',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => v.clause.find((t) => /^(?:semi-)?retired?$/.test(t.low))?.low.replace(/^retire$/, 'retired') ?? 'retired',
  },
  {
    id: 'work.role.job-is',
    match: "be~|'s {x:np}",
    key: 'role',
    subjects: ['attr'],
    attr: ['job', 'role', 'title', 'occupation', 'profession', 'position', 'work'],
    strength: 'explicit',
  },
  { id: 'work.role.fragment', match: '{x:np}', key: 'role', subjects: ['none'], value: role, strength: 'plain' },
  { id: 'work.role.here', match: '{x:np} here|by', key: 'role', where: 'anywhere', subjects: ['none', 'self'], value: role },
  { id: 'work.role.as-a', match: 'as a|an {x:np} ,|i|my|we|-', key: 'role', where: 'anywhere', subjects: ['none', 'self'], value: role },
  { id: 'work.role.promoted', match: 'get~|be~ promoted to {x:np}', key: 'role', where: 'anywhere', past: 'ok', strength: 'explicit' },
  {
    id: 'work.role.became',
    match: 'become~|became|start~|starting|going|go~ freelance? as|a|an {x:np}',
    key: 'role',
    where: 'anywhere',
    past: 'ok',
    value: role,
  },
  { id: 'work.role.for-a-living', match: '{x:rest} for a living', key: 'role', where: 'anywhere', subjects: ['self', 'none'], strength: 'explicit' },
  {
    id: 'work.role.verb',
    match: '{x:rest}',
    key: 'role',
    value: (v) => {
      if (!/^(?:lecture|teach|nurse|tutor|coach|manage|run|own|freelance|consult|practise|practice)s?\b/i.test(v.text)) return undefined;
      // The verb and its object: "teach year 6", "run a small bakery", "lecture in civil engineering".
      const cut = v.tokens.findIndex((t, k) => k >= 2 && t.pos === 'ADP');
      const words = v.tokens.slice(0, cut < 0 ? 6 : Math.min(cut, 6));
      return spanText(words);
    },
  },
  { id: 'work.status.be', match: 'be~ {x:$workstatus}', key: 'work_status', past: 'ok' },
  { id: 'work.status.fragment', match: '{x:$workstatus}', key: 'work_status', subjects: ['none'] },
  { id: 'work.status.semi', match: 'semi - retired', key: 'work_status', subjects: ['none', 'self'], where: 'anywhere', value: () => 'semi-retired' },

  { id: 'work.company.work-at', match: 'work~ .. at|for {x:np}', key: 'company', where: 'anywhere', value: employer },
  {
    id: 'work.company.role-at',
    match: '$occupation at|for|with {x:np}',
    key: 'company',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    value: employer,
  },
  {
    id: 'work.company.joined',
    match: 'join~|joined|start~ at? {x:np}',
    key: 'company',
    where: 'anywhere',
    past: 'ok',
    value: (v) => (v.tokens.every((t) => t.pos === 'PROPN') ? v.text : undefined),
  },
  {
    id: 'work.company.be-at',
    match: 'be~ now? at|with {x:np}',
    key: 'company',
    value: (v) =>
      v.clause.some((t) => ['work', 'job', 'doing', 'startup', 'company', 'firm'].includes(t.low)) || v.tokens.some((t) => WORKPLACES.has(t.low))
        ? employer(v)
        : undefined,
    requires: 'current',
  },
  { id: 'work.company.quit', match: 'quit|left|leave|leaving|resign~ from? {x:name}', key: 'company', where: 'anywhere', retracts: true, past: 'ok' },

  { id: 'work.industry.work-in', match: 'work~ .. in {x:np}', key: 'industry', where: 'anywhere', value: notAPlace },
  { id: 'work.industry.the-industry', match: 'in the {x:np} industry|sector|trade|field|business', key: 'industry', where: 'anywhere' },
  {
    id: 'work.industry.workplace',
    match: 'at|for|with|in a|an|the {x:np}',
    key: 'industry',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: industryOfWorkplace,
  },
  { id: 'work.industry.been-in', match: 'be~ in {x:np} for|since', key: 'industry', value: notAPlace },
  { id: 'work.team', match: 'on|in the {x:np} team|squad|desk|department|dept', key: 'team', category: 'role', where: 'anywhere', subjects: ['self', 'none'] },

  { id: 'work.style.work', match: 'work~ .. {x:$workstyle}', key: 'work_style', where: 'anywhere' },
  { id: 'work.style.be', match: 'be~ {x:$workstyle}', key: 'work_style' },
  { id: 'work.style.fragment', match: '{x:$workstyle} since|for|now|,|here|-|these|at|in|and?', key: 'work_style', subjects: ['none'] },
];
