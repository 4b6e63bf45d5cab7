import type { Problem } from './errors.js';
import { jsonEqual, valueProblem } from './json.js';
import { LIMITS, defaultCategory, keyProblem, normaliseKey, type Bucket, type Category, type FactWithHistory } from './model.js';
import type { ScopeView } from './view.js';

export type PatchAction = 'create' | 'update' | 'delete' | 'unchanged';

/** One planned change of a patch, in the shape the dry-run preview returns. */
export interface PatchChange {
  key: string;
  action: PatchAction;
  before: unknown;
  after: unknown;
  fact_id: string | null;
  bucket: Bucket;
  category: Category;
}

export interface PatchPlan {
  changes: PatchChange[];
  problems: Problem[];
  /** Live facts of the scope after the patch. */
  liveAfter: number;
}

/**
 * The entries of a patch object exactly as sent. Own keys are read before any parsing could drop
 * them, so `"__proto__"` is seen (and rejected) rather than silently ignored.
 */
export function patchEntries(raw: unknown, field: string): { entries: [string, unknown][]; problems: Problem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { entries: [], problems: [{ field, message: 'must be an object mapping keys to values' }] };
  }
  return { entries: Object.keys(raw).map((k) => [k, (raw as Record<string, unknown>)[k]]), problems: [] };
}

/**
 * Plan a JSON merge-patch of the scope: existing keys are updated in place, new keys created
 * (static, category per docs/spec.md §1), `null` deletes, equal values are unchanged. Every problem is
 * reported at once. The same plan serves the dry-run preview and the real write.
 */
export function planPatch(view: ScopeView, entries: readonly [string, unknown][], field: string): PatchPlan {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const changes: PatchChange[] = [];
  let liveAfter = view.live.length;
  for (const [rawKey, value] of entries) {
    const where = `${field}.${rawKey}`;
    const keyIssue = keyProblem(rawKey);
    if (keyIssue) {
      problems.push({ field: where, message: keyIssue });
      continue;
    }
    const key = normaliseKey(rawKey);
    const twin = seen.get(key);
    if (twin !== undefined) {
      problems.push({ field: where, message: `"${rawKey}" and "${twin}" both normalise to "${key}"` });
      continue;
    }
    seen.set(key, rawKey);
    if (value !== null) {
      const valueIssue = valueProblem(value);
      if (valueIssue) {
        problems.push({ field: where, message: valueIssue });
        continue;
      }
    }
    const existing = view.byKey.get(key);
    const change = planOne(key, value, existing);
    if (change.action === 'create') liveAfter++;
    if (change.action === 'delete') liveAfter--;
    changes.push(change);
  }
  if (problems.length === 0 && liveAfter > LIMITS.factsPerScope) {
    problems.push({
      field,
      message: `the scope would hold ${liveAfter} facts; the limit is ${LIMITS.factsPerScope} per scope. Delete facts first.`,
    });
  }
  changes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { changes, problems, liveAfter };
}

function planOne(key: string, value: unknown, existing: FactWithHistory | undefined): PatchChange {
  if (!existing) {
    return {
      key,
      action: value === null ? 'unchanged' : 'create',
      before: null,
      after: value,
      fact_id: null,
      bucket: 'static',
      category: defaultCategory(key),
    };
  }
  const base = { key, before: existing.value, fact_id: existing.id, bucket: existing.bucket, category: existing.category };
  if (value === null) return { ...base, action: 'delete', after: null };
  if (jsonEqual(value, existing.value)) return { ...base, action: 'unchanged', after: existing.value };
  return { ...base, action: 'update', after: value };
}

export function countActions(changes: readonly { action: string }[]): Record<PatchAction, number> {
  const counts: Record<PatchAction, number> = { create: 0, update: 0, delete: 0, unchanged: 0 };
  for (const c of changes) if (c.action in counts) counts[c.action as PatchAction]++;
  return counts;
}

/** "Updated 3, created 2 profile facts", with ", deleted N" when N > 0. */
export function patchMessage(counts: Record<PatchAction, number>): string {
  const base = `Updated ${counts.update}, created ${counts.create} profile facts`;
  return counts.delete > 0 ? `${base}, deleted ${counts.delete}` : base;
}

/** "Would update 1, create 1 profile facts", with ", delete N" when N > 0. */
export function previewMessage(counts: Record<PatchAction, number>): string {
  const base = `Would update ${counts.update}, create ${counts.create} profile facts`;
  return counts.delete > 0 ? `${base}, delete ${counts.delete}` : base;
}
