import { EventEmitter } from 'node:events';
import { ProfileError, validationError, type Problem } from './errors.js';
import { newFactId } from './ids.js';
import { valueProblem } from './json.js';
import {
  defaultCategory,
  emptyScopeDoc,
  keyProblem,
  normaliseKey,
  LIMITS,
  type Fact,
  type FactWithHistory,
  type ScopeDoc,
  type ScopeRef,
} from './model.js';
import { countActions, patchEntries, patchMessage, planPatch, previewMessage } from './patch.js';
import type { Mutation, Store } from './ports.js';
import { applyOps, hasExpired, revise, type FactOp } from './revise.js';
import type {
  CreateFactParams,
  DeleteFactParams,
  DeleteProfileParams,
  GetFactParams,
  GetProfileParams,
  ListCollectionsParams,
  ListCollectionsResult,
  ListFactsParams,
  ListFactsResult,
  PatchProfileParams,
  PatchResult,
  ProfileResult,
  UpdateFactParams,
} from './schemas.js';
import { isFlatKey, toPublicFact, viewOf, type ScopeView } from './view.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface ServiceOptions {
  store: Store;
  /** Milliseconds since the epoch; injectable for tests of expiry. */
  clock?: () => number;
}

/** Emitted after every committed write that changed a scope's facts. */
export interface ScopeChange {
  account: string;
  collection_id: string | null;
}

export interface ProfileRead {
  result: ProfileResult;
  flat: Fact[];
}

const profileCache = new WeakMap<ScopeView, ProfileRead>();

/**
 * The product core: every profile operation, one method per verb. Inputs are already shaped by the
 * edge's schema (see schemas.ts); the service checks what depends on data and on SPEC rules.
 */
export class ProfileService {
  readonly store: Store;
  readonly clock: () => number;
  private readonly events = new EventEmitter();

  constructor(options: ServiceOptions) {
    this.store = options.store;
    this.clock = options.clock ?? Date.now;
    this.events.setMaxListeners(0);
    this.store.watch?.((scope) => this.notifyChange(scope));
  }

  /** Subscribe to committed changes; returns the unsubscribe function. */
  onChange(listener: (change: ScopeChange) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  /** Announce a change made outside this service (another process, another store client). */
  notifyChange(change: ScopeChange): void {
    this.events.emit('change', change);
  }

  // ---- reads ----

  async view(scope: ScopeRef): Promise<ScopeView> {
    return viewOf(await this.store.read(scope), this.clock());
  }

  async getProfile(account: string, params: GetProfileParams): Promise<ProfileResult> {
    return (await this.readProfile(account, params)).result;
  }

  /** The profile result plus the flat (name/timezone/language) facts themselves, for renderings that cite ids. */
  async readProfile(account: string, params: GetProfileParams): Promise<ProfileRead> {
    const scope = scopeOf(account, params.collection_id);
    const view = await this.view(scope);
    const cached = profileCache.get(view);
    if (cached) return cached;
    const result: ProfileResult = {
      name: null,
      timezone: null,
      language: null,
      collection_id: scope.collection_id,
      profile: { static: [], dynamic: [] },
      fact_count: view.live.length,
    };
    const flat: Fact[] = [];
    for (const fact of view.publicFacts) {
      if (isFlatKey(fact.key)) {
        result[fact.key as 'name' | 'timezone' | 'language'] = fact.value;
        flat.push(fact);
      } else {
        result.profile[fact.bucket].push(fact);
      }
    }
    const read = { result, flat };
    profileCache.set(view, read);
    return read;
  }

  async listFacts(account: string, params: ListFactsParams): Promise<ListFactsResult> {
    const scope = scopeOf(account, params.collection_id);
    const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
    const key = params.key === undefined ? undefined : normaliseKey(params.key);
    const q = params.q?.toLowerCase();
    const view = await this.view(scope);
    const matching = view.publicFacts.filter(
      (f) =>
        (params.bucket === undefined || f.bucket === params.bucket) &&
        (params.category === undefined || f.category === params.category) &&
        (key === undefined || f.key === key) &&
        (q === undefined || q === '' || matchesText(f, q)),
    );
    const limit = params.limit ?? LIMITS.listLimitDefault;
    const start = after === undefined ? 0 : firstAfter(matching, (f) => f.key, after);
    const page = matching.slice(start, start + limit);
    const more = start + limit < matching.length;
    return {
      facts: page,
      total: matching.length,
      next_cursor: more && page.length > 0 ? encodeCursor(page[page.length - 1]!.key) : null,
    };
  }

  async getFact(account: string, params: GetFactParams): Promise<FactWithHistory> {
    const scope = scopeOf(account, params.collection_id);
    const fact = (await this.view(scope)).byId.get(params.id);
    if (!fact) throw factNotFound(params.id);
    return fact;
  }

  async listCollections(account: string, params: ListCollectionsParams): Promise<ListCollectionsResult> {
    const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
    const ids = (await this.store.listCollections(account)).sort();
    const summaries: ListCollectionsResult['collections'] = [];
    for (const collection_id of ids) {
      const view = await this.view({ account, collection_id });
      if (view.live.length === 0) continue;
      let updated = view.live[0]!.updated_at;
      for (const f of view.live) if (f.updated_at > updated) updated = f.updated_at;
      summaries.push({ collection_id, fact_count: view.live.length, updated_at: updated });
    }
    const limit = params.limit ?? LIMITS.collectionsLimitDefault;
    const start = after === undefined ? 0 : firstAfter(summaries, (c) => c.collection_id, after);
    const page = summaries.slice(start, start + limit);
    const more = start + limit < summaries.length;
    return {
      collections: page,
      total: summaries.length,
      next_cursor: more && page.length > 0 ? encodeCursor(page[page.length - 1]!.collection_id) : null,
    };
  }

  // ---- writes ----

  async patchProfile(account: string, params: PatchProfileParams): Promise<PatchResult> {
    const scope = scopeOf(account, params.collection_id);
    const { entries, problems } = patchEntries(params.facts, 'facts');
    if (problems.length > 0) throw validationError(problems);
    if (params.dry_run === true) {
      const plan = planPatch(await this.view(scope), entries, 'facts');
      if (plan.problems.length > 0) throw validationError(plan.problems);
      const counts = countActions(plan.changes);
      return {
        status: 'preview',
        would_update: counts.update,
        would_create: counts.create,
        would_delete: counts.delete,
        unchanged: counts.unchanged,
        message: previewMessage(counts),
        collection_id: scope.collection_id,
        changes: plan.changes,
      };
    }
    return this.write(scope, (view, nowIso) => {
      const plan = planPatch(view, entries, 'facts');
      if (plan.problems.length > 0) throw validationError(plan.problems);
      const ops: FactOp[] = [];
      const keep = new Map<string, string>(); // key -> id of the fact that stays
      for (const change of plan.changes) {
        const existing = view.byKey.get(change.key);
        if (change.action === 'create') {
          const fact = newFact(scope, change.key, change.after, nowIso, this.clock());
          ops.push({ op: 'put', fact });
          keep.set(change.key, fact.id);
        } else if (change.action === 'update' && existing) {
          ops.push({ op: 'put', fact: revise(existing, { value: change.after, confidence: 1, source: 'manual' }, nowIso) });
          keep.set(change.key, existing.id);
        } else if (change.action === 'delete' && existing) {
          ops.push({ op: 'delete', id: existing.id });
        } else if (change.action === 'unchanged' && existing) {
          keep.set(change.key, existing.id);
        }
      }
      const counts = countActions(plan.changes);
      const changed = counts.create + counts.update + counts.delete > 0;
      return {
        ops: changed ? ops : null,
        result: (after: ScopeView): PatchResult => ({
          status: 'success',
          updated: counts.update,
          created: counts.create,
          deleted: counts.delete,
          unchanged: counts.unchanged,
          message: patchMessage(counts),
          collection_id: scope.collection_id,
          facts: [...keep.values()].map((id) => after.byId.get(id)).filter(isDefined).map(toPublicFact),
        }),
      };
    });
  }

  async createFact(account: string, params: CreateFactParams): Promise<Fact> {
    const scope = scopeOf(account, params.collection_id);
    const problems: Problem[] = [];
    const keyIssue = keyProblem(params.key);
    if (keyIssue) problems.push({ field: 'key', message: keyIssue });
    const valueIssue = valueProblem(params.value);
    if (valueIssue) problems.push({ field: 'value', message: valueIssue === 'value is null' ? 'value is null; a fact needs a value' : valueIssue });
    if (problems.length > 0) throw validationError(problems);
    const key = normaliseKey(params.key);
    return this.write(scope, (view, nowIso, now) => {
      const existing = view.byKey.get(key);
      if (existing) {
        throw new ProfileError(
          'conflict',
          `A fact with key "${key}" already exists in this scope (id ${existing.id}). Use update_fact or patch_profile to change it.`,
          { id: existing.id, key },
        );
      }
      if (view.live.length + 1 > LIMITS.factsPerScope) throw scopeFull(view.live.length + 1);
      const fact = newFact(scope, key, params.value, nowIso, now, {
        bucket: params.bucket,
        category: params.category,
        confidence: params.confidence,
        expires_at: params.ttl_seconds === undefined ? null : new Date(now + params.ttl_seconds * 1000).toISOString(),
      });
      return { ops: [{ op: 'put', fact }], result: (after) => toPublicFact(after.byId.get(fact.id) ?? fact) };
    });
  }

  async updateFact(account: string, params: UpdateFactParams): Promise<Fact> {
    const scope = scopeOf(account, params.collection_id);
    if (params.value !== undefined) {
      const valueIssue = valueProblem(params.value);
      if (valueIssue) {
        const message = valueIssue === 'value is null' ? 'value is null; use delete_fact to remove a fact' : valueIssue;
        throw validationError([{ field: 'value', message }]);
      }
    }
    return this.write(scope, (view, nowIso, now) => {
      const existing = view.byId.get(params.id);
      if (!existing) throw factNotFound(params.id);
      const fact = revise(
        existing,
        {
          value: params.value,
          confidence: params.confidence ?? 1,
          source: 'manual',
          bucket: params.bucket,
          category: params.category,
          expires_at:
            params.ttl_seconds === undefined
              ? undefined
              : params.ttl_seconds === null
                ? null
                : new Date(now + params.ttl_seconds * 1000).toISOString(),
        },
        nowIso,
      );
      return { ops: [{ op: 'put', fact }], result: () => toPublicFact(fact) };
    });
  }

  async deleteFact(account: string, params: DeleteFactParams): Promise<{ deleted: true; id: string }> {
    const scope = scopeOf(account, params.collection_id);
    return this.write(scope, (view) => {
      if (!view.byId.has(params.id)) throw factNotFound(params.id);
      return { ops: [{ op: 'delete', id: params.id }], result: () => ({ deleted: true as const, id: params.id }) };
    });
  }

  async deleteProfile(
    account: string,
    params: DeleteProfileParams,
  ): Promise<{ deleted: number; collection_id: string | null }> {
    if (params.confirm !== true) {
      throw validationError(
        [{ field: 'confirm', message: 'must be true: deleting a profile removes all its facts and sessions for good' }],
        'Deleting a profile needs confirm: true. It removes every fact and dialectic session of the scope and cannot be undone.',
      );
    }
    const scope = scopeOf(account, params.collection_id);
    const deleted = await this.replaceDoc(scope, (doc, view) => ({
      doc: doc.facts.length === 0 && doc.sessions.length === 0 ? undefined : emptyScopeDoc(),
      result: view.live.length,
    }));
    return { deleted, collection_id: scope.collection_id };
  }

  /**
   * Run a mutation on the scope's fresh document under the store's lock. `plan` returns fact ops
   * (null when nothing changes) and a function that builds the result from the committed view.
   */
  async write<R>(
    scope: ScopeRef,
    plan: (
      view: ScopeView,
      nowIso: string,
      now: number,
    ) => { ops: FactOp[] | null; result: (after: ScopeView) => R },
  ): Promise<R> {
    let changed = false;
    const result = await this.store.update(scope, (doc): Mutation<R> => {
      const now = this.clock();
      const view = viewOf(doc, now);
      const planned = plan(view, new Date(now).toISOString(), now);
      if (planned.ops === null) {
        // Nothing to change; still purge expired facts if there are any, without announcing a change.
        const purged = hasExpired(view) ? applyOps(view, []) : undefined;
        return { doc: purged, result: planned.result(view) };
      }
      const next = applyOps(view, planned.ops);
      changed = true;
      return { doc: next, result: planned.result(viewOf(next, now)) };
    });
    if (changed) this.notifyChange(scope);
    return result;
  }

  /** A mutation of the whole document (sessions included); announces a change when the facts changed. */
  async replaceDoc<R>(scope: ScopeRef, mutate: (doc: ScopeDoc, view: ScopeView) => Mutation<R>): Promise<R> {
    let factsChanged = false;
    const result = await this.store.update(scope, (doc) => {
      const mutation = mutate(doc, viewOf(doc, this.clock()));
      if (mutation.doc && mutation.doc.facts !== doc.facts) factsChanged = true;
      return mutation;
    });
    if (factsChanged) this.notifyChange(scope);
    return result;
  }
}

export function scopeOf(account: string, collection_id: string | null | undefined): ScopeRef {
  return { account, collection_id: collection_id ?? null };
}

export function newFact(
  scope: ScopeRef,
  key: string,
  value: unknown,
  nowIso: string,
  now: number,
  options: {
    bucket?: FactWithHistory['bucket'];
    category?: FactWithHistory['category'];
    confidence?: number;
    source?: FactWithHistory['source'];
    expires_at?: string | null;
  } = {},
): FactWithHistory {
  return {
    id: newFactId(now),
    key,
    value,
    category: options.category ?? defaultCategory(key),
    bucket: options.bucket ?? 'static',
    confidence: options.confidence ?? 1,
    source: options.source ?? 'manual',
    collection_id: scope.collection_id,
    created_at: nowIso,
    updated_at: nowIso,
    expires_at: options.expires_at ?? null,
    history: [],
  };
}

export function factNotFound(id: string): ProfileError {
  const shown = id.length > 80 ? `${id.slice(0, 79)}…` : id;
  return new ProfileError(
    'not_found',
    `No fact with id ${JSON.stringify(shown)} in this scope. Call list_facts (with the same collection_id) to see the ids.`,
  );
}

function scopeFull(count: number): ProfileError {
  return validationError([
    {
      field: 'key',
      message: `the scope would hold ${count} facts; the limit is ${LIMITS.factsPerScope} per scope. Delete facts first.`,
    },
  ]);
}

function matchesText(fact: Fact, q: string): boolean {
  if (fact.key.includes(q)) return true;
  const text = typeof fact.value === 'string' ? fact.value : JSON.stringify(fact.value);
  return text.toLowerCase().includes(q);
}

/** Index of the first item whose sort key is greater than `after` (items are sorted by that key). */
function firstAfter<T>(items: readonly T[], keyOf: (item: T) => string, after: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid]!) <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
