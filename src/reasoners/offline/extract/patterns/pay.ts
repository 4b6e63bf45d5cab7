import { spanText, type Token } from '../../nlp/wink.js';
import type { PatternSpec, ValueContext } from '../pattern.js';

/**
 * What the user is paid: "I make about 68k", "I'm on £38,500 a year", "earning $3,200 a month", "my salary's 45k".
 * A number counts as pay only when it is money by its sign, its "k" or "grand", a currency word or a period of pay
 * after it ("I make 3 batches a week" is no pay; "make £500 a week from the stall" is).
 */

const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['£', '$', '€', '₹', '¥', '₦', '₵', 'r', 'ksh', 'gh₵', 'rs', 'us$', 'a$', 'c$', 'nz$']);
const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'pounds',
  'quid',
  'dollars',
  'bucks',
  'euros',
  'rand',
  'naira',
  'cedis',
  'shillings',
  'rupees',
  'lakh',
  'lakhs',
  'grand',
]);
const THOUSANDS: ReadonlySet<string> = new Set(['k', 'grand']);
const PERIODS: ReadonlySet<string> = new Set(['year', 'annum', 'month', 'week', 'fortnight', 'hour', 'day', 'yr', 'hr', 'pa', 'ph']);
/** Words that may stand between the verb and the amount ("make about 68k", "take home roughly £2,400"). */
const ROUGHLY: ReadonlySet<string> = new Set([
  'about',
  'around',
  'roughly',
  'approx',
  'approximately',
  'nearly',
  'almost',
  'just',
  'over',
  'under',
  'like',
  'maybe',
  'only',
  'a',
  'bit',
  'little',
  'less',
  'more',
  'than',
]);
const SINGLE_CURRENCY = /^[£$€₹¥₦₵]$/;

/** The amount of pay at the start of `tokens` (after words of approximation), with its sign, "k" and period. */
function amount(tokens: readonly Token[]): string | undefined {
  let i = 0;
  while (i < tokens.length && ROUGHLY.has(tokens[i]!.low) && i < 4) i++;
  const start = i;
  let money = false;
  if (tokens[i] && (CURRENCY_SIGNS.has(tokens[i]!.low) || SINGLE_CURRENCY.test(tokens[i]!.text))) {
    money = true;
    i++;
  }
  const number = tokens[i];
  if (!number || !/^\d[\d,.]*$/.test(number.text)) return undefined;
  i++;
  // ("68k.": the tagger keeps a closing full stop on the "k".)
  const unit = tokens[i]?.low.replace(/\.$/, '') ?? '';
  if (THOUSANDS.has(unit) || CURRENCY_WORDS.has(unit)) {
    money = true;
    i++;
  }
  // "a year", "per annum", "an hour", "/yr"
  const per = tokens[i];
  if (per && ['a', 'an', 'per', '/', 'p', 'each', 'every'].includes(per.low) && tokens[i + 1] && PERIODS.has(tokens[i + 1]!.lemma)) {
    // (A bare number with a period is pay only from ten up: "I make 15 an hour", not "I'm on 2 a day".)
    money ||= Number(number.text.replace(/,/g, '')) >= 10;
    i += 2;
  }
  return money
    ? spanText(tokens.slice(start, i))
        .replace(/([£$€₹¥₦₵]) /g, '$1')
        .replace(/(\d) k\b/g, '$1k')
        .replace(/\.$/, '')
    : undefined;
}

const pay = (v: ValueContext): string | undefined => amount(v.tokens);
/** Someone else in a clause ("she's band 6", "his band"). */
const THIRD_PERSONS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'they', 'their', 'him', 'them']);

export const PAY: readonly PatternSpec[] = [
  {
    id: 'pay.earn',
    match: 'earn~|earning|make|makes|making {x:rest}',
    key: 'salary',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: pay,
  },
  { id: 'pay.on', match: "be~|'m on {x:rest}", key: 'salary', subjects: ['self'], value: pay },
  // "I'm a band 2 healthcare support worker", "on band 6", "they rebanded me to band 3": the user's pay band (the NHS's
  // Agenda for Change, and bands like it). Another's only with the user in the clause ("… rebanded me to …").
  {
    id: 'pay.band',
    match: 'band {x:num}',
    key: 'pay_band',
    where: 'anywhere',
    subjects: ['self', 'none', 'other'],
    past: 'ok',
    value: (v) => {
      if (!/^\d{1,2}[a-d]?$/i.test(v.text)) return undefined;
      // (Not the band of others the user names: "the band 2 porters", "our band 5s".)
      const before = v.clause[v.clause.indexOf(v.tokens[0]!) - 2]?.low ?? '';
      if (['the', 'our', 'their', 'his', 'her', 'those', 'these'].includes(before)) return undefined;
      const own = v.clause.some((t) => t.low === 'i' || t.low === 'me' || t.low === 'my') || !v.clause.some((t) => THIRD_PERSONS.has(t.low));
      return own ? `band ${v.text}` : undefined;
    },
  },
  { id: 'pay.take-home', match: 'take~|taking home {x:rest}', key: 'salary', where: 'anywhere', subjects: ['self', 'none'], value: pay },
  // "I'm on universal credit", "I get PIP and carer's allowance", "claiming ESA", "in the LCWRA group": benefits paid to the user.
  { id: 'pay.benefit-on', match: "be~|'m on {x:$benefit}", key: 'benefits', category: 'other', subjects: ['self', 'we', 'none'], list: true },
  // ("I'm medically retired now and on ESA": a second predicate of the same subject.)
  {
    id: 'pay.benefit-and-on',
    match: 'and on {x:$benefit}',
    key: 'benefits',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  {
    id: 'pay.benefit-get',
    match: 'get~|getting|receive~|receiving|claim~|claiming|applied|apply~|applying for? {x:$benefit}',
    key: 'benefits',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  {
    id: 'pay.benefit-group',
    match: 'in the {x:$benefit} group',
    key: 'benefits',
    category: 'other',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
  {
    id: 'pay.attr',
    match: "be~|'s|: {x:rest}",
    key: 'salary',
    subjects: ['attr'],
    attr: ['salary', 'pay', 'income', 'wage', 'wages', 'take-home'],
    strength: 'explicit',
    value: pay,
  },
];
