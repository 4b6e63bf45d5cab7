import type { Category } from '../../profiles/model.js';

/**
 * A concept of the profile vocabulary: what people ask about a user, the words that name it, and the
 * fact keys and categories that answer it. Concepts are data; one engine (../triggers.ts) reads them
 * for questions (what is asked) and for stored keys and values (what a fact is about).
 *
 * Trigger syntax: words separated by spaces, matched on stems ("languages" = "language"); a word may
 * carry a part of speech for questions ("book:VERB"), or ask for one spelling ("=called", not "call");
 * `<time>` is a clock time, `<place>` a capitalised place after in/to/from/at.
 */
export interface ConceptDef {
  readonly name: string;
  /** For abstentions: "The profile has nothing about her <noun>." */
  readonly noun: string;
  /** Words and phrases that name the concept. */
  readonly triggers: readonly string[];
  /**
   * Words that name one member of the class ("cricket" of sports, "Tamil" of languages). Asked for as
   * the head ("which football team?"), they are answered only by a fact that names them too.
   */
  readonly instances?: readonly string[];
  /**
   * A class of things (sports, music, drinks...): a fact that answers it less directly ("interests")
   * answers it only when its value names a member ("cricket"), not whenever it exists.
   */
  readonly classOf?: boolean;
  /** Dates and days: a member named in a question ("in April") asks about any plans around it. */
  readonly loose?: boolean;
  /** Vague cues: they count for little unless they are what the question asks for. */
  readonly weak?: readonly string[];
  /** Keys that answer it directly ("favorite_*" matches a prefix). */
  readonly keys: readonly string[];
  /** Keys that answer it less directly: enough on their own when nothing direct is stored. */
  readonly near?: readonly string[];
  /** Keys that only support another match (never cited on this concept alone). */
  readonly related?: readonly string[];
  readonly categories?: readonly Category[];
  /** Short-lived (dynamic) facts answer it less directly. */
  readonly dynamic?: boolean;
  /** Its words say nothing about a stored value's topic: look for them in questions only. */
  readonly questionOnly?: boolean;
  /**
   * It frames the question more than it asks ("thinking of gifting her a GPS watch"): a profile with nothing on it may
   * still answer what the rest of the question names, so it alone does not leave the question unanswered.
   */
  readonly framing?: boolean;
  /**
   * A semantic field of world knowledge (concepts/world.ts): its members link what a question names
   * to what a value holds ("kaju katli" and "cashews", "board-game night" and "backgammon", "balloons"
   * and "latex"). It is never a topic of its own: a fact answers it when its value (or key) names a
   * member, and the question's other words say what is asked.
   */
  readonly field?: boolean;
  /** A field that only supports another match (places and their countries): in a question it counts as a weak cue. */
  readonly minor?: boolean;
  /**
   * The concepts of the facts a field bears on most ("gluten": diet, allergies, health; "board games":
   * interests): a fact about one of them that names a member answers the field better than one that
   * mentions it in passing ("wheelchair basketball" among interests, beside "needs step-free access").
   */
  readonly home?: readonly string[];
}

/** How strongly a fact answers a concept. */
export const LEVEL = { key: 1, category: 0.8, derived: 0.8, near: 0.6, value: 0.5, related: 0.3 } as const;
