import { spanText } from '../../nlp/wink.js';
import { DIETS, FOODS } from '../lexicon/food.js';
import { RELATIONS } from '../lexicon/people.js';
import { POSSESSIVES } from '../../nlp/clauses.js';
import type { PatternSpec, ValueContext } from '../pattern.js';
import { contains, saidWithOther, template } from '../values.js';

/** Diet and allergies: what the user eats, avoids, and must never be served. */

const DRINKER_WORDS = new Set(['a', 'not', 'never', 'big', 'heavy', 'light', 'social', 'occasional', 'moderate', 'non', 'non-', 'drinker', 'much', 'of']);

/** How much the user drinks, in their words ("not a big drinker", "social drinker"); a plain "a drinker" says too little. */
function drinker(v: ValueContext): string | undefined {
  const last = v.tokens.slice(0, 6).find((t) => /^drinkers?$/.test(t.low));
  if (!last) return undefined;
  const at = v.clause.indexOf(last);
  const words = v.clause
    .slice(0, at + 1)
    .filter((t) => DRINKER_WORDS.has(t.low) || t.low === "n't" || t.low === 'nt')
    .map((t) => (t.low === "n't" || t.low === 'nt' ? 'not' : t.low));
  // "not a big drinker", "not much of a drinker": said as the plain fact (a value opening with "not" reads as a correction).
  if (words[0] === 'not' && words[1] !== 'a' && words.includes('non')) return 'non-drinker';
  if (words[0] === 'not') return 'light drinker';
  const text = words.join(' ').replace(/^a /, '');
  return text.includes(' ') ? text : undefined;
}

// ('else': "I eat everything else", after an allergy or a dislike.)
const EXCEPTIONS = new Set(['except', 'but', 'apart', 'besides', 'other', 'excluding', 'else']);

const SWAPPED_DRINKS: ReadonlySet<string> = new Set(['coffee', 'tea', 'soda', 'caffeine', 'coke', 'cola', 'juice', 'milk']);

/** Words of laughing: what is said with them is a joke ("allergic to mornings lol"). */
const LAUGHS: ReadonlySet<string> = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'jk', '😂', '🤣']);

export const DIET: readonly PatternSpec[] = [
  {
    id: 'diet.mention',
    match: 'eat~|eating|keep~|keeping|follow~|following|went|gone|turned|been|be~|stay~|staying|strictly|try~|trying ... {x:$diet}',
    key: 'diet',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    past: 'ok',
    // "went vegan" still holds; "used to be vegan", "was vegan for 6 yrs" no longer do.
    value: (v) =>
      v.clause.some((t) => t.low === 'used' || ((t.low === 'was' || t.low === 'were') && v.clause.indexOf(t) < v.clause.indexOf(v.tokens[0]!)))
        ? undefined
        : v.text,
  },
  { id: 'diet.be', match: 'be~ .. {x:$diet}', key: 'diet', strength: 'explicit', subjects: ['self', 'none', 'we'] },
  { id: 'diet.been', match: 'been .. {x:$diet}', key: 'diet', where: 'anywhere', subjects: ['self', 'none'], past: 'ok' },
  { id: 'diet.fragment', match: '.. {x:$diet}', key: 'diet', subjects: ['none'] },
  // "I stopped eating fish last year, so fully vegetarian now": what the user is now, said after what they stopped.
  {
    id: 'diet.so-now',
    match: ', so fully|strictly|completely|totally|properly? {x:$diet} now|these_days|nowadays',
    key: 'diet',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
  },
  { id: 'diet.eat-only', match: 'eat~|eating|keep~|keeping|follow~|following|do~|go~ .. {x:$diet}', key: 'diet', where: 'anywhere' },
  { id: 'diet.on-a-diet', match: 'on a|an? {x:np} diet', key: 'diet', where: 'anywhere' },
  {
    id: 'diet.not-eat',
    match: 'not|never eat~|drink~|touch~|handle~|stomach~|tolerate~|do~ {x:np}',
    key: 'diet',
    where: 'anywhere',
    // "we don't eat pork": the household's table is the user's.
    subjects: ['self', 'none', 'we'],
    negation: 'negative',
    value: (v) => (contains(FOODS)(v) ? `no ${v.text}` : undefined),
  },
  {
    id: 'diet.no-x-please',
    match: 'no {x:np}',
    key: 'diet',
    where: 'anywhere',
    subjects: ['none', 'self'],
    request: true,
    value: (v) =>
      contains(FOODS)(v) && v.clause.some((t) => ['please', 'pls', 'plz', 'for', 'ever', 'anything', 'at'].includes(t.low)) ? `no ${v.text}` : undefined,
  },
  // "not a big drinker tbh", "I'm a light drinker", "social drinker only"
  { id: 'diet.drinker', match: 'be~ {x:rest}', key: 'diet', negation: 'keep', list: false, value: drinker },
  { id: 'diet.drinker-fragment', match: '{x:rest}', key: 'diet', subjects: ['none'], negation: 'keep', list: false, value: drinker },
  {
    // "eat everything except mushrooms", "I'll eat anything but offal"
    id: 'diet.except',
    match: 'eat~|eating .. everything|anything except|but|apart_from|besides {x:np}',
    key: 'diet',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => (contains(FOODS)(v) || v.tokens.some((t) => t.pos === 'NOUN') ? `no ${v.text}` : undefined),
  },
  // "I eat anything", "I'll eat pretty much everything": no restrictions ("… except mushrooms" is diet.except's).
  {
    id: 'diet.eats-anything',
    match: 'eat~|eating .. anything|everything',
    key: 'diet',
    where: 'anywhere',
    value: (v) => (v.clause.some((t) => EXCEPTIONS.has(t.low)) ? undefined : 'eats anything'),
  },
  { id: 'diet.not-drink', match: 'not drink', key: 'diet', where: 'anywhere', negation: 'negative', value: () => 'no alcohol' },
  {
    // "I gave up meat", "stopped eating gluten two years ago", "quit sugar": a food given up is no longer eaten.
    id: 'diet.gave-up',
    match: 'gave|given|giving|give~|quit|quitting|stopped|stop~ up? eating|having? {x:$food}',
    key: 'diet',
    where: 'anywhere',
    past: 'ok',
    // (A drink given up for another, "gave up coffee, now it's green tea", is a change of drink, not a diet.)
    value: (v) => (v.tokens.some((t) => SWAPPED_DRINKS.has(t.low)) ? undefined : `no ${v.text}`),
  },
  {
    id: 'diet.gave-up-drinking',
    match: 'gave|given|giving|give~|quit|quitting|stopped|stop~ up? drinking|alcohol|booze|the_booze|the_drink',
    key: 'diet',
    where: 'anywhere',
    past: 'ok',
    value: (v) => (v.clause.some((t) => SWAPPED_DRINKS.has(t.low)) ? undefined : 'no alcohol'),
  },
  { id: 'diet.avoid', match: 'avoid~|avoiding|cut~|cutting out? .. {x:$food}', key: 'diet', where: 'anywhere', value: template('avoids {x}') },
  // "keep salt right down", "keeping my sugar low", "cutting down on carbs": less of it, not none.
  { id: 'diet.keep-down', match: 'keep~|keeping my? {x:$food} right|well|really? down|low', key: 'diet', where: 'anywhere', value: template('low {x}') },
  { id: 'diet.cut-down', match: 'cut~|cutting down|back on {x:$food}', key: 'diet', where: 'anywhere', value: template('less {x}') },
  {
    id: 'diet.off-the-menu',
    match: '{x:$food} be~ off the menu|out|off-limits|a no',
    key: 'diet',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
    value: template('no {x}'),
  },
  {
    // "pure veg, jain - no onion, garlic or potato", "We are Jain family so no onion, garlic, potato": foods left out, said
    // after the diet they belong to.
    id: 'diet.no-x-after-diet',
    match: 'no {x:list}',
    key: 'diet',
    where: 'anywhere',
    subjects: ['none', 'self', 'we'],
    request: true,
    list: true,
    value: (v) => {
      const before = v.sentence.slice(0, v.sentence.indexOf(v.tokens[0]!));
      const dietBefore = before.some((_, k) => DIETS.matchAt(before, k) > 0);
      // (Not another's diet: "my wife is vegan so no cheese on hers"; "we are Jain family" is the user's.)
      const another = before.some((t, k) => t.low === "'s" || (RELATIONS.matchAt(before, k) > 0 && POSSESSIVES.has(before[k - 1]?.low ?? '')));
      // (The first thing left out is a food: "no mixing meat and dairy" is a rule, not a food.)
      return dietBefore && !another && FOODS.matchAt(v.tokens, 0) > 0 ? `no ${v.text}` : undefined;
    },
  },
  {
    id: 'diet.no-x-for-me',
    match: 'no {x:$food} for me',
    key: 'diet',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    request: true,
    value: template('no {x}'),
  },
  { id: 'diet.eat-now', match: 'eat~|eating {x:list}', key: 'diet', where: 'anywhere', requires: 'current', value: template('eats {x}') },
  { id: 'diet.teetotal', match: '{x:$diet} my|all|since|for|here', key: 'diet', where: 'anywhere', subjects: ['none'] },

  {
    id: 'diet.allergic-to',
    match: 'allergic to {x:$allergen}',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    strength: 'explicit',
  },
  {
    // "I'm allergic to groundnut", "allergic to plasters": what the user says they are allergic to, named or not in the
    // allergen list, when it is a short noun phrase and not said laughing ("allergic to mornings lol").
    id: 'diet.allergic-to-other',
    match: 'allergic to {x:np}',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    fallback: true,
    value: (v) => {
      const words = v.tokens.filter((t) => t.pos !== 'DET');
      const head = words[words.length - 1];
      if (v.sentence.some((t) => LAUGHS.has(t.low))) return undefined;
      return words.length >= 1 &&
        words.length <= 3 &&
        head !== undefined &&
        (head.pos === 'NOUN' || head.pos === 'PROPN') &&
        !words.some((t) => t.pos === 'PRON')
        ? spanText(words)
        : undefined;
    },
  },
  {
    id: 'diet.allergy',
    match: '{x:$allergen} allergy|allergies|intolerance',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
    strength: 'explicit',
    value: (v) => (saidWithOther(v.clause, v.clause.indexOf(v.tokens[0]!)) ? undefined : v.text),
  },
  {
    id: 'diet.my-allergy',
    match: 'my {x:$allergen} allergy|allergies|intolerance',
    negation: 'keep',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'other'],
    strength: 'explicit',
    inQuestion: true,
  },
  {
    id: 'diet.allergy-to',
    match: 'allergy|allergies|intolerance|intolerant to {x:$allergen}',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr'],
    strength: 'explicit',
  },
  {
    id: 'diet.back-to',
    match: 'went|gone|go~|going|back to eating|eat~ {x:np}',
    key: 'diet',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => (v.clause.some((t) => t.low === 'back') ? `eats ${v.text}` : undefined),
  },
  {
    id: 'diet.started-eating',
    match: 'started|start~|starting|begun|began eating|to_eat {x:np}',
    key: 'diet',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
    value: (v) => (contains(FOODS)(v) ? `eats ${v.text}` : undefined),
  },
  {
    id: 'diet.cleft-allergic',
    match: "it be~|'s {x:$allergen} .. i be~ allergic",
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['other', 'none', 'self'],
  },
  {
    id: 'diet.not-like',
    match: 'not like~|love~|enjoy~|stand~ {x:np}',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    negation: 'negative',
    value: (v) => (contains(FOODS)(v) ? v.text : undefined),
  },
  {
    id: 'diet.tastes-like',
    match: '{x:$food} taste~|tastes|smell~|smells like soap|crap|death|nothing|dirt',
    key: 'dislikes',
    category: 'preferences',
    where: 'anywhere',
    subjects: ['other', 'none'],
  },
  {
    id: 'diet.reaction',
    match:
      '{x:$allergen} ... make~|makes|give~|gives|gave|made me|my ... ill|sick|hives|rash|swell|swells|swelling|itchy|headache|migraine|react|bloated|throat|breathe|wheezy|wheeze|vomit|puke|spots|eczema',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
  },
  {
    id: 'diet.makes-me-ill',
    match: '{x:$allergen} make~|give~ me .. ill|sick|rash|hives|react|swell',
    key: 'allergies',
    category: 'other',
    where: 'anywhere',
    subjects: ['none', 'other', 'self'],
  },
  { id: 'diet.react-to', match: 'react~|reacting badly? to {x:$allergen}', key: 'allergies', category: 'other', where: 'anywhere' },
  { id: 'diet.can-not-have', match: 'can not have|eat {x:$allergen}', key: 'allergies', category: 'other', where: 'anywhere', negation: 'negative' },
];
