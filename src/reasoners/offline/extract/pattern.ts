import type { Category } from '../../../profiles/model.js';
import type { Subject } from '../nlp/clauses.js';
import type { Token } from '../nlp/wink.js';

/**
 * The shape of one entry of the extraction tables (one file per family under ./patterns/).
 * An entry says: when a clause about the user matches `match` (see ./engine.ts for the syntax),
 * record `key` with the captured value. Everything else has a default that fits most entries.
 */

export type Family =
  | 'identity'
  | 'work'
  | 'places'
  | 'languages'
  | 'health'
  | 'diet'
  | 'family'
  | 'preferences'
  | 'interests'
  | 'skills'
  | 'goals'
  | 'events'
  | 'education'
  | 'values';

/** How plainly the user said it (see ./scoring.ts): "my name is" is explicit, "X here" is implied. */
export type Strength = 'explicit' | 'plain' | 'implied';

export interface PatternSpec {
  /** Stable id, reported by the eval and used in tests: `family.key.shape`. */
  readonly id: string;
  readonly match: string;
  readonly key: string;
  /** A key that depends on what was said (e.g. "favourite band" -> favorite_band); undefined rejects the match. */
  readonly keyOf?: (v: ValueContext) => string | undefined;
  /** Fire only when no other entry matched the same clause (catch-all entries such as dated events). */
  readonly fallback?: boolean;
  /** Default: the family's category (./families.ts). */
  readonly category?: Category;
  /** Default: plain. */
  readonly strength?: Strength;
  /** Whose clause may match: default the user's own (self) and subject-less fragments. */
  readonly subjects?: readonly Subject[];
  /** Match only at the start of the predicate (default) or at any token of the clause. */
  readonly where?: 'start' | 'anywhere';
  /** Slot that holds the value (default `x`). */
  readonly slot?: string;
  /** Build the value from the captured slots ("no {x}"); return undefined to reject the match. */
  readonly value?: (v: ValueContext) => string | undefined;
  /** For `attr` clauses ("my first language is …"): one of these words must name the attribute. */
  readonly attr?: readonly string[];
  /** Fire only when the clause says it is current ("now", "these days") or carries a time expression. */
  readonly requires?: 'current' | 'time';
  /** The verb itself withdraws the value ("I quit Acme", "I left Infosys"). */
  readonly retracts?: boolean;
  /**
   * "I'm from X": a home town, or the location when no other place is said to be home; "posted to X": where the user
   * works, or the location when no other place is said to be home (./merge.ts).
   */
  readonly via?: 'from' | 'posted';
  /**
   * A negated match: `skip` (default) drops it, `negative` keeps it as a fact in its own right
   * ("I don't eat pork" -> "no pork"; the value function then receives the slot text). A negation
   * with "anymore" / "no longer" is a retraction whatever this says.
   */
  readonly negation?: 'skip' | 'negative' | 'keep';
  /** Fires inside questions too ("is my cat Noodle ok?" still says the user has a cat). */
  readonly inQuestion?: boolean;
  /** Also read inside what others say of the user: "everyone calls me Shiv" is how the user is known. */
  readonly inReport?: boolean;
  /** A past statement ("I used to …", "I was …"): retracts the value (default) or still holds (`ok`). */
  readonly past?: 'retract' | 'ok';
  /**
   * The match itself says the value holds now ("here in Cork"): a past tense, a wish or a purpose around it does not
   * change that ("I danced salsa every weekend, here in Oslo it's skiing"); only "used to" does.
   */
  readonly present?: boolean;
  /** May fire inside a request (the entry checks that the user makes it lasting: "always", "from now on"). */
  readonly request?: boolean;
  /** Fire only in requests ("use 24-hour time with me always"). */
  readonly mood?: 'request';
  /** Static (default), dynamic (always short-lived) or event (dynamic, expiry from the time said). */
  readonly bucket?: 'static' | 'dynamic' | 'event';
  /** The value is a list item (default from the key, see ./families.ts). */
  readonly list?: boolean;
}

/** What a value function sees: the main slot's text and tokens, and every other slot. */
export interface ValueContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  slot(name: string): string | undefined;
  slotTokens(name: string): readonly Token[];
  /** The whole clause. */
  readonly clause: readonly Token[];
  /** The whole sentence the clause is part of. */
  readonly sentence: readonly Token[];
}
