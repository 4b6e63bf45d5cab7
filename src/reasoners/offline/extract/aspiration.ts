import type { Token } from '../nlp/wink.js';
import type { Family } from './pattern.js';

/** Verbs that put what follows into a future the user wants or plans ("hoping to retire by 55", "thinking of moving to Cork"). */
const ASPIRING = new Set(['want', 'hope', 'plan', 'aim', 'intend', 'wish', 'dream', 'aspire', 'yearn', 'think']);
const WOULD = new Set(["'d", 'd', 'would', 'wud', 'wd']);
/** What a wish may still state as it is: a goal, a plan, an event, a preference, the name to use. */
const ASPIRATION_FAMILIES: ReadonlySet<Family> = new Set(['goals', 'events', 'preferences']);
const ASPIRATION_KEYS = new Set(['name', 'nickname', 'preferred_name', 'pronouns', 'planned_move']);

/**
 * Whether the words before a match put it under a wish or a plan: "hoping to retire by 55", "I'd love
 * to move to Lisbon", "wanna go vegan", "thinking of moving to Cork", "going to train as a nurse". What
 * follows is not the user's present state (no work status, place or diet), only their goal.
 */
export function aspired(tokens: readonly Token[], from0: number, to: number): boolean {
  // ("I want a hybrid job because of Biscuit, my 2-year-old cockapoo": what follows ", my" is said of what is the user's now.)
  let from = from0;
  for (let k = to - 1; k > from0; k--) {
    if (tokens[k]!.text === ',' && (tokens[k + 1]?.low === 'my' || tokens[k + 1]?.low === 'our')) {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // ("considering" only: "I consider myself vegetarian" states the diet.)
    if (t.low === 'wanna' || t.low === 'gonna' || t.low === 'considering') return true;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // "doc wants me on lower-carb meals": someone else's wish that the user now follows.
    if (tokens[k + 1]?.low === 'me' || tokens[k + 1]?.low === 'us') continue;
    if (ASPIRING.has(t.lemma) && (t.lemma !== 'think' || ['of', 'about'].includes(tokens[k + 1]?.low ?? ''))) return true;
    if ((t.lemma === 'like' || t.lemma === 'love') && WOULD.has(tokens[k - 1]?.low ?? '')) return true;
    if (t.low === 'going' && tokens[k + 1]?.low === 'to' && (tokens[k + 2]?.pos === 'VERB' || tokens[k + 2]?.pos === 'AUX')) return true;
  }
  return false;
}

/** Whether a fact of this family and key may be drawn from words under a wish or a plan. */
export function statesUnderWish(family: Family, key: string): boolean {
  return ASPIRATION_FAMILIES.has(family) || ASPIRATION_KEYS.has(key);
}
