import { capitalised, spanText } from '../../nlp/wink.js';
import { isLasting } from '../lasting.js';
import { LANGUAGES } from '../lexicon/languages.js';
import type { PatternSpec, ValueContext } from '../pattern.js';

/** Languages the user speaks, is learning, or wants answers in. */

/** A level of the Common European Framework ("B1", "c2"). */
const CEFR = /^[abc][12]$/i;

/** The language, and its level when the clause gives one ("German B1"). */
function withLevel(v: ValueContext): string {
  const level = v.clause.find((t) => CEFR.test(t.text));
  return level ? `${v.text} ${level.text.toUpperCase()}` : v.text;
}

/** A level of a language that is none at all. */
const NO_LEVEL: ReadonlySet<string> = new Set(['nonexistent', 'non-existent', 'zero', 'nil', 'zilch', 'gone']);

/** Words that say a sentence is about the languages one speaks ("English second" is then a language). */
const LANGUAGE_WORDS: ReadonlySet<string> = new Set(['language', 'languages', 'tongue', 'speak', 'speaks', 'speaker', 'native', 'fluent', 'bilingual']);

/** Verbs whose object may be in a language the user does not use ("I need it in French", "I want the menu in Spanish"). */
const NOT_DONE: ReadonlySet<string> = new Set('want need like love prefer hope wish try translate get have see find put write send make'.split(' '));

/**
 * The clause's verb, before the language, is the user's present habit: a bare form after "I" or "we" ("I give …", "we
 * run …"), not a wish, a need or a request for something in the language.
 */
function doneHabitually(v: ValueContext): boolean {
  const at = v.clause.indexOf(v.tokens[0]!);
  // ("my mother in Spanish Town": a language's name that opens a place's.)
  const after = v.clause[v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1];
  if (after !== undefined && after.pos !== 'PUNCT' && capitalised(after)) return false;
  const verb = v.clause.slice(0, at).find((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return (
    verb !== undefined && verb.pos === 'VERB' && verb.low === verb.lemma && !NOT_DONE.has(verb.lemma) && !v.clause.slice(0, at).some((t) => t.pos === 'AUX')
  );
}

export const LANGUAGE_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'languages.mention',
    match:
      'speak~|speaking|sign~|signing|understand~|read~|write~|know~|fluent|native|bilingual|trilingual|multilingual|grew_up_speaking|raised_speaking|mother_tongue|first_language|hablo|falo|parlo|parle|spreche|spreek ... {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'none', 'we', 'attr'],
    past: 'ok',
  },
  {
    id: 'languages.learning-mention',
    match: 'learn~|learning|learnt|studying|study~|practising|practicing|brushing_up|improving|picking_up|pick~_up|tryna_learn ... {x:$language}',
    key: 'language_learning',
    category: 'language',
    where: 'anywhere',
    subjects: ['self', 'none'],
  },
  {
    // "my wife's Polish and I'm trying to learn it": "it" is the language just named in the sentence.
    id: 'languages.learning-it',
    match: 'learn~|learning|learnt|studying|study~|practising|practicing|brushing_up|brushing_up_on|improving|picking_up {x:word}',
    key: 'language_learning',
    category: 'language',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      if (v.text.toLowerCase() !== 'it') return undefined;
      const at = v.sentence.indexOf(v.tokens[0]!);
      for (let k = at - 1; k >= 0 && at - k <= 20; k--) {
        const n = LANGUAGES.matchAt(v.sentence, k);
        if (n > 0) return spanText(v.sentence.slice(k, k + n));
      }
      return undefined;
    },
  },
  {
    id: 'languages.lessons',
    match: '{x:$language} lessons|lesson|classes|class|course|tutor|tutoring|night_classes|evening_classes',
    key: 'language_learning',
    category: 'language',
    where: 'anywhere',
    subjects: ['self', 'none', 'we'],
  },
  {
    // "I've picked up enough Polish to get by", "picked up some Tagalog from my wife": a language acquired and kept.
    id: 'languages.picked-up',
    match: 'picked up enough|some|basic|conversational|a_bit_of|a_little|a_lot_of|decent? {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'none'],
    past: 'ok',
  },
  { id: 'languages.get-by', match: 'get_by|getting_by|manage|cope in {x:$language}', key: 'language', where: 'anywhere', subjects: ['self', 'none'] },
  {
    id: 'languages.fragment-list',
    match: '{x:$language}',
    key: 'language',
    subjects: ['none'],
    // Not the first half of a people ("Korean-American, second gen").
    // Nor the people of a variety asked for ("Irish English please", "Brazilian Portuguese").
    value: (v) => {
      const after = v.clause.indexOf(v.tokens[v.tokens.length - 1]!) + 1;
      return v.clause.indexOf(v.tokens[0]!) <= 1 && v.clause[after]?.text !== '-' && LANGUAGES.matchAt(v.clause, after) === 0 ? v.text : undefined;
    },
  },
  // "english and swahili mostly, sheng when it's just the boys", "english to swahili mostly and a bit of sheng": one more
  // language after a hedge, in a reply that opens with the languages.
  {
    id: 'languages.fragment-more',
    match: '$language mostly|mainly ,|and a_bit_of|a_little|some? {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['none'],
    value: (v) => (LANGUAGES.matchAt(v.clause, 0) > 0 ? v.text : undefined),
  },
  // "english to swahili mostly" (a reply on the languages the user works in): the language translated into, beside the first.
  { id: 'languages.fragment-pair', match: '$language to|into {x:$language}', key: 'language', subjects: ['none'] },
  {
    id: 'languages.ordinal',
    match: '{x:$language} second|third|2nd|3rd|too|also|as_well|fluently|natively',
    key: 'language',
    where: 'anywhere',
    // (also inside "Portuguese is my first language, English second", a clause about the language)
    subjects: ['none', 'self', 'other', 'attr'],
    // "Yoruba is my first language, English second".
    value: (v) => (v.sentence.some((t) => LANGUAGE_WORDS.has(t.low)) ? v.text : undefined),
  },
  {
    // "Swahili is my first language, English is second".
    id: 'languages.is-ordinal',
    match: '{x:$language} be~ second|third|2nd|3rd',
    key: 'language',
    where: 'anywhere',
    subjects: ['none', 'self', 'other', 'attr'],
    value: (v) => (v.sentence.some((t) => LANGUAGE_WORDS.has(t.low)) ? v.text : undefined),
  },
  {
    id: 'languages.is-level',
    match:
      // ("my French has gone rusty", "my Spanish got a bit shaky", "is getting better".)
      '{x:$language} be~|has|have|got|gone|gotten gone|got|gotten|getting|become? .. functional|ok|okay|decent|good|fine|passable|basic|rusty|conversational|fluent|solid|alright|broken|limited|intermediate|advanced|native|shaky|patchy',
    key: 'language',
    where: 'anywhere',
    subjects: ['other', 'none', 'self', 'attr'],
    // "Mandarin is… functional": the clause opens with the language, "my Mandarin" or "the Cantonese" (after a conjunction:
    // "… but my French has gone rusty"); not "her French is rusty".
    value: (v) => {
      let at = v.clause.indexOf(v.tokens[0]!);
      if (['my', 'our', 'the'].includes(v.clause[at - 1]?.low ?? '')) at--;
      return v.clause.slice(0, at).every((t) => t.pos === 'CCONJ' || t.pos === 'PUNCT') ? v.text : undefined;
    },
  },
  { id: 'languages.speak', match: 'speak~|speaking|sign~|signing .. {x:$language}', key: 'language', where: 'anywhere', list: true },
  { id: 'languages.grew-up-speaking', match: 'grew|grow~ up speaking {x:$language}', key: 'language', where: 'anywhere', past: 'ok', strength: 'explicit' },
  {
    id: 'languages.fluent',
    match: 'fluent|conversational|native|bilingual|trilingual in? {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'none'],
  },
  {
    id: 'languages.is-my',
    match: '{x:$language} be~ my .. language|tongue|strongest',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'none', 'other', 'attr'],
    strength: 'explicit',
  },
  {
    id: 'languages.first-is',
    match: 'first|native|home|second|mother be~? {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['none', 'other', 'attr', 'self'],
  },
  { id: 'languages.attr', match: 'be~ {x:$language}', key: 'language', subjects: ['attr'], attr: ['language', 'languages', 'tongue'], strength: 'explicit' },
  {
    id: 'languages.my-x-is',
    match: "my {x:$language} be~|'s",
    key: 'language',
    where: 'anywhere',
    subjects: ['other', 'self', 'none'],
    // "my German is about B1": the level goes with the language. ("my afrikaans is honestly nonexistent": none is no level.)
    value: (v) => (v.clause.some((t) => NO_LEVEL.has(t.low)) ? undefined : withLevel(v)),
  },
  {
    // "it's english and sepedi for me", "its tagalog and english for me": the languages the user goes by.
    id: 'languages.its-for-me',
    match: "be~|'s {x:list} for me",
    key: 'language',
    subjects: ['other'],
    list: true,
    value: (v) => (v.clause[0]?.low === 'it' && LANGUAGES.matchAt(v.tokens, 0) === v.tokens.length ? v.text : undefined),
  },
  {
    id: 'languages.level',
    match: '{x:$language} {y:word} level?',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'none', 'attr', 'other'],
    value: (v) => (CEFR.test(v.slot('y') ?? '') ? `${v.text} ${(v.slot('y') ?? '').toUpperCase()}` : undefined),
  },
  {
    id: 'languages.level-in',
    match: 'be~ at? a|an? {y:word} level? in {x:$language}',
    key: 'language',
    value: (v) => (CEFR.test(v.slot('y') ?? '') ? `${v.text} ${(v.slot('y') ?? '').toUpperCase()}` : undefined),
  },
  {
    id: 'languages.list-fragment',
    match: '{x:$language}',
    key: 'language',
    subjects: ['none'],
    value: (v) => (v.clause.every((t) => t.pos === 'PUNCT' || ['and', 'or', ',', '&'].includes(t.low) || LANGUAGES.matchAt([t], 0) > 0) ? v.text : undefined),
  },
  { id: 'languages.speaker', match: '{x:$language} speaker|speaking|native', key: 'language', where: 'anywhere', subjects: ['none', 'self'] },
  { id: 'languages.comes-first', match: '{x:$language} come~|comes first', key: 'language', where: 'anywhere', subjects: ['none', 'other', 'self'] },
  { id: 'languages.read', match: 'can? read|write|understand {x:$language}', key: 'language', where: 'anywhere' },
  { id: 'languages.think-in', match: 'think|dream in {x:$language}', key: 'language', where: 'anywhere' },
  // "I … talk to most of my tenants in Gujarati", "we chat with the neighbours in Welsh": a language the user speaks with people.
  {
    id: 'languages.talk-to-in',
    match: 'talk~|talking|chat~|chatting|speak~|speaking to|with ... in {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  // ("I chat to the kids in isiXhosa and Afrikaans", "I talk to my mum in Urdu": the people named between.)
  {
    id: 'languages.talk-to-people-in',
    match: 'talk~|talking|chat~|chatting|speak~|speaking to|with {o:np} in {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  // "I take calls in Welsh and English", "I work in French and Dutch": a language the user works in.
  {
    id: 'languages.work-in',
    match: 'take~|taking|answer~|answering|handle~|handling calls|tickets|queries|enquiries|chats|classes|lessons in {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  {
    id: 'languages.work-in-language',
    match: 'work~|working|teach~|teaching in {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'we', 'none'],
    list: true,
  },
  // "I give the khutbah in Arabic and English", "we run the sessions in Welsh": what the user does as a habit, in a language.
  {
    id: 'languages.done-in',
    match: 'in {x:$language}',
    key: 'language',
    where: 'anywhere',
    subjects: ['self', 'we'],
    list: true,
    value: (v) => (doneHabitually(v) ? v.text : undefined),
  },
  { id: 'languages.learning', match: 'learn~|learning|studying|study~ {x:$language}', key: 'language_learning', category: 'language', where: 'anywhere' },
  {
    // "doing A2 german at the goethe-institut", "I'm doing beginners Spanish on Tuesday nights": a language at a level, taken
    // (not a school subject: "doing GCSE english lit").
    id: 'languages.doing-level',
    match: 'do~|doing|taking a1|a2|b1|b2|c1|c2|beginner|beginners|intermediate|advanced {x:$language}',
    key: 'language_learning',
    category: 'language',
    where: 'anywhere',
    subjects: ['self', 'none'],
    value: (v) => {
      const level = v.clause[v.clause.indexOf(v.tokens[0]!) - 1]!;
      return /^[abc][12]$/i.test(level.text) ? `${v.text} (${level.text.toUpperCase()})` : v.text;
    },
  },
  {
    id: 'languages.answer-in',
    match: 'write|reply|respond|talk|answer|speak .. to? me? in simple|plain|basic|easy|slow|slower|only? {x:$language}',
    key: 'preferred_language',
    where: 'anywhere',
    subjects: ['none', 'self', 'other'],
    request: true,
    // "can you reply in simple spanish from now on?" asks for it as a question.
    inQuestion: true,
    value: (v) => (isLasting(v.clause) ? v.text : undefined),
  },
];
