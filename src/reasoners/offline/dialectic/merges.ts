import { conceptId } from './concepts/index.js';
import type { Aspect } from './question.js';

/**
 * When two concepts are named together, one may be what the other means here:
 *   "where is she from, back in Nigeria?"  - a town she comes from, not where she lives (origin);
 *   "which school does he teach at?"        - a workplace, not his education (employer);
 *   "which languages does he code in?"      - programming languages, not spoken ones.
 * Each entry moves the `from` aspect into the `into` aspect (when all its cue words are in `cues`).
 */

interface Merge {
  readonly into: string;
  readonly from: string;
  readonly cues?: ReadonlySet<string>;
  /** Not when the `from` aspect names a member of its class ("a letter written in Tamil" names a spoken language). */
  readonly notForMembers?: boolean;
  /** The `from` aspect stays beside it at this weight (what it names still bears, less). */
  readonly keep?: number;
}

const INSTITUTIONS = new Set(['school', 'college', 'university', 'uni', 'academy', 'institute', 'hospital', 'clinic']);

const MERGES: readonly Merge[] = [
  { into: 'origin', from: 'location' },
  { into: 'company', from: 'education', cues: INSTITUTIONS },
  // "which languages does he code in?": programming languages, not the languages he speaks.
  { into: 'programming', from: 'language', notForMembers: true },
  // "are they studying anything on the side?": what they are learning now, not their degree.
  // (A course under way is on the user's education too: "what's she studying at the minute?" beside "working towards ECE II".)
  { into: 'learning', from: 'education', cues: new Set(['study']), keep: 0.6 },
  // "does she have kids? how old?": the children's ages, not hers.
  { into: 'family', from: 'age', cues: new Set(['how', 'old']) },
];

export function mergeAspects(byConcept: Map<number, Aspect>): void {
  for (const m of MERGES) {
    const into = byConcept.get(conceptId(m.into));
    const from = byConcept.get(conceptId(m.from));
    if (!into || !from) continue;
    if (m.cues && !(from.cues ?? []).every((c) => m.cues!.has(c))) continue;
    if (m.notForMembers && (from.instances?.length ?? 0) > 0) continue;
    into.words.push(...from.words);
    into.weight = Math.max(into.weight, from.weight);
    into.head ||= from.head;
    if (m.keep !== undefined) from.weight = Math.min(from.weight, m.keep);
    else byConcept.delete(conceptId(m.from));
  }
}
