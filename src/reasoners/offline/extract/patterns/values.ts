import type { PatternSpec } from '../pattern.js';

/** Values and beliefs stated as lasting ("I keep Shabbat", "I avoid flying for climate reasons"). */

const REASONS = new Set(['ethical', 'religious', 'environmental', 'climate', 'moral', 'faith', 'sustainability', 'political', 'personal', 'cultural']);

export const VALUES: readonly PatternSpec[] = [
  { id: 'values.pray', match: 'pray~|praying {x:rest}?', key: 'values', where: 'anywhere', value: (v) => `pray ${v.text}`.trim() },
  { id: 'values.keep', match: 'keep~|observe~|observing|celebrate~|follow~ {x:$observance}', key: 'values', where: 'anywhere' },
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
    negation: 'negative',
    value: (v) => `no ${v.clause.find((t) => ['gamble', 'smoke', 'swear', 'bet', 'vote', 'fly', 'drive'].includes(t.low))?.low ?? ''}`.trim(),
  },
  {
    id: 'values.for-reasons',
    match: 'be~? {x:rest} for .. reasons',
    key: 'values',
    value: (v) => (v.clause.some((t) => REASONS.has(t.low)) && v.tokens.length <= 8 ? v.text : undefined),
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
    match: 'not|never buy~|shop~|use~|eat~|fly~|support~ .. from|at|with? {x:np}',
    key: 'values',
    where: 'anywhere',
    negation: 'negative',
    value: (v) => (v.clause.some((t) => ['principle', 'ethical', 'ethics', 'ever', 'climate', 'reasons'].includes(t.low)) ? `avoids ${v.text}` : undefined),
  },
  { id: 'values.believer', match: 'believer in {x:np}', key: 'values', where: 'anywhere', subjects: ['self', 'none'] },
  { id: 'values.x-only', match: '{x:np} only for me', key: 'values', where: 'anywhere', subjects: ['none', 'self'] },
  { id: 'values.only', match: 'only buy~|wear~|use~|shop~|eat~|drink~ {x:rest}', key: 'values', where: 'anywhere', value: (v) => `only ${v.text}` },
  { id: 'values.matters', match: '{x:np} matter~|matters .. to me', key: 'values', where: 'anywhere', subjects: ['self', 'none', 'other'] },
  { id: 'values.care', match: 'care~ deeply? about {x:np}', key: 'values', where: 'anywhere' },
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
