import { conceptId, LEVEL } from './concepts/index.js';
import { RELATIONS } from './lexicon.js';
import type { FactTerms, ItemTerms } from './facts.js';
import type { QToken } from './qtokens.js';
import type { Aspect } from './question.js';
import { isBareHour, isClockTime, isNumber, splitOn, type Word } from './words.js';

/**
 * The kind of answer a question asks for, and whether a stored value can give it. A fact that is about
 * the right topic but cannot give that kind of answer does not answer the question, and when no fact
 * can, the dialectic abstains:
 *   "when is her birthday?"             a date       ("age: 29" is no date);
 *   "what time does the exam start?"    a clock time ("certification exam on 20 June" has none);
 *   "what year did she retire?"         a date       ("retired primary school teacher" has none);
 *   "how big is the plot she wants?"    a number     ("buy a plot of land in Nyeri" has none);
 *   "what's his shogi rank?"            a number     (a measure noun: rank, score, reading, time, dose...);
 *   "who's he taking on?"               a person     (a name or a relative);
 *   "what's his bakery called?"         a name       (a capitalised word: "Backstube Demir"), which the question does not
 *                                                    use itself ("the roaster in Brunswick" is not named by "Brunswick").
 * Facts whose key is about times (timezone, schedule) answer "when" by their nature, "what time" only with a time named.
 * Word tests only: Set lookups and character scans, no regex.
 */

/**
 * 'amount': a number that is not a year ('pay off the loan by 2027' gives no amount of money). 'count': a number that is
 * no year, day of the month or time of day ("80 guests", "two grandsons"; not "14 June"). 'age': a number that is no
 * count of things ("Kai (15)", "4 years", "born 2019"; not "two guinea pigs").
 */
export type ValueKind = 'number' | 'amount' | 'count' | 'age' | 'weight' | 'height' | 'clock' | 'date' | 'name' | 'person' | 'relative';

const set = (words: string): ReadonlySet<string> => new Set(splitOn(words, ' '));

const NUMBER_WORDS = set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozen couple twice once',
);
const DATE_WORDS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
    'weekday weekdays weekend weekends today tomorrow tonight yesterday week weeks fortnight month months year years daily weekly ' +
    'monthly yearly annually until till since morning mornings afternoon afternoons evening evenings night nights noon midnight ' +
    'spring summer autumn fall winter christmas easter eid bayram ramadan diwali obon hanukkah passover thanksgiving holiday holidays ' +
    'am pm dawn dusk sunset sunrise birthday anniversary',
);
const MONTH_WORDS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
const CLOCK_WORDS = set('noon midnight dawn dusk sunset sunrise am pm');
/** Nouns that ask for a measure: "his shogi rank", "her best half-marathon time", "his latest reading". */
const MEASURE_NOUNS = set(
  'rank ranking rating reading readings score scores grade grades gpa cgpa marks percentage handicap pb weight height dose dosage version number',
);
/** Measures of money: an amount, which a year does not give. */
const MONEY_NOUNS = set('salary budget price cost figure turnover revenue');
/** Words before a year: "by 2027", "since 2019", "in March 2024". */
const BEFORE_YEAR = set('by in until till since from before after around of circa');
/** Nouns that ask which maker's product a thing is ("the make and model of his truck", "what brand of trainers"): a name. */
const MAKER_NOUNS = set('make model brand manufacturer maker');
/** Nouns after "what" / "which" that ask for a point in time. */
const DATE_NOUNS = set('year month day date season decade');
/** Verbs of money after "how much": what is earned, paid, owed or left is an amount. */
const AMOUNT_VERBS = set('earn make cost pay spend charge owe save leave left borrow lend afford raise sell bill worth');
/** "what time should I ring her?", "what time can we call?": the asker asks advice on a time. */
const ADVICE_MODALS = set('should shall can could would');
const ASKER_SUBJECTS = set('i we');
/** Subject pronouns: "how much is she into jazz?" asks no price. */
const SUBJECTS = set('she he they it i you we this that there');
/** Units of weight and of height, after a number ("1,500 kg", "6 ft 2", "180cm"). */
const WEIGHT_UNITS = set('kg kgs kilo kilos kilogram kilograms kilogrammes tonne tonnes ton tons lb lbs pound pounds stone st g grams mtplm');
const HEIGHT_UNITS = set('cm m metre metres meter meters ft foot feet inch inches');
/** Words after an age ("15 years old", "3 yo"). */
const AGE_AFTER = set('old yo yrs yr');
const HOW_MEASURE = set('big large tall long far heavy old wide deep expensive');
const ORDINAL_ENDS = ['st', 'nd', 'rd', 'th'];
/** Currency codes written before an amount ("GBP 500", "NZ $400"). */
const CURRENCIES = set('gbp usd eur aud cad nzd inr zar ngn kes ghs jpy chf sek nok dkk sgd hkd myr php aed nz us au ca rs rm');
/** Words after an amount of money ("50 quid", "2 grand"). */
const MONEY_AFTER = set('quid pounds pound dollars dollar euros euro bucks grand rupees rand naira cedis shillings pesos yen');
/** "Level 2 dog grooming", "Year 3", "Band 6": a number that says which level or place, no amount. */
const RANK_BEFORE = set('level grade band year stage class tier step phase page room flat unit platform gate route chapter dan kyu');
/** "a 12-hour charity stream", "30 minutes a day": a number before a unit of time is a length of time, no amount. */
const TIME_UNITS = set('second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years');

/** "hours", "a month's notice", "two weeks' leave": a unit of time, possessive or not. */
function isTimeUnit(low: string): boolean {
  const bare = low.endsWith("'s") ? low.slice(0, -2) : low.endsWith("'") ? low.slice(0, -1) : low;
  return TIME_UNITS.has(bare);
}

function isOrdinal(low: string): boolean {
  for (const end of ORDINAL_ENDS) if (low.length > end.length && low.endsWith(end) && isNumber(low.slice(0, -end.length))) return true;
  return false;
}

const hour = (w: Word | undefined): boolean => w !== undefined && isNumber(w.low) && w.low.length <= 2 && Number(w.low) >= 1 && Number(w.low) <= 24;

/** Words that close a range of hours and start a clause of their own: "8 to 4 so she can do school pickup". */
const RANGE_ENDS = set('so and but then because except while');
/**
 * "9 to 5", "works 8 to 4 on weekdays": two hours of the day (not "2 to 3 times a week": a count with its unit
 * after; nor "Dec 8 to 10": days of a month).
 */
function hourRange(words: readonly Word[], i: number): boolean {
  if (i < 0 || !hour(words[i]) || words[i + 1]?.low !== 'to' || !hour(words[i + 2]) || MONTH_WORDS.has(words[i - 1]?.low ?? '')) return false;
  const after = words[i + 3];
  return after === undefined || after.spaced !== true || DATE_WORDS.has(after.low) || after.low === 'on' || RANGE_ENDS.has(after.low);
}

/** "by 2027", "since 2019", "March 2024": a year, not an amount ("budget 2000 a month" is one). */
function isYear(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.low.length !== 4 || !isNumber(w.low) || Number(w.low) < 1900 || Number(w.low) > 2100) return false;
  const before = words[i - 1]?.low ?? '';
  // ("2016 Toyota LandCruiser": a model year before the maker's name.)
  const maker = words[i + 1]?.cap === true && words[i + 1]?.spaced === true;
  return BEFORE_YEAR.has(before) || MONTH_WORDS.has(before) || isOrdinal(before) || (isNumber(before) && before.length <= 2) || maker;
}

/** "12 August", "renews on the 3rd", "Aug 14": a day of a month, not an amount. */
function dayOfMonth(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (isOrdinal(w.low)) return true;
  if (!isNumber(w.low) || w.low.length > 2) return false;
  // ("14–17 March": the first day of a range too.)
  const range = isNumber(words[i + 1]?.low ?? '') && (words[i + 1]?.low.length ?? 3) <= 2 && MONTH_WORDS.has(words[i + 2]?.low ?? '');
  // ("since April; 3 processes open": a month across a separator is not this number's.)
  const after = words[i + 1];
  return range || (MONTH_WORDS.has(after?.low ?? '') && after!.spaced === true) || (MONTH_WORDS.has(words[i - 1]?.low ?? '') && w.spaced === true);
}

/**
 * People and things a number before them counts ("9 staff", "12 clients", "two evenings a week"): what it gives is a count, not
 * an amount.
 */
const COUNTED_AFTER: ReadonlySet<string> = new Set(
  'staff people employees workers clients customers students pupils kids children patients members followers subscribers viewers households homes flats houses properties units shops stores branches sites locations vans trucks cars rooms beds seats tables dogs cats horses cows sheep goats hens chickens hives roommates housemates flatmates friends colleagues sons daughters brothers sisters evenings nights mornings afternoons weekends shifts times sessions'.split(
    ' ',
  ),
);

/** Words before a number that make it an age ("aged 40"), and verbs of retiring before "at" ("retire at 55"). */
const AGE_BEFORE: ReadonlySet<string> = new Set(['age', 'aged']);
const RETIRING: ReadonlySet<string> = new Set(['retire', 'retiring', 'retired', 'retirement']);

/** The kinds of answer a value's words can give. */
export function kindsOf(words: readonly Word[]): Set<ValueKind> {
  const out = new Set<ValueKind>();
  words.forEach((w, i) => {
    const number = isNumber(w.low) || NUMBER_WORDS.has(w.low) || (w.low[0]! >= '0' && w.low[0]! <= '9');
    if (number || isOrdinal(w.low)) out.add('number');
    // ("Westerly Centaur 26", "Golf 7": a number after a name is part of the name, not an amount of money.)
    const prev = words[i - 1];
    // (Not a capital that opens the value: "About 400 a month", "Budget 500".)
    const modelNumber =
      i > 1 && prev !== undefined && prev.cap && !DATE_WORDS.has(prev.low) && !CURRENCIES.has(prev.low) && !MONEY_AFTER.has(words[i + 1]?.low ?? '');
    const ranked = RANK_BEFORE.has(prev?.low ?? '') || modelNumber;
    // ("a 3-bed flat", "5-a-side": a number joined to a word says what kind of thing, no amount of money.)
    const after = words[i + 1];
    const kindOfThing = after?.joined === true && !isNumber(after.low[0] ?? '') && !MONEY_AFTER.has(after.low) && after.low !== 'k';
    const clock = isClockTime(w.low) || isBareHour(w.low, words[i - 1]?.low) || CLOCK_WORDS.has(w.low) || hourRange(words, i) || hourRange(words, i - 2);
    // ("9am–7pm": a time of day; "9 staff", "40 regular households": a number of people or things counted, no amount.)
    const counted = after?.spaced === true && COUNTED_AFTER.has(after.low);
    // ("retire at 55", "aged 40": an age, no amount of money.)
    // ("son (19)", "Kai 15": a number right after a relative or a name is their age.)
    const anAge =
      AGE_BEFORE.has(prev?.low ?? '') ||
      (prev?.low === 'at' && RETIRING.has(words[i - 2]?.low ?? '')) ||
      RELATIONS.has(prev?.low ?? '') ||
      RELATIONS.has(prev?.stem ?? '');
    if (number && !ranked && !kindOfThing && !clock && !counted && !anAge && !isYear(words, i) && !dayOfMonth(words, i) && !isTimeUnit(after?.low ?? ''))
      out.add('amount');
    // An age closes its phrase or takes a unit of time ("Kai 15, Esme 11", "4 years old"); a number before another
    // word counts that thing ("two guinea pigs", "a 3-bed flat").
    // (A year gives an age too: "born 2019", "2015 Skoda Octavia".)
    const year = isNumber(w.low) && w.low.length === 4 && Number(w.low) >= 1900 && Number(w.low) <= 2100;
    if (number && (after === undefined || !(after.spaced || after.joined) || isTimeUnit(after.low) || AGE_AFTER.has(after.low) || year)) out.add('age');
    if (clock) out.add('clock');
    if (number && !clock && !isYear(words, i) && !dayOfMonth(words, i)) out.add('count');
    // ("1,500 kg", "180cm", "6'2": a number with its unit, or written with the unit joined.)
    const unit = (units: ReadonlySet<string>) =>
      (number && after !== undefined && units.has(after.low)) || (number && [...units].some((u) => w.low.endsWith(u) && isNumber(w.low.slice(0, -u.length))));
    if (unit(WEIGHT_UNITS)) out.add('weight');
    const feetAndInches = number && w.low.includes("'") && isNumber(w.low.split("'")[0] ?? '');
    if (unit(HEIGHT_UNITS) || feetAndInches) out.add('height');
    // ("retire from teaching at 58": an age at which a thing happens says when.)
    const atAge = number && words[i - 1]?.low === 'at' && Number(w.low) >= 16 && Number(w.low) <= 99;
    if (clock || atAge || DATE_WORDS.has(w.low) || isOrdinal(w.low) || (isNumber(w.low) && w.low.length === 4)) out.add('date');
    // A capitalised word names a thing or a person, not a month or a day ("deadline 30 June").
    if (w.cap && w.low.length >= 2 && !number && !DATE_WORDS.has(w.low)) {
      out.add('name');
      out.add('person');
    }
    // "iPhone 15", "MacBook", "F6": a word with a capital inside it, or letters and digits together, names a product.
    if (!w.cap && w.low.length >= 2 && (w.inner === true || mixesDigits(w.low))) out.add('name');
    // "B1", "CNM1", "G2": a level or grade written as a code is a measure, as a number is.
    if (isLevelCode(w.low)) out.add('number');
    // "EPC C or better", "grade B": a letter grade after the thing it grades.
    if (i > 0 && w.cap && w.low.length === 1 && w.low !== 'i' && w.low !== 'a' && words[i - 1]!.cap) out.add('number');
    const group = RELATIONS.get(w.low) ?? RELATIONS.get(w.stem);
    if (group !== undefined) out.add('person');
    // (Family, who may be counted in a household: not a coach or a friend.)
    if (group !== undefined && group !== 'work' && group !== 'friend' && group !== 'pet') out.add('relative');
  });
  return out;
}

/** "what's hemi's rank?", "what's jojo's rank on the ship?": a rank with no game or league it is held in ("rank in apex"). */
export function serviceRank(tokens: readonly QToken[], i: number): boolean {
  return tokens[i]?.low === 'rank' && !tokens.slice(i + 1).some((t) => t.low === 'in');
}

/** "b1", "c2", "cnm1", "g2": one to four letters, then one or two digits (not "x5s", "mp3s", "covid19"). */
export function isLevelCode(low: string): boolean {
  let letters = 0;
  while (letters < low.length && low[letters]! >= 'a' && low[letters]! <= 'z') letters++;
  const digits = low.length - letters;
  if (letters < 1 || letters > 4 || digits < 1 || digits > 2) return false;
  for (let i = letters; i < low.length; i++) if (low[i]! < '0' || low[i]! > '9') return false;
  return true;
}

/** A word that names a day, month, season or time ("March", "Friday"): never the name of a thing. */
export const isDateWord = (low: string): boolean => DATE_WORDS.has(low);

/** "x5", "f6", "rtx4070": letters and digits in one word (not "10k", "2nd", "5pm": a number with a unit or an ending). */
export function mixesDigits(low: string): boolean {
  let letters = 0;
  let digits = 0;
  for (const ch of low) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch >= 'a' && ch <= 'z') letters++;
  }
  return letters > 0 && digits > 0 && !(low[0]! >= '0' && low[0]! <= '9');
}

/** Bodies and places that go by their own names ("which parish choir", "which gym"). */
const NAMED_BODIES = set(
  'choir team club band school college university church parish mosque temple synagogue gym agency company firm bank hospital practice surgery charity union league studio salon garage estate',
);

/**
 * "which parish choir does she sing in?", "which gym does he go to?": which one of the bodies and places known by their
 * names is asked, which "church choir" or "goes to the gym" does not say (see select.ts: only a fact cited for the head
 * that names one answers).
 */
export function asksWhichBody(tokens: readonly QToken[], head: { start: number; end: number; predicate?: boolean } | undefined): boolean {
  return head !== undefined && !head.predicate && tokens[head.start - 1]?.low === 'which' && NAMED_BODIES.has(tokens[head.end - 1]?.lemma ?? '');
}

/** Firms that serve the user, asked for by name. */
const PROVIDERS = set('insurer insurers provider supplier carrier broker landlord');

/** Occasions held somewhere ("the wedding", "the leaving do"). */
const OCCASIONS = set('wedding reception party do funeral ceremony conference gig festival tournament christening graduation');

/** Verbs of money whose object "what" is an amount ("what does she charge?", "what was he earning?"). */
const CHARGING = set('earn charge pay cost bill');

/** Exams and subjects a result is got in or for ("in her Leaving Cert", "for maths in matric", "in her GCSEs"). */
const EXAMS: ReadonlySet<string> = new Set(
  'exam exams test tests matric cert certificate gcse gcses level levels sat sats ielts toefl finals degree dissertation thesis module modules maths math english physics chemistry biology'.split(
    ' ',
  ),
);

/** "… get in her Leaving Cert", "… get for maths": "in" or "for", then an exam or a subject within a few words. */
function gotInExam(tokens: readonly QToken[], k: number): boolean {
  if (tokens[k]?.low !== 'in' && tokens[k]?.low !== 'for') return false;
  return tokens.slice(k + 1, k + 6).some((t) => EXAMS.has(t.low) || EXAMS.has(t.lemma));
}

/** Heads of a "who" question that name a group, not a person ("who's his footy team?", "who's her bank with?"). */
const GROUP_HEADS: ReadonlySet<string> = new Set([
  'team',
  'club',
  'side',
  'band',
  'group',
  'company',
  'firm',
  'bank',
  'school',
  'church',
  'provider',
  'insurer',
  'supplier',
  'network',
  'carrier',
]);

const clauseStart = (tokens: readonly QToken[], i: number) => i === 0 || tokens[i - 1]!.punct;

/** The kind of answer the question asks for, if it asks for one. */
export function answerKind(
  tokens: readonly QToken[],
  head: { start: number; end: number; named?: boolean; predicate?: boolean } | undefined,
): ValueKind | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // ("roughly how many people are coming?": an adverb may open the question.)
    const opens = clauseStart(tokens, i) || (i > 0 && tokens[i - 1]!.pos === 'ADV' && clauseStart(tokens, i - 1));
    if (!opens || !next) continue;
    // "when is her birthday?", "when did she start?" (not "when she visits", a clause of the question)
    if (t.low === 'when' && !['PRON', 'PROPN', 'NOUN', 'DET'].includes(next.pos)) return 'date';
    // "what time does the exam start?" (not "what time is it there?", nor "what time zone")
    // ("what time exactly does choir start?", "what time roughly": adverbs between the noun and the verb.)
    if (t.low === 'what' && next.low === 'time') {
      let k = i + 2;
      while (k < i + 4 && tokens[k]?.pos === 'ADV') k++;
      // ("what time should I call her?" asks advice on a time, which her time zone and hours bear on: no clock time is asked.)
      const advice = ADVICE_MODALS.has(tokens[k]?.low ?? '') && ASKER_SUBJECTS.has(tokens[k + 1]?.low ?? '');
      if (tokens[k]?.pos === 'AUX' && tokens[k + 1]?.low !== 'it' && !advice) return 'clock';
    }
    // "what year did she retire?", "which month is the wedding?": a date (not "what year group", a thing).
    if ((t.low === 'what' || t.low === 'which') && DATE_NOUNS.has(next.low) && tokens[i + 2]?.pos !== 'NOUN') return 'date';
    // "how big is the plot?", "how old is she?"
    if (t.low === 'how' && next.low === 'old') return 'age';
    // "how heavy is the caravan?", "how tall is he?": a weight, a height, with its unit.
    if (t.low === 'how' && next.low === 'heavy') return 'weight';
    if (t.low === 'how' && next.low === 'tall') return 'height';
    // "how many people are coming?", "how many hours does she do?": a count.
    if (t.low === 'how' && next.low === 'many') return 'count';
    if (t.low === 'how' && HOW_MEASURE.has(next.low)) return 'number';
    // "how much does he earn?", "how much is left on her loan?": an amount of money (not "how much does she like jazz?",
    // nor the part of a whole: "how much of his week is spent on site?")
    // ("how much does inkspot turn over in a year?": the verb of turnover too.)
    // ("how much did he get for the work ute?": what was got for a thing is its price.)
    const money = (x: QToken, k: number) =>
      AMOUNT_VERBS.has(x.lemma) ||
      (x.lemma === 'turn' && tokens[k + 1]?.low === 'over') ||
      (x.lemma === 'get' && tokens[k + 1]?.low === 'for') ||
      (x.lemma === 'put' && tokens[k + 1]?.low === 'away');
    if (t.low === 'how' && next.low === 'much' && tokens[i + 2]?.low !== 'of' && tokens.some((x, k) => k >= i + 2 && money(x, k))) return 'amount';
    // "how much is the home insurance premium?", "how much are her piano lessons?": the price of a thing (not "how
    // much is she into jazz?", nor "how much is it").
    const thing = tokens[i + 3];
    if (t.low === 'how' && next.low === 'much' && tokens[i + 2]?.lemma === 'be' && thing !== undefined && !SUBJECTS.has(thing.low)) return 'amount';
    // "what was she earning at Northpay?", "what does he charge per hour?", "what does the postdoc pay?": an amount of money
    // (the verb of money right after its subject; not "what does she do to pay the bills?").
    // ("what does her honey sell for per kilo?": what a thing sells for is its price; not "what does she sell?")
    const charging = (x: QToken, k: number) => CHARGING.has(x.lemma) || (x.lemma === 'sell' && tokens[k + 1]?.low === 'for');
    if (
      t.low === 'what' &&
      next.pos === 'AUX' &&
      tokens.slice(i + 2, i + 6).some((x, k) => charging(x, i + 2 + k) && x.pos === 'VERB' && !tokens.slice(i + 2, i + 2 + k).some((y) => y.low === 'to'))
    )
      return 'amount';
    // "where's the wedding being held?", "where's the leaving do?": the place of an occasion, which a value names by its name
    // ("Rugby Club"), not by its date ("wedding in December").
    if (t.low === 'where' && (next.lemma === 'be' || next.low === "'s") && tokens.slice(i + 2, i + 6).some((x) => OCCASIONS.has(x.low))) return 'name';
    // "what did she get in her Leaving Cert?", "what did she get for maths in matric?": a result, a grade or a mark (not
    // "what did she get for her birthday?").
    if (t.low === 'what' && next.lemma === 'do' && tokens.some((x, k) => k > i + 1 && x.lemma === 'get' && gotInExam(tokens, k + 1))) return 'number';
    // "who's he taking on?", "who does she work for?" (not "who's his footy team?": a group is asked for, named as groups are)
    if (t.low === 'who') {
      if (!(head && GROUP_HEADS.has(tokens[head.end - 1]!.lemma))) return 'person';
      break;
    }
  }
  if (head) {
    // "what's his shogi rank?": the measure may close the question, whatever its tag.
    const after = tokens[head.end];
    const closing = after !== undefined && (head.end + 1 >= tokens.length || tokens[head.end + 1]!.punct) ? 1 : 0;
    for (let i = head.start; i < head.end + closing; i++) {
      const t = tokens[i]!;
      if (MONEY_NOUNS.has(t.lemma) || MONEY_NOUNS.has(t.low)) return 'amount';
      // "what's her date of birth?", "her birthday?": a date, which an age does not give.
      // (Not "a normal sponge birthday cake": a birthday that modifies another noun.)
      if (
        ((t.low === 'birthday' || t.low === 'dob') && i === head.end - 1) ||
        (t.low === 'date' && tokens[i + 1]?.low === 'of' && tokens[i + 2]?.low === 'birth')
      )
        return 'date';
      // ("what's hemi's rank?", "what's her rank on the ship?": a rank alone is a title held; "his shogi rank" and "her rank
      // in mobile legends" are measures.)
      const titleRank = serviceRank(tokens, i) && i === head.start;
      if ((MEASURE_NOUNS.has(t.lemma) || MEASURE_NOUNS.has(t.low)) && !titleRank) return 'number';
      // "her best half-marathon time": a time that is the last word of a longer head is a measure.
      if (t.lemma === 'time' && i === head.end - 1 && i > head.start) return 'number';
    }
  }
  // "what's his bakery called?", "what's the name of her parish?": a name.
  if (head?.named) return 'name';
  // "what's his insurer?", "who's her energy supplier?": a firm that serves the user, named (not "£5m public liability").
  if (head && !head.predicate && PROVIDERS.has(tokens[head.end - 1]?.lemma ?? '')) return 'name';
  if (asksForMaker(tokens, head)) return 'name';
  return undefined;
}

/**
 * "whats the make and model of his truck", "what make and model is his van?", "which brand of trainers does she
 * wear?", "her laptop model": a maker's name is asked for, which "long-haul truck driver" or "mobile dog grooming
 * van" does not give. The maker's noun must be in the head, or follow "what" / "which" directly.
 */
function asksForMaker(tokens: readonly QToken[], head: { start: number; end: number; predicate?: boolean } | undefined): boolean {
  // "is she a (fashion) model?" says what she is: no maker is asked for.
  if (head && !head.predicate && tokens.slice(head.start, head.end).some((t) => MAKER_NOUNS.has(t.low))) return true;
  return tokens.some((t, i) => (t.low === 'what' || t.low === 'which') && clauseStart(tokens, i) && MAKER_NOUNS.has(tokens[i + 1]?.low ?? ''));
}

const TIME_CONCEPTS = ['timezone', 'schedule'];

/** The items of a fact that the question's strong aspects point at ("run a half marathon" of her goals). */
function itemsAskedAbout(terms: FactTerms, aspects: readonly Aspect[]): ItemTerms[] {
  const strong = aspects.filter((a) => a.weight >= 1);
  return terms.items.filter((item) =>
    strong.some((a) => (a.fields ?? (a.concept === undefined ? [] : [a.concept])).some((c) => item.named.has(c)) || a.words.some((w) => item.value.has(w))),
  );
}

/** Keys of a number of things counted ("follower_count", "headcount", "number_of_staff"). */
const COUNT_KEY = /(^|_)(count|headcount|number_of)(_|$)|_count$/;

/**
 * Whether a fact can give the kind of answer asked for: by its key (times), else by the items the
 * question points at ("what's her best half-marathon time?": the "run a half marathon" item, not the
 * "within two years" of another goal), else by its whole value.
 */
export function gives(terms: FactTerms, aspects: readonly Aspect[], kind: ValueKind, asked?: ReadonlySet<string>): boolean {
  // A time zone or a schedule gives a date by its nature, a clock time only when it names one ("what time does her
  // night shift start?" is not answered by "night shifts every other week"; "what time is the service at her church?"
  // not by "Africa/Accra": the time of day there is no time of an occasion, and "what time is it there?" asks no clock).
  if (kind === 'date' && TIME_CONCEPTS.some((c) => (terms.levels.get(conceptId(c)) ?? 0) >= LEVEL.key)) return true;
  // ("how many portions — is it just her?" beside "lives with partner Tom": relatives named can be counted.)
  const can = (kinds: ReadonlySet<ValueKind>) => kinds.has(kind) || (kind === 'count' && kinds.has('relative'));
  if (!can(terms.kinds)) return false;
  // ("follower_count: 1450": a number a key says is a count of something gives no amount, of money or of anything.)
  if (kind === 'amount' && COUNT_KEY.test(terms.fact.key)) return false;
  const pointed = itemsAskedAbout(terms, aspects);
  const items = pointed.length === 0 ? terms.items : pointed;
  // A name the question itself uses is no answer: "what's the name of the roaster in Brunswick?" is not answered by
  // "beans from a roaster in Brunswick".
  const newName = (item: ItemTerms) => kind !== 'name' || asked === undefined || namesNew(item, asked);
  return items.some((item) => can(item.kinds) && newName(item)) || (pointed.length === 0 && kind !== 'name' && can(terms.kinds));
}

/** Whether an item names a thing by a word the question does not use itself (`asked`: the question's stems). */
export function namesNew(item: ItemTerms, asked: ReadonlySet<string>): boolean {
  return [...item.caps].some((c) => !asked.has(c));
}
