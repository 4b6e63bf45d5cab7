import { z } from 'zod';
import { validationError, type Problem } from './errors.js';
import { newFactId } from './ids.js';
import { jsonEqual, valueProblem } from './json.js';
import {
  BucketSchema,
  CategorySchema,
  CollectionIdSchema,
  defaultCategory,
  HistoryEntrySchema,
  IsoTimeSchema,
  keyProblem,
  LIMITS,
  normaliseKey,
  SessionSchema,
  SourceSchema,
  type Actor,
  type FactWithHistory,
  type ScopeRef,
  type Session,
} from './model.js';
import type { FactOp } from './revise.js';
import { revise } from './revise.js';
import { IN_PROCESS_ACTOR, type ProfileService } from './service.js';
import { viewOf } from './view.js';

export const EXPORT_FORMAT = 'profile-mcp.export';

/** A fact in an export document. Only key and value are required, so hand-written files work too. */
const ImportFactSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  id: z
    .string()
    .regex(/^fact_[0-9A-Z]{26}$/)
    .optional(),
  category: CategorySchema.optional(),
  bucket: BucketSchema.optional(),
  confidence: z.number().min(0).max(1).optional(),
  source: SourceSchema.optional(),
  collection_id: z.string().nullable().optional(),
  created_at: IsoTimeSchema.optional(),
  updated_at: IsoTimeSchema.optional(),
  expires_at: IsoTimeSchema.nullable().optional(),
  history: z.array(HistoryEntrySchema).optional(),
});
type ImportFact = z.infer<typeof ImportFactSchema>;

const ScopeSchema = z.object({
  collection_id: CollectionIdSchema.nullable(),
  facts: z.array(ImportFactSchema),
  sessions: z.array(SessionSchema).optional(),
});

/**
 * The portable document. One account: `scopes` (imported into the account the importer names).
 * A whole store (`export --all-accounts`): `accounts`, each with its name and scopes.
 */
export const ExportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    exported_at: IsoTimeSchema.optional(),
    account: z.string().optional(),
    scopes: z.array(ScopeSchema).optional(),
    accounts: z.array(z.object({ account: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), scopes: z.array(ScopeSchema) })).optional(),
  })
  .refine((d) => (d.scopes === undefined) !== (d.accounts === undefined), { message: 'a document has either "scopes" (one account) or "accounts" (several)' });
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;
type ExportScope = z.infer<typeof ScopeSchema>;
/** An export of one account: always `scopes`. */
export type AccountExport = ExportDocument & { account: string; scopes: ExportScope[] };

export interface ScopeImportSummary {
  account: string;
  collection_id: string | null;
  created: number;
  updated: number;
  unchanged: number;
  skipped_expired: number;
}

export interface ImportSummary {
  status: 'success' | 'preview';
  created: number;
  updated: number;
  unchanged: number;
  skipped_expired: number;
  scopes: ScopeImportSummary[];
}

/**
 * Everything of an account (or one scope of it) as a portable document: facts with their history
 * and ids, and dialectic sessions. Expired facts are left out.
 */
export async function exportAccount(
  service: ProfileService,
  account: string,
  only?: { collection_id: string | null },
  onProgress?: (scopesDone: number, scopesTotal: number, facts: number) => void,
): Promise<AccountExport> {
  const ids = only ? [only.collection_id] : [null, ...(await service.store.listCollections(account)).sort()];
  const scopes: ExportScope[] = [];
  let facts = 0;
  for (const [index, collection_id] of ids.entries()) {
    onProgress?.(index, ids.length, facts);
    const doc = await service.store.read({ account, collection_id });
    const view = viewOf(doc, service.clock());
    if (only === undefined && view.live.length === 0 && doc.sessions.length === 0) continue;
    scopes.push({ collection_id, facts: [...view.live], sessions: [...doc.sessions] });
    facts += view.live.length;
  }
  onProgress?.(ids.length, ids.length, facts);
  return { format: EXPORT_FORMAT, version: 1, exported_at: new Date(service.clock()).toISOString(), account, scopes };
}

/** Every account of the store, for moving a whole store (say from the JSON directory to PostgreSQL). */
export async function exportStore(service: ProfileService, onProgress?: (account: string, facts: number) => void): Promise<ExportDocument> {
  const accounts: NonNullable<ExportDocument['accounts']> = [];
  for (const account of (await service.store.listAccounts()).sort()) {
    const { scopes } = await exportAccount(service, account);
    if (scopes.length === 0) continue;
    accounts.push({ account, scopes });
    onProgress?.(
      account,
      scopes.reduce((n, sc) => n + sc.facts.length, 0),
    );
  }
  return { format: EXPORT_FORMAT, version: 1, exported_at: new Date(service.clock()).toISOString(), accounts };
}

/**
 * Load an export document into an account. All-or-nothing in validation: every problem of every
 * scope is reported before anything is written. Per key: a new key is created (keeping the file's
 * id, timestamps, source and history; source "import" when the file has none), an equal value is
 * unchanged, a different value updates the fact (the old value goes to history).
 */
export async function importDocument(
  service: ProfileService,
  account: string,
  raw: unknown,
  options: { dry_run?: boolean; onProgress?: (done: number, total: number) => void; actor?: Actor } = {},
): Promise<ImportSummary> {
  const parsed = ExportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.slice(0, 50).map((i) => ({ field: i.path.join('.') || '(document)', message: i.message })),
      `Not a profile-mcp export document (format "${EXPORT_FORMAT}", version 1): ${parsed.error.issues.length} problems.`,
    );
  }
  const doc = parsed.data;
  // One account (the caller names it) or every account the document carries.
  const parts: Array<{ account: string; scopes: ExportScope[]; field: string }> = doc.accounts
    ? doc.accounts.map((a, i) => ({ account: a.account, scopes: a.scopes, field: `accounts.${i}.scopes` }))
    : [{ account, scopes: doc.scopes ?? [], field: 'scopes' }];
  const problems: Problem[] = [];
  const seenAccounts = new Set<string>();
  for (const part of parts) {
    if (seenAccounts.has(part.account)) problems.push({ field: part.field, message: `account ${JSON.stringify(part.account)} appears twice` });
    seenAccounts.add(part.account);
    const seenScopes = new Set<string>();
    part.scopes.forEach((scope, si) => {
      const label = JSON.stringify(scope.collection_id);
      if (seenScopes.has(label)) problems.push({ field: `${part.field}.${si}`, message: `collection_id ${label} appears twice` });
      seenScopes.add(label);
      const keys = new Set<string>();
      scope.facts.forEach((fact, fi) => {
        const field = `${part.field}.${si}.facts.${fi}`;
        const issue = keyProblem(fact.key);
        if (issue) return problems.push({ field: `${field}.key`, message: issue });
        const key = normaliseKey(fact.key);
        if (keys.has(key)) problems.push({ field: `${field}.key`, message: `key "${key}" appears twice in this scope` });
        keys.add(key);
        const valueIssue = valueProblem(fact.value);
        if (valueIssue) problems.push({ field: `${field}.value`, message: valueIssue });
        return undefined;
      });
    });
  }
  if (problems.length > 0) throw validationError(problems);

  // Plan every scope on current data first, so that a limit problem rejects the whole import.
  const summaries: ScopeImportSummary[] = [];
  for (const part of parts) {
    for (const [index, scope] of part.scopes.entries()) {
      const ref = { account: part.account, collection_id: scope.collection_id };
      const view = viewOf(await service.store.read(ref), service.clock());
      const { summary } = planScope(ref, view, scope.facts, service.clock());
      const problem = limitProblem(`${part.field}.${index}`, scope.collection_id, view.live.length + summary.created);
      if (problem) problems.push(problem);
      summaries.push(summary);
    }
  }
  if (problems.length > 0) throw validationError(problems);

  if (options.dry_run !== true) {
    summaries.length = 0;
    let done = 0;
    const totalFacts = parts.reduce((n, p) => n + p.scopes.reduce((m, sc) => m + sc.facts.length, 0), 0);
    for (const part of parts) {
      for (const scope of part.scopes) {
        const ref = { account: part.account, collection_id: scope.collection_id };
        const summary = await service.write(ref, (view, _nowIso, now) => {
          const plan = planScope(ref, view, scope.facts, now);
          const problem = limitProblem(part.field, scope.collection_id, view.live.length + plan.summary.created);
          if (problem) throw validationError([problem]);
          return {
            ops: plan.ops.length > 0 ? plan.ops : null,
            operation: { name: 'import', actor: options.actor ?? IN_PROCESS_ACTOR },
            result: () => plan.summary,
          };
        });
        if (scope.sessions && scope.sessions.length > 0) await mergeSessions(service, ref, scope.sessions);
        summaries.push(summary);
        done += scope.facts.length;
        options.onProgress?.(done, totalFacts);
      }
    }
  }
  const total = (k: 'created' | 'updated' | 'unchanged' | 'skipped_expired') => summaries.reduce((n, s) => n + s[k], 0);
  return {
    status: options.dry_run === true ? 'preview' : 'success',
    created: total('created'),
    updated: total('updated'),
    unchanged: total('unchanged'),
    skipped_expired: total('skipped_expired'),
    scopes: summaries,
  };
}

function limitProblem(field: string, collection_id: string | null, liveAfter: number): Problem | null {
  if (liveAfter <= LIMITS.factsPerScope) return null;
  return {
    field,
    message: `collection_id ${JSON.stringify(collection_id)} would hold ${liveAfter} facts; the limit is ${LIMITS.factsPerScope} per scope`,
  };
}

function planScope(ref: ScopeRef, view: ReturnType<typeof viewOf>, facts: readonly ImportFact[], now: number): { ops: FactOp[]; summary: ScopeImportSummary } {
  const nowIso = new Date(now).toISOString();
  const summary: ScopeImportSummary = { account: ref.account, collection_id: ref.collection_id, created: 0, updated: 0, unchanged: 0, skipped_expired: 0 };
  const ops: FactOp[] = [];
  const usedIds = new Set(view.doc.facts.map((f) => f.id));
  for (const fact of facts) {
    if (fact.expires_at && Date.parse(fact.expires_at) <= now) {
      summary.skipped_expired++;
      continue;
    }
    const key = normaliseKey(fact.key);
    const existing = view.byKey.get(key);
    if (existing) {
      if (jsonEqual(existing.value, fact.value)) {
        summary.unchanged++;
        continue;
      }
      const revised = revise(
        existing,
        {
          value: fact.value,
          confidence: fact.confidence ?? 1,
          source: fact.source ?? 'import',
          bucket: fact.bucket,
          category: fact.category,
          expires_at: fact.expires_at === undefined ? undefined : fact.expires_at,
        },
        nowIso,
      );
      ops.push({ op: 'put', fact: revised });
      summary.updated++;
      continue;
    }
    const id = fact.id && !usedIds.has(fact.id) ? fact.id : newFactId(now);
    usedIds.add(id);
    const created: FactWithHistory = {
      id,
      key,
      value: fact.value,
      category: fact.category ?? defaultCategory(key),
      bucket: fact.bucket ?? 'static',
      confidence: fact.confidence ?? 1,
      source: fact.source ?? 'import',
      collection_id: ref.collection_id,
      created_at: fact.created_at ? new Date(fact.created_at).toISOString() : nowIso,
      updated_at: fact.updated_at ? new Date(fact.updated_at).toISOString() : nowIso,
      expires_at: fact.expires_at ? new Date(fact.expires_at).toISOString() : null,
      history: (fact.history ?? []).slice(0, LIMITS.historyPerFact),
    };
    ops.push({ op: 'put', fact: created });
    summary.created++;
  }
  return { ops, summary };
}

async function mergeSessions(service: ProfileService, ref: ScopeRef, sessions: readonly Session[]): Promise<void> {
  await service.replaceDoc(ref, (doc) => {
    const known = new Set(doc.sessions.map((s) => s.id));
    const added = sessions.filter((s) => !known.has(s.id));
    return { doc: added.length > 0 ? { ...doc, sessions: [...doc.sessions, ...added] } : undefined, result: undefined };
  });
}
