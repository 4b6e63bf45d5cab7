import { QUALIFICATIONS, SCHOOL_WORDS } from '../lexicon/education.js';
import type { PatternSpec } from '../pattern.js';
import { contains, template } from '../values.js';

/** Education: degrees, schools, studies, stages. */

const schooling = contains(QUALIFICATIONS, SCHOOL_WORDS);

export const EDUCATION: readonly PatternSpec[] = [
  {
    id: 'education.study',
    match: 'study~|studying|studied|majoring|major~|majored in? {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: (v) => (v.tokens[0]?.pos === 'PRON' || ['for', 'up', 'the', 'it', 'this', 'that'].includes(v.tokens[0]?.low ?? '') ? undefined : v.text),
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
      'did|do~|doing|done|completed|finished|got|get~|have~|hold~|earned|taking|sitting|started|starting|finishing|passed|cleared|sat|took|finish|pass|in_my {x:rest}',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: schooling,
  },
  { id: 'education.graduated', match: 'graduated|graduate~ from|in? {x:rest}', key: 'education', where: 'anywhere', past: 'ok' },
  { id: 'education.went-to', match: 'went|go~ to {x:rest}', key: 'education', where: 'anywhere', past: 'ok', value: schooling },
  {
    id: 'education.dropped-out',
    match: 'dropped|drop~ out of? {x:rest}?',
    key: 'education',
    where: 'anywhere',
    past: 'ok',
    value: template('dropped out of {x}'),
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
  { id: 'education.fragment', match: '{x:rest}', key: 'education', subjects: ['none'], value: schooling },
  {
    id: 'education.self-taught',
    match: 'self - taught|self-taught',
    key: 'education',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: () => 'self-taught',
  },
];
