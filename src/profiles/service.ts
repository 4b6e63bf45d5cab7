import { EventEmitter } from 'node:events';
import { describeChange, effects, undoConflicts, undoInbox, undoOps } from './activity.js';
import { ProfileError, validationError, type Problem } from './errors.js';
import { newFactId, newOperationId } from './ids.js';
import { applyInbox, publicProposal, type InboxEdit } from './inbox.js';
import { jsonEqual, valueProblem } from './json.js';
import {
  defaultCategory,
  emptyScopeDoc,
  keyProblem,
  normaliseKey,
  LIMITS,
  LIMITS_INBOX,
  type Actor,
  type Fact,
  type FactWithHistory,
  type OperationName,
  type ProposalRecord,
  type ScopeDoc,
  type ScopeRef,
  type StoredChange,
  type StoredOperation,
} from './model.js';
import { countActions, patchEntries, patchMessage, planPatch, previewMessage, type PatchChange } from './patch.js';
import type { Mutation, Store } from './ports.js';
import { collectionsExceeded, DEFAULT_STORAGE_LIMITS, enforceScopeQuota, type StorageLimits } from './quota.js';
import { applyOps, hasExpired, revise, type FactOp } from './revise.js';
import type {
  ListOperationsParams,
  ListOperationsResult,
  ListPendingParams,
  ListPendingResult,
  Operation,
  ResolvePendingParams,
  ResolvePendingResult,
  UndoOperationParams,
  UndoResult,
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
import { readProfileOf, type ProfileRead, type ProfileReadOptions } from './profile-read.js';
import { loadVocabulary } from './relevance.js';
import { isLive, toPublicFact, viewOf, type ScopeView } from './view.js';
import { decodeCursor, encodeCursor } from './cursor.js';

/** How learning writes: `auto` by the learning rules, `review` as proposals (docs/spec.md §6). */
export type LearnMode = 'auto' | 'review';

export interface ServiceOptions {
  store: Store;
  /** docs/spec.md §8 storage limits (default: 32 MiB per scope, 10,000 collections per account). */
  limits?: Partial<StorageLimits>;
  /** Milliseconds since the epoch; injectable for tests of expiry. */
  clock?: () => number;
  /** PROFILE_MCP_LEARN_MODE: "review" turns every learned change (but reinforcement) into a proposal. Default "auto". */
  learnMode?: LearnMode;
  /** PROFILE_MCP_LLM_DAILY_TOKENS: tokens (input + output) an account may spend on the Anthropic API per UTC day; unset = no limit. */
  llmDailyTokens?: number;
}

/**
 * Who a write is recorded as when the caller names nobody: in-process callers (commands, scripts,
 * tests). Every edge (stdio, MCP over HTTP, REST, the review page) passes its own actor.
 */
export const IN_PROCESS_ACTOR: Actor = Object.freeze({ transport: 'cli', key_id: null });

/** What a planned write does besides fact writes, and the operation it is recorded as. */
export interface Planned<R> {
  /** Fact writes; null when no fact changes. */
  ops: FactOp[] | null;
  inbox?: InboxEdit;
  /** Appended to the activity when the write changes a fact or resolves proposals. */
  operation?: { name: OperationName; actor: Actor; undoes?: string };
  /** Record the operation even when no fact changes (an undo must always be undoable in turn). */
  forceOperation?: boolean;
  result: (after: ScopeView, op: StoredOperation | null) => R;
}

/** Emitted after every committed write that changed a scope's facts. */
export interface ScopeChange {
  account: string;
  collection_id: string | null;
}

export type { ProfileRead } from './profile-read.js';

/** Profile reads without a query are cached per committed document and options (budget, categories). */
const profileCache = new WeakMap<ScopeView, Map<string, ProfileRead>>();

/**
 * The product core: every profile operation, one method per verb. Inputs are already shaped by the
 * edge's schema (see schemas.ts); the service checks what depends on data and on the rules of docs/spec.md.
 */
export class ProfileService {
  readonly store: Store;
  readonly clock: () => number;
  readonly learnMode: LearnMode;
  readonly llmDailyTokens: number | undefined;
  readonly limits: StorageLimits;
  private readonly events = new EventEmitter();
  /** Collections known to exist (account + NUL + id), so the collection quota is counted only for new ones. */
  private readonly knownCollections = new Set<string>();

  constructor(options: ServiceOptions) {
    this.store = options.store;
    this.clock = options.clock ?? Date.now;
    this.learnMode = options.learnMode ?? 'auto';
    this.llmDailyTokens = options.llmDailyTokens;
    this.limits = { ...DEFAULT_STORAGE_LIMITS, ...options.limits };
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
    if (change.collection_id !== null) this.emptyByAccount.get(change.account)?.delete(change.collection_id);
    this.events.emit('change', change);
  }

  // ---- reads ----

  async view(scope: ScopeRef): Promise<ScopeView> {
    return viewOf(await this.store.read(scope), this.clock());
  }

  async getProfile(account: string, params: GetProfileParams): Promise<ProfileResult> {
    return (await this.readProfile(account, params)).result;
  }

  /**
   * The profile result, the flat (name/timezone/language) facts for renderings that cite ids, and the
   * text block. Whole without options; agent-sized (ranked, within max_tokens) with them (SPEC §7).
   */
  async readProfile(account: string, params: GetProfileParams): Promise<ProfileRead> {
    const scope = scopeOf(account, params.collection_id);
    const view = await this.view(scope);
    const options: ProfileReadOptions = { max_tokens: params.max_tokens, query: params.query, categories: params.categories };
    if (params.query?.trim()) {
      await loadVocabulary();
      return readProfileOf(view.publicFacts, scope.collection_id, options);
    }
    const cacheKey = `${params.max_tokens ?? ''}|${(params.categories ?? []).join(',')}`;
    let cached = profileCache.get(view);
    if (!cached) {
      cached = new Map();
      profileCache.set(view, cached);
    }
    let read = cached.get(cacheKey);
    if (!read) {
      read = readProfileOf(view.publicFacts, scope.collection_id, options);
      if (cached.size >= 16) cached.clear();
      cached.set(cacheKey, read);
    }
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

  /**
   * One page of the account's collections that hold live facts, ordered by id. Only the collections
   * of the page (and the few empty ones skipped on the way) are read, never all of them: the ids
   * come from the store's listing. `total` is the number of collections with stored data, less the
   * ones this process knows to be empty (read empty, or emptied by a write it made); a collection
   * whose facts all expired unseen counts in `total` until a page reaches it.
   */
  async listCollections(account: string, params: ListCollectionsParams): Promise<ListCollectionsResult> {
    const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
    const ids = (await this.store.listCollections(account)).sort();
    const empty = this.emptyCollections(account);
    const limit = params.limit ?? LIMITS.collectionsLimitDefault;
    const collections: ListCollectionsResult['collections'] = [];
    let i = after === undefined ? 0 : firstAfter(ids, (id) => id, after);
    let more = false;
    while (i < ids.length && !more) {
      // Read ahead in small batches: one more than the page needs tells whether another page follows.
      const batch = ids.slice(i, i + Math.min(64, limit + 1 - collections.length));
      i += batch.length;
      const views = await Promise.all(batch.map((collection_id) => this.view({ account, collection_id })));
      for (let j = 0; j < batch.length; j++) {
        const summary = collectionSummary(batch[j]!, views[j]!);
        if (summary === null) {
          empty.add(batch[j]!);
          continue;
        }
        empty.delete(batch[j]!);
        if (collections.length === limit) {
          more = true;
          break;
        }
        collections.push(summary);
      }
    }
    let total = ids.length;
    if (empty.size > 0) for (const id of ids) if (empty.has(id)) total--;
    return {
      collections,
      total,
      next_cursor: more && collections.length > 0 ? encodeCursor(collections[collections.length - 1]!.collection_id) : null,
    };
  }

  private readonly emptyByAccount = new Map<string, Set<string>>();

  /** Collections of an account known (to this process) to hold no live fact. */
  private emptyCollections(account: string): Set<string> {
    let set = this.emptyByAccount.get(account);
    if (!set) {
      set = new Set();
      this.emptyByAccount.set(account, set);
    }
    return set;
  }

  // ---- the review inbox and the activity (docs/spec.md §6) ----

  async listPending(account: string, params: ListPendingParams): Promise<ListPendingResult> {
    const scope = scopeOf(account, params.collection_id);
    const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
    const proposals = (await this.store.read(scope)).proposals; // oldest first; ids grow with time
    const limit = params.limit ?? LIMITS.listLimitDefault;
    const start = after === undefined ? 0 : firstAfter(proposals, (p) => p.id, after);
    const page = proposals.slice(start, start + limit);
    const more = start + limit < proposals.length;
    return {
      proposals: page.map(publicProposal),
      total: proposals.length,
      next_cursor: more && page.length > 0 ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async resolvePending(account: string, params: ResolvePendingParams, actor: Actor = IN_PROCESS_ACTOR): Promise<ResolvePendingResult> {
    const scope = scopeOf(account, params.collection_id);
    const problems: Problem[] = [];
    if ((params.ids === undefined) === (params.all === undefined)) {
      problems.push({ field: params.ids === undefined ? 'ids' : 'all', message: 'give either ids (a list of proposal ids) or all: true' });
    }
    const editing = params.value !== undefined;
    if (editing) {
      if (params.decision !== 'accept') problems.push({ field: 'value', message: 'a value can only be given with decision "accept"' });
      else if (params.ids === undefined || params.ids.length !== 1)
        problems.push({ field: 'value', message: 'a value can only be given when resolving exactly one proposal (ids: [one id])' });
      const valueIssue = valueProblem(params.value);
      if (valueIssue)
        problems.push({
          field: 'value',
          message: valueIssue === 'value is null' ? 'value is null; reject the proposal instead, or delete the fact' : valueIssue,
        });
    }
    if (problems.length > 0) throw validationError(problems);
    return this.write(scope, (view, nowIso, now) => {
      const inbox = view.doc.proposals;
      let chosen = inbox;
      if (params.ids !== undefined) {
        const byId = new Map(inbox.map((p) => [p.id, p]));
        const missing = params.ids.filter((id) => !byId.has(id));
        if (missing.length > 0) throw proposalNotFound(missing);
        const wanted = new Set(params.ids);
        chosen = inbox.filter((p) => wanted.has(p.id));
      }
      const resolved: ProposalRecord[] = chosen.map((p) => ({ ...p, decision: params.decision }));
      const ops: FactOp[] = [];
      const written = new Map<string, string>(); // key -> fact id that holds the accepted value
      if (params.decision === 'accept') {
        // Applied oldest first, on the facts as each earlier acceptance left them.
        const byKey = new Map(view.byKey);
        for (const p of chosen) {
          const value = editing ? params.value : p.after;
          const existing = byKey.get(p.key);
          if (value === null || value === undefined) {
            if (existing) {
              ops.push({ op: 'delete', id: existing.id });
              byKey.delete(p.key);
              written.delete(p.key);
            }
            continue;
          }
          let fact: FactWithHistory;
          if (existing) {
            fact = revise(existing, { value, confidence: 1, source: 'manual', record: true }, nowIso);
          } else {
            fact = newFact(scope, p.key, value, nowIso, now, {
              bucket: p.bucket,
              category: p.category,
              confidence: 1,
              source: 'manual',
              expires_at: p.bucket === 'dynamic' && p.ttl_seconds !== null ? new Date(now + p.ttl_seconds * 1000).toISOString() : null,
            });
          }
          ops.push({ op: 'put', fact });
          byKey.set(p.key, fact);
          written.set(p.key, fact.id);
        }
        const liveAfter = byKey.size;
        if (liveAfter > LIMITS.factsPerScope) throw scopeFull(liveAfter);
      }
      const accepted = params.decision === 'accept' ? chosen.length : 0;
      return {
        ops: ops.length > 0 ? ops : null,
        inbox: resolved.length > 0 ? { resolved } : undefined,
        operation: { name: 'resolve_pending', actor },
        result: (after) => ({
          accepted,
          rejected: chosen.length - accepted,
          facts: [...written.entries()]
            .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
            .map(([, id]) => after.byId.get(id))
            .filter(isDefined)
            .map(toPublicFact),
          collection_id: scope.collection_id,
        }),
      };
    });
  }

  async listOperations(account: string, params: ListOperationsParams): Promise<ListOperationsResult> {
    const scope = scopeOf(account, params.collection_id);
    const before = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
    const activity = (await this.store.read(scope)).activity; // oldest first
    const fx = effects(activity);
    const limit = params.limit ?? LIMITS.listLimitDefault;
    // Newest first: the page starts below the cursor's id.
    let end = activity.length;
    if (before !== undefined) end = firstAfter(activity, (op) => op.id, before) - (activity.some((op) => op.id === before) ? 1 : 0);
    const start = Math.max(0, end - limit);
    const page = activity.slice(start, end).reverse();
    return {
      operations: page.map((op) => publicOperation(op, fx.undoneBy.get(op.id) ?? null)),
      total: activity.length,
      next_cursor: start > 0 && page.length > 0 ? encodeCursor(page[page.length - 1]!.id) : null,
    };
  }

  async undoOperation(account: string, params: UndoOperationParams, actor: Actor = IN_PROCESS_ACTOR): Promise<UndoResult> {
    const scope = scopeOf(account, params.collection_id);
    const plan = (view: ScopeView) => {
      const activity = view.doc.activity;
      const index = activity.findIndex((op) => op.id === params.id);
      if (index < 0) throw operationNotFound(params.id);
      const target = activity[index]!;
      const fx = effects(activity);
      const undoneBy = fx.undoneBy.get(target.id);
      if (undoneBy !== undefined) {
        throw new ProfileError('conflict', `Operation ${target.id} is already undone (by ${undoneBy}). Undo ${undoneBy} to bring it back.`, {
          id: target.id,
          undone_by: undoneBy,
          operations: [undoneBy],
        });
      }
      const later = undoConflicts(activity, index, fx);
      if (later.length > 0) {
        const ids = later.map((op) => op.id);
        throw new ProfileError(
          'conflict',
          `Cannot undo ${target.id}: later operations changed the same facts (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}). Undo those first (newest first), or edit the facts directly.`,
          { id: target.id, operations: ids, keys: [...new Set(later.flatMap((op) => op.changes.map((c) => c.key)))].sort() },
        );
      }
      const ops = undoOps(target, view.byId, scope);
      checkUndoKeys(view, ops, target.id);
      return { target, ops };
    };
    if (params.dry_run === true) {
      const view = await this.view(scope);
      const { ops } = plan(view);
      const changes = previewOps(view, ops);
      const counts = countActions(changes);
      return {
        status: 'preview',
        would_update: counts.update,
        would_create: counts.create,
        would_delete: counts.delete,
        unchanged: counts.unchanged,
        message: previewMessage(counts),
        changes,
        collection_id: scope.collection_id,
      };
    }
    return this.write<UndoResult>(scope, (view) => {
      const { target, ops } = plan(view);
      const inbox = undoInbox(target);
      return {
        ops: ops.length > 0 ? ops : null,
        inbox,
        operation: { name: 'undo_operation', actor, undoes: target.id },
        result: (_after, op) => ({
          status: 'success' as const,
          undone: target.id,
          operation_id: op?.id ?? target.id,
          changes: (op?.changes ?? []).map(publicChange),
          collection_id: scope.collection_id,
        }),
        // An undo is recorded even when its facts are already as they were, so that it can be undone.
        forceOperation: true,
      };
    });
  }

  // ---- writes ----

  async patchProfile(account: string, params: PatchProfileParams, actor: Actor = IN_PROCESS_ACTOR): Promise<PatchResult> {
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
        operation: { name: 'patch_profile', actor },
        result: (after: ScopeView): PatchResult => ({
          status: 'success',
          updated: counts.update,
          created: counts.create,
          deleted: counts.delete,
          unchanged: counts.unchanged,
          message: patchMessage(counts),
          collection_id: scope.collection_id,
          facts: [...keep.values()]
            .map((id) => after.byId.get(id))
            .filter(isDefined)
            .map(toPublicFact),
        }),
      };
    });
  }

  async createFact(account: string, params: CreateFactParams, actor: Actor = IN_PROCESS_ACTOR): Promise<Fact> {
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
      return {
        ops: [{ op: 'put', fact }],
        operation: { name: 'create_fact', actor },
        result: (after) => toPublicFact(after.byId.get(fact.id) ?? fact),
      };
    });
  }

  /**
   * docs/spec.md §6: an edit tells the truth. A new value (even an equal one: the person confirms it) is
   * the person's word — source manual, confidence 1 unless given. A change of category, bucket or
   * expiry alone keeps value, source and confidence. Every change of value, source or confidence leaves
   * a history line. With nothing to change it is a validation_error.
   */
  async updateFact(account: string, params: UpdateFactParams, actor: Actor = IN_PROCESS_ACTOR): Promise<Fact> {
    const scope = scopeOf(account, params.collection_id);
    const fields = ['value', 'bucket', 'category', 'confidence', 'ttl_seconds'] as const;
    if (fields.every((f) => params[f] === undefined)) {
      throw validationError(
        [{ field: '(body)', message: `nothing to change: give at least one of ${fields.join(', ')}` }],
        'update_fact needs at least one field to change (value, bucket, category, confidence or ttl_seconds); it never changes a fact on its own.',
      );
    }
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
      const valueGiven = params.value !== undefined;
      const confidence = params.confidence ?? (valueGiven ? 1 : existing.confidence);
      const source = valueGiven ? 'manual' : existing.source;
      const fact = revise(
        existing,
        {
          value: params.value,
          confidence,
          source,
          bucket: params.bucket,
          category: params.category,
          expires_at:
            params.ttl_seconds === undefined ? undefined : params.ttl_seconds === null ? null : new Date(now + params.ttl_seconds * 1000).toISOString(),
          record: confidence !== existing.confidence || source !== existing.source,
        },
        nowIso,
      );
      // Nothing but the time would change: no write, no operation.
      const unchanged = sameFact(existing, { ...fact, updated_at: existing.updated_at });
      return {
        ops: unchanged ? null : [{ op: 'put', fact }],
        operation: { name: 'update_fact', actor },
        result: () => toPublicFact(unchanged ? existing : fact),
      };
    });
  }

  async deleteFact(account: string, params: DeleteFactParams, actor: Actor = IN_PROCESS_ACTOR): Promise<{ deleted: true; id: string }> {
    const scope = scopeOf(account, params.collection_id);
    return this.write(scope, (view) => {
      if (!view.byId.has(params.id)) throw factNotFound(params.id);
      return {
        ops: [{ op: 'delete', id: params.id }],
        operation: { name: 'delete_fact', actor },
        result: () => ({ deleted: true as const, id: params.id }),
      };
    });
  }

  /** docs/spec.md §6: forgetting a scope removes its facts, sessions, proposals and activity; it cannot be undone. */
  async deleteProfile(account: string, params: DeleteProfileParams): Promise<{ deleted: number; collection_id: string | null }> {
    if (params.confirm !== true) {
      throw validationError(
        [{ field: 'confirm', message: 'must be true: deleting a profile removes all its facts, sessions, proposals and activity for good' }],
        'Deleting a profile needs confirm: true. It removes every fact, dialectic session, pending proposal and activity entry of the scope and cannot be undone.',
      );
    }
    const scope = scopeOf(account, params.collection_id);
    const deleted = await this.replaceDoc(scope, (doc, view) => ({
      doc: isEmptyDoc(doc) ? undefined : emptyScopeDoc(),
      result: view.live.length,
    }));
    return { deleted, collection_id: scope.collection_id };
  }

  /**
   * Run a mutation on the scope's fresh document under the store's lock. `plan` returns fact ops
   * (null when nothing changes), inbox edits, the operation to record, and a function that builds
   * the result from the committed view. A write that changes facts or resolves proposals appends one
   * operation to the scope's activity (the newest 1,000 are kept); adding proposals alone does not.
   */
  async write<R>(scope: ScopeRef, plan: (view: ScopeView, nowIso: string, now: number) => Planned<R>): Promise<R> {
    let changed = false;
    await this.admitCollection(scope);
    const result = await this.store.update(scope, (doc): Mutation<R> => {
      const now = this.clock();
      const view = viewOf(doc, now);
      const nowIso = new Date(now).toISOString();
      const planned = plan(view, nowIso, now);
      const ops = planned.ops ?? [];
      const factsDoc = ops.length > 0 ? applyOps(view, ops) : undefined;
      const changes = factsDoc ? describeOps(view, ops, now) : [];
      const inboxEdit = planned.inbox ?? {};
      const inbox = applyInbox(doc, inboxEdit, now);
      const resolved = [...(inboxEdit.resolved ?? [])];
      const restored = [...(inboxEdit.restored ?? [])];
      const force = planned.forceOperation === true;
      let activity = doc.activity;
      let op: StoredOperation | null = null;
      if (planned.operation && (changes.length > 0 || resolved.length > 0 || restored.length > 0 || force)) {
        op = {
          id: newOperationId(activity[activity.length - 1]?.id, now),
          at: nowIso,
          operation: planned.operation.name,
          actor: { transport: planned.operation.actor.transport, key_id: planned.operation.actor.key_id },
          undoes: planned.operation.undoes ?? null,
          changes,
          resolved,
          restored,
        };
        activity = [...activity, op];
        if (activity.length > LIMITS_INBOX.operationsPerScope) activity = activity.slice(activity.length - LIMITS_INBOX.operationsPerScope);
      }
      const inboxChanged = inbox.proposals !== doc.proposals || inbox.rejections !== doc.rejections;
      if (changes.length === 0 && op === null && !inboxChanged) {
        // Nothing to change; still purge expired facts if there are any, without announcing a change.
        const purged = hasExpired(view) ? applyOps(view, []) : undefined;
        return { doc: purged, result: planned.result(view, null) };
      }
      const next: ScopeDoc = enforceScopeQuota(
        doc,
        {
          ...doc,
          facts: changes.length > 0 && factsDoc ? factsDoc.facts : hasExpired(view) ? applyOps(view, []).facts : doc.facts,
          proposals: inbox.proposals,
          rejections: inbox.rejections,
          activity,
        },
        this.limits.maxScopeBytes,
        scope,
      );
      changed = changes.length > 0 || inbox.proposals !== doc.proposals;
      return { doc: next, result: planned.result(viewOf(next, now), op) };
    });
    if (changed) this.notifyChange(scope);
    return result;
  }

  /**
   * docs/spec.md §8: an account holds at most `maxCollections` collections. Checked before writing to a
   * collection this process has not seen yet (a collection that already exists is always writable).
   */
  private async admitCollection(scope: ScopeRef): Promise<void> {
    if (scope.collection_id === null) return;
    const known = `${scope.account}\u0000${scope.collection_id}`;
    if (this.knownCollections.has(known)) return;
    const ids = await this.store.listCollections(scope.account);
    if (!ids.includes(scope.collection_id) && ids.length >= this.limits.maxCollections) {
      // At the limit by stored scopes: count only those that still hold something (a forgotten one does not).
      let held = 0;
      for (const collection_id of ids) {
        const doc = await this.store.read({ account: scope.account, collection_id });
        if (doc.facts.length + doc.sessions.length + doc.proposals.length + doc.activity.length > 0) held++;
      }
      if (held >= this.limits.maxCollections) throw collectionsExceeded(this.limits.maxCollections, held, scope.collection_id);
    }
    if (this.knownCollections.size > 100_000) this.knownCollections.clear();
    this.knownCollections.add(known);
  }

  /** A mutation of the whole document (sessions included); announces a change when the facts or the inbox changed. */
  async replaceDoc<R>(scope: ScopeRef, mutate: (doc: ScopeDoc, view: ScopeView) => Mutation<R>): Promise<R> {
    let factsChanged = false;
    await this.admitCollection(scope);
    const result = await this.store.update(scope, (doc) => {
      const planned = mutate(doc, viewOf(doc, this.clock()));
      const mutation = planned.doc ? { ...planned, doc: enforceScopeQuota(doc, planned.doc, this.limits.maxScopeBytes, scope) } : planned;
      if (mutation.doc && (mutation.doc.facts !== doc.facts || mutation.doc.proposals !== doc.proposals)) factsChanged = true;
      return mutation;
    });
    if (factsChanged) this.notifyChange(scope);
    return result;
  }
}

/**
 * The changes `ops` made, one per fact, in key order: each fact's last op decides its state after
 * (as applyOps applies them), so no view of the new document is needed.
 */
function describeOps(view: ScopeView, ops: readonly FactOp[], now: number): StoredChange[] {
  const after = new Map<string, FactWithHistory | undefined>();
  for (const op of ops) {
    if (op.op === 'put') after.set(op.fact.id, isLive(op.fact, now) ? op.fact : undefined);
    else after.set(op.id, undefined);
  }
  const changes: StoredChange[] = [];
  for (const [id, fact] of after) {
    const change = describeChange(view.byId.get(id), fact);
    if (change) changes.push(change);
  }
  return changes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The public shape of one change of an operation. */
export function publicChange(c: StoredChange): Operation['changes'][number] {
  return { key: c.key, fact_id: c.fact_id, action: c.action, before: c.before, after: c.after };
}

export function publicOperation(op: StoredOperation, undoneBy: string | null): Operation {
  return {
    id: op.id,
    at: op.at,
    operation: op.operation,
    actor: { transport: op.actor.transport, key_id: op.actor.key_id },
    changes: op.changes.map(publicChange),
    undoes: op.undoes,
    undone_by: undoneBy,
    proposals: [
      ...op.resolved.map((p) => ({ id: p.id, key: p.key, after: p.after, decision: p.decision, effect: 'resolved' as const })),
      ...op.restored.map((p) => ({ id: p.id, key: p.key, after: p.after, decision: p.decision, effect: 'restored' as const })),
    ],
  };
}

/** An undo's fact writes as the patch_profile preview shows changes. */
function previewOps(view: ScopeView, ops: readonly FactOp[]): PatchChange[] {
  const changes: PatchChange[] = [];
  for (const op of ops) {
    if (op.op === 'delete') {
      const fact = view.byId.get(op.id);
      if (!fact) continue;
      changes.push({ key: fact.key, action: 'delete', before: fact.value, after: null, fact_id: fact.id, bucket: fact.bucket, category: fact.category });
      continue;
    }
    const current = view.byId.get(op.fact.id);
    const f = op.fact;
    const action = !current ? 'create' : jsonEqual(current.value, f.value) ? (sameFact(current, f) ? 'unchanged' : 'update') : 'update';
    changes.push({ key: f.key, action, before: current ? current.value : null, after: f.value, fact_id: f.id, bucket: f.bucket, category: f.category });
  }
  return changes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** A restored fact must not collide with another live fact of the same key (it would after an expiry and a re-create). */
function checkUndoKeys(view: ScopeView, ops: readonly FactOp[], id: string): void {
  for (const op of ops) {
    if (op.op !== 'put') continue;
    const holder = view.byKey.get(op.fact.key);
    if (holder && holder.id !== op.fact.id) {
      throw new ProfileError(
        'conflict',
        `Cannot undo ${id}: the key "${op.fact.key}" is now held by another fact (${holder.id}). Delete or edit that fact instead.`,
        { id, operations: [], keys: [op.fact.key] },
      );
    }
  }
}

function sameFact(a: FactWithHistory, b: FactWithHistory): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function isEmptyDoc(doc: ScopeDoc): boolean {
  return doc.facts.length === 0 && doc.sessions.length === 0 && doc.proposals.length === 0 && doc.rejections.length === 0 && doc.activity.length === 0;
}

function proposalNotFound(ids: readonly string[]): ProfileError {
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id.length > 80 ? `${id.slice(0, 79)}…` : id));
  return new ProfileError(
    'not_found',
    `No pending proposal with id ${shown.join(', ')}${ids.length > 5 ? ', …' : ''} in this scope; nothing was resolved. Call list_pending (with the same collection_id) to see the ids.`,
  );
}

function operationNotFound(id: string): ProfileError {
  const shown = id.length > 80 ? `${id.slice(0, 79)}…` : id;
  return new ProfileError(
    'not_found',
    `No operation with id ${JSON.stringify(shown)} in this scope's activity (the newest 1,000 are kept). Call list_operations (with the same collection_id) to see the ids.`,
  );
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
  return new ProfileError('not_found', `No fact with id ${JSON.stringify(shown)} in this scope. Call list_facts (with the same collection_id) to see the ids.`);
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
const summaries = new WeakMap<ScopeView, ListCollectionsResult['collections'][number]>();

/** A collection's line in list_collections, or null when it holds no live fact; made once per view. */
function collectionSummary(collection_id: string, view: ScopeView): ListCollectionsResult['collections'][number] | null {
  if (view.live.length === 0) return null;
  let summary = summaries.get(view);
  if (!summary) {
    let updated = view.live[0]!.updated_at;
    for (const f of view.live) if (f.updated_at > updated) updated = f.updated_at;
    summary = { collection_id, fact_count: view.live.length, updated_at: updated };
    summaries.set(view, summary);
  }
  return summary;
}

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
