import { USER_OBJECTS, USER_WORDS } from './lexicon.js';
import type { QToken } from './qtokens.js';

/** Words before "reason" that ask for one ("any reason?", "is there a known reason?"; not "happens for a reason"). */
const REASON_ASKED: ReadonlySet<string> = new Set(['any', 'known']);
const askedReason = (tokens: readonly QToken[], i: number): boolean =>
  REASON_ASKED.has(tokens[i - 1]?.low ?? '') || (tokens[i - 1]?.low === 'a' && tokens[i - 2]?.low === 'there');
/**
 * "he keeps saying 'pardon?' at band practice — any reason?", "her feet are killing her — any idea why?", "is something going
 * on there?": asked why the user is as they are, what is known of their health bears on it.
 */
function asksCause(tokens: readonly QToken[]): boolean {
  return tokens.some(
    (t, i) =>
      (t.low === 'reason' && askedReason(tokens, i) && tokens.slice(0, i).some((u) => USER_WORDS.has(u.low))) ||
      (t.low === 'why' && tokens[i - 1]?.low === 'idea') ||
      (t.low === 'going' && tokens[i + 1]?.low === 'on' && tokens[i - 1]?.low === 'something'),
  );
}

/** Words that judge a plan an idea ("a good idea", "a bad idea"). */
const WISE: ReadonlySet<string> = new Set(['good', 'bad', 'wise', 'sensible']);
/** Troubles named as such ("any problem for him?", "anything of concern?"). */
const TROUBLES: readonly string[] = ['problem', 'problems', 'issue', 'issues', 'concern', 'concerns'];
/**
 * Words after "anything" that ask what to be careful of ("anything I should know?", "anything to watch out for?"), or what
 * the user does not take, or takes little of ("anything I should go easy on?", "anything he won't touch?").
 */
const CAUTION_WORDS: ReadonlySet<string> = new Set([
  'know',
  'watch',
  'aware',
  'careful',
  'worry',
  'worried',
  'mind',
  'avoid',
  'steer',
  'easy',
  'touch',
  ...TROUBLES,
]);
/** Verbs of leaving a thing out, after "what" ("what toppings should I avoid for her?", "what should I skip?"). */
const LEAVE_OUT: ReadonlySet<string> = new Set(['avoid', 'skip']);
/** Modals that, denied after "anything", ask what must not be done for the user ("anything urgent care shouldn't give her?"). */
const FORBIDDING: ReadonlySet<string> = new Set(['should', 'must', 'can', 'could']);
const forbids = (tokens: readonly QToken[], i: number): boolean => tokens[i]?.low === 'not' && FORBIDDING.has(tokens[i - 1]?.low ?? '');
/** Words that say a plan is fine or not for the user ("is that ok for her?"). */
const FINE: ReadonlySet<string> = new Set(['ok', 'okay', 'fine', 'alright', 'safe']);

/** What "any" may name that is itself a matter of care ("any problem for him?", "any health things to know"). */
const CARE_NOUNS: ReadonlySet<string> = new Set([...TROUBLES, 'worries', 'health', 'medical']);

/**
 * "he's offered to help me move my beehives — anything I should know first?", "picnic by the beehives — any problem for
 * him?", "anything to steer clear of?", "anything urgent care shouldn't give her?", and why the user is as they are ("any
 * reason?", see asksCause): a question that asks what to be careful of for the user, with no narrower topic of its own ("any
 * pets I should know about?" asks about pets) — `open`; "we're bringing pan dulce, is that ok for her?", "is it a good idea
 * to stand him next to the alarm?": whether a plan suits the user — `fine`. What is known of the user's health (allergies,
 * conditions) answers the first always, the second when nothing else does.
 */
export function asksCaution(tokens: readonly QToken[]): 'open' | 'fine' | undefined {
  const open = tokens.some(
    (t, i) =>
      (t.low === 'anything' && tokens.slice(i + 1, i + 6).some((u, j) => CAUTION_WORDS.has(u.low) || forbids(tokens, i + 1 + j))) ||
      (t.low === 'any' && CARE_NOUNS.has(tokens[i + 1]?.low ?? '')) ||
      (LEAVE_OUT.has(t.low) && tokens.slice(0, i).some((u) => u.low === 'what') && tokens.some((u) => USER_OBJECTS.has(u.low))) ||
      // ("what should I not put on his?")
      (t.low === 'what' && tokens.slice(i + 1, i + 5).some((_, j) => forbids(tokens, i + 1 + j))),
  );
  if (open || asksCause(tokens)) return 'open';
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.punct) last--;
  const fine = last >= 2 && USER_OBJECTS.has(tokens[last]!.low) && tokens[last - 1]!.low === 'for' && FINE.has(tokens[last - 2]!.low);
  // ("is a ceili with loads of dancing a good idea for him at the moment?", "is it a good idea to stand him next to the alarm?")
  const wise = tokens.some((t, i) => t.low === 'idea' && WISE.has(tokens[i - 1]?.low ?? '')) && tokens.some((t) => USER_OBJECTS.has(t.low));
  return fine || wise ? 'fine' : undefined;
}
