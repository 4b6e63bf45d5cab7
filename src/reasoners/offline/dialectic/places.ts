import { createRequire } from 'node:module';
import { normaliseText } from '../nlp/normalise.js';
import type { QToken } from './qtokens.js';
import { valueItems } from './values.js';
import { splitOn } from './words.js';

/**
 * "Which part of Malmö do they live in?" asks for something finer than Malmö: a stored "Malmö, Sweden"
 * does not answer it, a stored "Coyoacán, Mexico City" answers "which part of Mexico City". The known
 * cities, provinces and countries (the `city-timezones` table the extractor reads too) say what lies
 * inside what; a place part of a value that lies inside the place asked about, or is no known city,
 * province or country (a neighbourhood), is a finer one.
 */

interface CityRow {
  city: string;
  city_ascii: string;
  province: string;
  country: string;
}

/** Each known place (lower case) with the places that contain it (a city: its province and country). */
let within: ReadonlyMap<string, ReadonlySet<string>> | undefined;

function knownPlaces(): ReadonlyMap<string, ReadonlySet<string>> {
  if (within) return within;
  const require = createRequire(import.meta.url);
  const rows = (require('city-timezones') as { cityMapping: CityRow[] }).cityMapping;
  const out = new Map<string, Set<string>>();
  const add = (name: string, parents: readonly string[]) => {
    if (!name) return;
    const key = name.toLowerCase();
    const set = out.get(key) ?? new Set<string>();
    for (const p of parents) if (p) set.add(p.toLowerCase());
    out.set(key, set);
  };
  for (const r of rows) {
    add(r.city, [r.province, r.country]);
    add(r.city_ascii, [r.province, r.country]);
    add(r.province, [r.country]);
    add(r.country, []);
  }
  within = out;
  return out;
}

/** Whether a name (any case) is a known city, province or country. */
export const isKnownPlace = (name: string): boolean => knownPlaces().has(name.toLowerCase());

const PART_NOUNS = new Set(['part', 'area', 'neighbourhood', 'neighborhood', 'suburb', 'district', 'bit', 'side', 'end', 'quarter', 'borough']);
const MAX_PLACE_WORDS = 4;

/** The place a question asks for a part of ("which part of Malmö", "where in Berlin"), lower case, or undefined. */
export function partOfPlace(tokens: readonly QToken[]): string | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    const asksPart = (t.low === 'which' || t.low === 'what') && PART_NOUNS.has(tokens[i + 1]!.lemma) && tokens[i + 2]!.low === 'of';
    const whereIn = t.low === 'where' && tokens[i + 1]!.low === 'in';
    if (!asksPart && !whereIn) continue;
    const from = asksPart ? i + 3 : i + 2;
    const words: string[] = [];
    for (let k = from; k < tokens.length && words.length < MAX_PLACE_WORDS && tokens[k]!.pos === 'PROPN'; k++) words.push(tokens[k]!.low);
    if (words.length > 0) return words.join(' ');
  }
  return undefined;
}

/** Whether a value names a place finer than `place`: a part that is no known place, or one inside it. */
export function namesPartOf(value: unknown, place: string): boolean {
  const known = knownPlaces();
  for (const item of valueItems(value).slice(0, 20)) {
    for (const raw of splitOn(normaliseText(item.slice(0, 200)), ',;()')) {
      const part = raw.trim().toLowerCase();
      if (part === '' || part === place) continue;
      const parents = known.get(part);
      if (!parents || parents.has(place)) return true;
    }
  }
  return false;
}
