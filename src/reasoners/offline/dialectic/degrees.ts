import type { FactTerms } from './facts.js';
import type { QToken } from './qtokens.js';

/**
 * Levels of an academic degree: a closed class whose members exclude one another. Asked whether the user
 * holds one level ("did they do a master's after Glasgow?"), a value that names only another level ("BA
 * Music Technology") does not say; a value that names the level asked for, or none, still may.
 */

type Level = 'bachelor' | 'master' | 'doctorate';

/** Words that name a level in a question: unambiguous ones only ("ma" may be a mother, "md" a director). */
const ASKED: ReadonlyMap<string, Level> = new Map([
  ["bachelor's", 'bachelor'],
  ['bachelors', 'bachelor'],
  ['bsc', 'bachelor'],
  ['undergrad', 'bachelor'],
  ["master's", 'master'],
  ['masters', 'master'],
  ['msc', 'master'],
  ['mba', 'master'],
  ['mphil', 'master'],
  ['mres', 'master'],
  ['phd', 'doctorate'],
  ['dphil', 'doctorate'],
  ['doctorate', 'doctorate'],
]);

/** Words that name a level in a stored value, where the abbreviations stand for degrees. */
const NAMED: ReadonlyMap<string, Level> = new Map([
  ...ASKED,
  ['ba', 'bachelor'],
  ['beng', 'bachelor'],
  ['bfa', 'bachelor'],
  ['llb', 'bachelor'],
  ['bcom', 'bachelor'],
  ['bcomm', 'bachelor'],
  ['bba', 'bachelor'],
  ['bed', 'bachelor'],
  ['btech', 'bachelor'],
  ['bpharm', 'bachelor'],
  ['bvsc', 'bachelor'],
  ['bvms', 'bachelor'],
  ['mvb', 'bachelor'],
  ['bds', 'bachelor'],
  ['mbbs', 'bachelor'],
  ['bsn', 'bachelor'],
  ['ma', 'master'],
  ['msw', 'master'],
  ['mph', 'master'],
  ['mpa', 'master'],
  ['mcom', 'master'],
  ['mtech', 'master'],
  ['mlitt', 'master'],
  ['meng', 'master'],
  ['mfa', 'master'],
  ['llm', 'master'],
]);

/** The degree levels a question asks about ("master's", "a masters", "PhD"). */
export function askedDegrees(tokens: readonly QToken[]): ReadonlySet<Level> {
  const out = new Set<Level>();
  // ("what's he after once the doctorate's done?": a degree in a clause of time after "once" or "when" sets when, it is
  // not asked about.)
  const setting = tokens.findIndex((t, i) => i > 2 && (t.low === 'once' || t.low === 'when'));
  tokens.forEach((t, i) => {
    if (setting >= 0 && i > setting) return;
    // "a master's": the tagger splits off the "'s".
    const split = (t.low === 'master' || t.low === 'bachelor') && tokens[i + 1]?.low === "'s" ? t.low : undefined;
    const level = ASKED.get(t.low) ?? split;
    if (level) out.add(level);
  });
  return out;
}

/** The value names a degree level, and none of those asked. */
export function namesOtherDegree(terms: FactTerms, asked: ReadonlySet<Level>): boolean {
  let other = false;
  for (const low of terms.lows) {
    const level = NAMED.get(low);
    if (level === undefined) continue;
    if (asked.has(level)) return false;
    other = true;
  }
  return other;
}
