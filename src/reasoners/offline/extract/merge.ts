import type { ExtractedFact } from '../../../profiles/reasoning.js';
import type { Candidate } from './clause-facts.js';
import { DEFAULT_DYNAMIC_TTL } from './time.js';

/** Places only mentioned inside a clause ("I work in Kibera", "a guesthouse near Hazyview", "sites in Warrington"). */
const PASSING_PLACES: ReadonlySet<string> = new Set(['places.location.in-clause', 'places.location.work-round', 'places.location.from-clause']);
/** A location said as where the user is, not only passed through. */
const saidAsHome = (c: Candidate): boolean => c.key === 'location' && !PASSING_PLACES.has(c.pattern);

/**
 * One call's candidates into the facts handed to the learner. Within a call the latest statement
 * wins for a single-valued key ("I used to live in Rotterdam but moved to Porto" -> Porto); list
 * keys collect every item, and withdrawn items stay withdrawn unless said again later. "I'm from X"
 * is the location only when no other place is given as home, else the home town ("posted to X":
 * else the workplace). "Call me Y" after the name was given in another sentence ("My name is Alexandra. Call me Sasha.", "Name's Oluwaseun … sign it off as
 * Seun") is the name to use.
 */
export function finalise(candidates: readonly Candidate[]): ExtractedFact[] {
  const homes = candidates.filter((c) => c.key === 'location' && c.via === undefined && !c.retract);
  const livesSomewhere = homes.length > 0;
  // ("… sites in Warrington and Bolton, home's in Stockport": home said as such is the home beside a place only passed through.)
  const livesFirmly = homes.some(saidAsHome);
  const givenName = candidates.find((c) => c.key === 'name' && !c.retract && !toBeUsed(c));
  const toUse = (c: Candidate): Candidate =>
    givenName && c.key === 'name' && toBeUsed(c) && c.order > givenName.order && !sameText(c.value, String(givenName.value))
      ? { ...c, key: 'preferred_name' }
      : c;
  const byKey = new Map<string, Candidate[]>();
  // Later statements win; within one clause, the more explicit reading wins.
  // (…and between equally explicit readings, the fuller one: "senior engineer" over "senior").
  const length = (c: Candidate) => (Array.isArray(c.value) ? c.value.join(' ') : c.value).length;
  for (const c0 of [...candidates].sort((a, b) => a.order - b.order || a.confidence - b.confidence || length(a) - length(b))) {
    // ("I stay at Tema but I'm posted to Kotoka": where work sends the user, beside a home said, is where they work.)
    const elsewhere = c0.via === 'from' ? 'hometown' : 'workplace';
    const c =
      c0.via !== undefined && (c0.pattern === 'places.location.home-is' ? livesFirmly : livesSomewhere)
        ? { ...c0, key: elsewhere, bucket: 'static' as const }
        : toUse(c0);
    const list = byKey.get(c.key) ?? [];
    list.push(c);
    byKey.set(c.key, list);
  }
  const out: ExtractedFact[] = [];
  for (const [key, list] of byKey) {
    const asserted = list.filter((c) => !c.retract);
    const isList = list.some((c) => c.list);
    if (isList) {
      const items: string[] = [];
      const seen = new Set<string>();
      let best: Candidate | undefined;
      // (only an explicit "X, not Y": a restated value of the same class may leave the earlier one true — "English isn't
      // my first language (it's Portuguese)").
      const retractions = list.filter((c) => c.retract && c.pattern === 'correction.x-not-y');
      for (const c of asserted) {
        for (const item of Array.isArray(c.value) ? c.value : [c.value]) {
          const norm = item.toLowerCase();
          if (seen.has(norm) || item.trim() === '') continue;
          // Said and then withdrawn later in the same call ("interview friday" … "it's Thursday not Friday").
          if (retractions.some((r) => r.order > c.order && sameText(r.value, item))) continue;
          seen.add(norm);
          items.push(item);
        }
        if (!best || c.confidence > best.confidence) best = c;
      }
      // ("my daughter is 15": "daughter" and "daughter (15)" are one item, the fuller kept.)
      const fuller = items.filter((x) => !items.some((y) => y.toLowerCase().startsWith(`${x.toLowerCase()} (`)));
      if (best && fuller.length > 0) out.push(fact(key, fuller, best, asserted));
      const withdrawn = new Set<string>();
      for (const r of list.filter((c) => c.retract)) {
        const value = Array.isArray(r.value) ? r.value[0]! : r.value;
        if (withdrawn.has(value.toLowerCase())) continue;
        withdrawn.add(value.toLowerCase());
        if (!seen.has(value.toLowerCase()) && !asserted.some((c) => c.order > r.order && sameText(c.value, value))) out.push(retraction(key, value, r));
      }
      continue;
    }
    const last = latestStatement(asserted);
    if (last) {
      out.push(fact(key, Array.isArray(last.value) ? last.value.join(', ') : last.value, last, [last]));
      continue;
    }
    const r = list[list.length - 1]!;
    out.push(retraction(key, Array.isArray(r.value) ? r.value.join(', ') : r.value, r));
  }
  return out;
}

/** Patterns of the name to use ("call me Sasha", "sign it off as Seun"), which a name given before outranks. */
const NAME_TO_USE: readonly string[] = ['identity.name.call-me', 'identity.name.sign-as', 'identity.name.sign-thing-as', 'identity.name.sign-it'];
const toBeUsed = (c: Candidate): boolean => NAME_TO_USE.some((p) => c.pattern.startsWith(p));

function sameText(value: string | string[], text: string): boolean {
  const t = text.toLowerCase();
  return (Array.isArray(value) ? value : [value]).some((v) => v.toLowerCase() === t);
}

function fact(key: string, value: string | string[], c: Candidate, all: readonly Candidate[]): ExtractedFact {
  const dynamic = all.every((x) => x.bucket === 'dynamic');
  const out: ExtractedFact = {
    key,
    value,
    category: c.category,
    bucket: dynamic ? 'dynamic' : 'static',
    confidence: c.confidence,
    evidence: c.evidence,
  };
  if (dynamic) out.ttl_seconds = Math.max(...all.map((x) => x.ttl ?? DEFAULT_DYNAMIC_TTL));
  return out;
}

function retraction(key: string, value: string, c: Candidate): ExtractedFact {
  return { key, value, category: c.category, bucket: 'static', confidence: c.confidence, retract: true, evidence: c.evidence };
}

/**
 * The statement that stands for a single-valued key: the latest, except that a place only mentioned inside a clause is no
 * home beside one said as where the user lives ("I live in Ngong but I work in Kibera", "I stay in Maseno but the pool I
 * work at is in Kisumu town", "… sites in Warrington and Bolton, home's in Stockport").
 */
function latestStatement(asserted: readonly Candidate[]): Candidate | undefined {
  const firm = asserted.filter(saidAsHome);
  // ("I'm in Perth — sorry, Perth in Scotland": a passing place that only says more of the home stays.)
  const refines = (c: Candidate): boolean => firm.some((f) => String(c.value).toLowerCase().includes(String(f.value).toLowerCase()));
  const standing = firm.length > 0 ? asserted.filter((c) => !PASSING_PLACES.has(c.pattern) || refines(c)) : asserted;
  return standing[standing.length - 1];
}
