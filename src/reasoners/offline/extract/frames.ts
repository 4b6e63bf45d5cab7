import type { Token } from '../nlp/wink.js';
import { PEOPLE } from './notes.js';

/**
 * Message-level frames: a request for a piece of made-up writing ("write a short story about an old
 * fisherman who lives in Gdynia", "make up a character called Li Wei", "can u write a haiku about …")
 * turns what follows it into fiction — its places, jobs and pets belong to the characters. The frame
 * is a writing verb said as a request (at the start, or after "can you", "help me", "pls", "you to"),
 * whose object, within a few words, is a kind of made-up text. "I write fantasy short stories" (the
 * verb has the user as subject) and "help me write a toast for my dad's 60th" (a toast is not fiction)
 * are no frame.
 */

const WRITING_VERBS: ReadonlySet<string> = new Set(['write', 'tell', 'compose', 'create', 'generate', 'draft', 'invent', 'pen', 'make', 'come']);
/** "come up with a story". */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'with']);
const MADE_UP: ReadonlySet<string> = new Set(
  (
    'story stories poem poems song songs lyric lyrics limerick limericks haiku haikus sonnet sonnets rap fable fables tale tales fairytale ' +
    'script screenplay scene scenes novel novella chapter fanfic fanfiction monologue dialogue character characters ballad verse verses ' +
    'riddle riddles plot narrative bedtime'
  ).split(' '),
);
/** The politeness and modal words a request's verb comes after ("can u pls help me write …"). */
export const REQUEST_OPENERS: readonly string[] = [
  'please',
  'pls',
  'plz',
  'kindly',
  'abeg',
  'can',
  'could',
  'would',
  'will',
  'you',
  'u',
  'help',
  'me',
  'us',
  'just',
  'quickly',
];
/** What may stand just before a request's verb: those, and the greetings and fillers a request opens with. */
const REQUEST_LEAD: ReadonlySet<string> = new Set([...REQUEST_OPENERS, 'ya', 'now', 'then', 'also', 'ok', 'okay', 'hey', 'hi']);
const WINDOW = 6;
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * The index of the token where a request for made-up writing starts in this sentence, or -1. Everything
 * from there to the end of the message is the piece's material.
 */
export function fictionFrameAt(sentence: readonly Token[]): number {
  for (let k = 0; k < sentence.length; k++) {
    const verb = sentence[k]!;
    if (!WRITING_VERBS.has(verb.low)) continue;
    if (!saidAsRequest(sentence, k)) continue;
    for (let j = k + 1; j < Math.min(sentence.length, k + 1 + WINDOW); j++) {
      const t = sentence[j]!;
      if (SENTENCE_END.has(t.text)) break;
      if (MADE_UP.has(t.low)) {
        // "come up with …" needs its particle ("come to my story night" is no request for one).
        if (verb.low === 'come' && !PARTICLES.has(sentence[k + 1]?.low ?? '')) break;
        return k;
      }
    }
  }
  return characterFrameAt(sentence);
}

/** Words that set a scene of play: a tabletop or video game, a campaign, a character sheet. */
const GAME_WORDS: ReadonlySet<string> = new Set(
  'd&d dnd rpg ttrpg campaign larp tabletop pathfinder warhammer gm dm dungeon dungeons game games gaming session oneshot one-shot'.split(' '),
);

/**
 * "in my D&D campaign im playing a half-orc paladin who's vegetarian", "my character is a retired pilot": the user
 * plays someone made up. With a word of play in the sentence, the frame starts at "playing a / play a / my character".
 */
function characterFrameAt(sentence: readonly Token[]): number {
  if (!sentence.some((t) => GAME_WORDS.has(t.low))) return -1;
  for (let k = 0; k + 1 < sentence.length; k++) {
    const t = sentence[k]!;
    const next = sentence[k + 1]!;
    if ((t.low === 'playing' || t.low === 'play') && (next.low === 'a' || next.low === 'an' || next.low === 'as')) return k;
    if (t.low === 'my' && (next.low === 'character' || next.low === 'pc' || next.low === 'oc')) return k;
  }
  return -1;
}

function saidAsRequest(sentence: readonly Token[], k: number): boolean {
  const prev = sentence[k - 1];
  if (prev === undefined || prev.pos === 'PUNCT' || prev.pos === 'SYM' || prev.pos === 'INTJ') return true;
  if (REQUEST_LEAD.has(prev.low)) return true;
  // "I want you to write …", "can you pls help me to write …"
  return prev.low === 'to' && ['you', 'u', 'me'].includes(sentence[k - 2]?.low ?? '');
}

/**
 * A message about someone else's matter: "asking for a friend: 34, vegan, …", "filling in my daughter's
 * school form: allergic to peanuts, …", "my son homework, check grammar pls: …", "for my mum: 72,
 * diabetic, …". What follows the frame is theirs; the user's own statements after it still count.
 * Returns the index of the token where the frame starts, or -1.
 */
const DOCUMENTS: ReadonlySet<string> = new Set(
  'form forms application applications cv resume bio profile registration visa passport homework essay assignment paperwork'.split(' '),
);
const OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'a']);
const FILLERS: ReadonlySet<string> = new Set(['pls', 'please', 'plz', 'thanks', 'thx', 'x']);

export function proxyFrameAt(sentence: readonly Token[]): number {
  for (let k = 0; k < sentence.length; k++) {
    const t = sentence[k]!;
    // "asking for a friend", "asking for my sister"
    if (t.low === 'asking' && sentence[k + 1]?.low === 'for') {
      for (let j = k + 2; j < Math.min(sentence.length, k + 5); j++) if (PEOPLE.has(sentence[j]!.low)) return k;
    }
    if (!OWNERS.has(t.low) || t.low === 'a') continue;
    const person = sentence[k + 1];
    if (!person || !PEOPLE.has(person.low) || person.low === 'team') continue;
    let j = k + 2;
    if (sentence[j]?.low === "'s") j++;
    // "for my dad pls:"
    while (FILLERS.has(sentence[j]?.low ?? '')) j++;
    // "for my mum: …"
    if (sentence[j]?.text === ':' && sentence[k - 1]?.low === 'for') return k;
    // "my daughter's school form", "visa form for my father", "my son homework"
    for (let n = Math.max(0, k - 4); n < Math.min(sentence.length, j + 3); n++) {
      if (!DOCUMENTS.has(sentence[n]!.low)) continue;
      if (n > k) return k;
      // The document named first ("filling UK visit visa form for my father"): the frame is its whole clause.
      let from = n;
      while (from > 0 && sentence[from - 1]!.pos !== 'PUNCT') from--;
      return from;
    }
  }
  return -1;
}
