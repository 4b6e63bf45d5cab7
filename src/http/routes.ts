import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { askProfile, DialecticInput, DialecticResult } from '../profiles/dialectic.js';
import { chatCompletion, ChatCompletionInput, ChatCompletionResult } from '../profiles/chat.js';
import { learnFrom, LearnInput, LearnResult } from '../profiles/learn.js';
import { CollectionIdSchema } from '../profiles/model.js';
import type { Actor } from '../profiles/model.js';
import * as S from '../profiles/schemas.js';
import type { ProfileService } from '../profiles/service.js';
import type { ReasonerFactory } from '../reasoners/index.js';
import { callerOf } from './auth.js';
import type { Json, OperationDoc } from './openapi.js';
import { actorOf, bodyless, bodyWithScope, deleteScope, disconnect, flatPatch, input, profileQuery, sendCached, withPath } from './rest.js';

/**
 * The REST API, one entry per route: how it is documented (method, path, input, result, errors — the
 * OpenAPI document is generated from these entries) and what it runs. The router is built from the
 * same entries, so a route exists exactly when it is documented. Adding a route is one entry here plus
 * its service method and tests (docs/development.md).
 */
export interface RouteDeps {
  service: ProfileService;
  /** Over REST there is no MCP client to sample from: the factory's choice without one (anthropic when configured, else offline). */
  reasoners: ReasonerFactory;
}

export interface RestOperation extends OperationDoc {
  /** Runs the operation for the caller's account; absent for the routes the app answers itself (health, readiness, this document). */
  run?: (deps: RouteDeps, req: Request, account: string, actor: Actor) => Promise<unknown>;
  /** The result is an object the service reuses until its data changes: send its cached bytes and ETag. */
  cached?: boolean;
}

/** docs/spec.md §2's flat PATCH body: reserved `collection_id` and `dry_run`, every other key a fact. */
const FLAT_PATCH_BODY: Json = {
  type: 'object',
  description:
    'Flat patch: every key other than collection_id and dry_run is a fact key mapped to its new JSON value (null deletes the fact). Example: {"role": "Senior Engineer", "company": "Acme Inc", "collection_id": "coll_123", "dry_run": true}.',
  properties: {
    collection_id: {
      anyOf: [{ type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,128}$' }, { type: 'null' }],
      description: 'End-user collection; omit for the global profile.',
    },
    dry_run: { type: 'boolean', description: 'true previews the changes and writes nothing.' },
  },
  additionalProperties: { description: 'A fact value (any JSON; null deletes).' },
};

const HEALTH: Json = {
  type: 'object',
  properties: { status: { type: 'string', const: 'ok' }, version: { type: 'string' } },
  required: ['status', 'version'],
};

const SCOPE_QUERY = z.object({ ...S.ScopeInput });
/** DELETE /v1/profile names its scope explicitly (docs/spec.md §2): one of the two, never neither. */
const DELETE_SCOPE_QUERY = z.object({
  collection_id: CollectionIdSchema.optional().describe('The collection to forget. Give this or scope=global.'),
  scope: z.literal('global').optional().describe('"global" forgets the account-wide profile. Give this or collection_id.'),
});
const ID_PARAM = { id: 'Fact id (e.g. "fact_01J...").' };

export const REST_OPERATIONS: RestOperation[] = [
  { method: 'get', path: '/healthz', operationId: 'health', summary: 'Liveness check (no auth)', result: HEALTH, public: true },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'ready',
    summary: 'Readiness: 200 when the store answers (JSON directory readable and writable, PostgreSQL answers a query), else 503 (no auth)',
    result: { type: 'object', properties: { status: { type: 'string', enum: ['ready'] }, version: { type: 'string' } }, required: ['status'] },
    public: true,
  },
  { method: 'get', path: '/openapi.json', operationId: 'openapi', summary: 'This document (no auth)', result: { type: 'object' }, public: true },
  {
    method: 'get',
    path: '/v1/profile',
    operationId: 'getProfile',
    summary: 'Read a profile (whole, or sized to a token budget)',
    description:
      'name, timezone and language on top; every other live fact in its bucket, ordered by key. Whole unless max_tokens, query or categories (comma-separated) is given: then facts are ranked (name/timezone/language, relevance to query, live dynamic facts, confidence, recency), kept while the text rendering fits max_tokens, and truncated/omitted/tokens say what was left out.',
    query: S.GetProfileInput,
    result: S.ProfileResult,
    errors: ['validation_error'],
    cached: true,
    run: ({ service }, req, account) => service.getProfile(account, input(S.GetProfileInput, profileQuery(req))),
  },
  {
    method: 'patch',
    path: '/v1/profile',
    operationId: 'patchProfile',
    summary: 'Patch several facts (flat body, dry_run preview)',
    description: 'All-or-nothing JSON merge-patch. Existing keys are updated, new keys created, null deletes, equal values are unchanged.',
    body: FLAT_PATCH_BODY,
    result: S.PatchResult,
    errors: ['validation_error'],
    run: ({ service }, req, account, actor) => service.patchProfile(account, input(S.PatchProfileInput, flatPatch(req)), actor),
  },
  {
    method: 'delete',
    path: '/v1/profile',
    operationId: 'deleteProfile',
    summary: 'Forget a whole scope (facts and dialectic sessions)',
    description:
      'The DELETE verb is the confirmation; irreversible. The scope must be named: ?collection_id=ID or ?scope=global; without either nothing is deleted (validation_error).',
    query: DELETE_SCOPE_QUERY,
    result: S.DeleteProfileResult,
    errors: ['validation_error'],
    run: ({ service }, req, account) => service.deleteProfile(account, deleteScope(req)),
  },
  {
    method: 'get',
    path: '/v1/profile/facts',
    operationId: 'listFacts',
    summary: 'List or search facts',
    query: S.ListFactsInput,
    result: S.ListFactsResult,
    errors: ['validation_error'],
    run: ({ service }, req, account) => service.listFacts(account, input(S.ListFactsInput, bodyless(req))),
  },
  {
    method: 'post',
    path: '/v1/profile/facts',
    operationId: 'createFact',
    summary: 'Create one fact',
    body: S.CreateFactInput,
    result: S.FactResult,
    status: 201,
    errors: ['validation_error', 'conflict'],
    run: ({ service }, req, account, actor) => service.createFact(account, input(S.CreateFactInput, bodyWithScope(req)), actor),
  },
  {
    method: 'get',
    path: '/v1/profile/facts/{id}',
    operationId: 'getFact',
    summary: 'Read one fact with its history',
    pathParams: ID_PARAM,
    query: SCOPE_QUERY,
    result: S.FactWithHistoryResult,
    errors: ['validation_error', 'not_found'],
    run: ({ service }, req, account) => service.getFact(account, input(S.GetFactInput, withPath(bodyless(req), { id: String(req.params.id) }))),
  },
  {
    method: 'patch',
    path: '/v1/profile/facts/{id}',
    operationId: 'updateFact',
    summary: 'Edit one fact',
    pathParams: ID_PARAM,
    body: S.UpdateFactInput.omit({ id: true }),
    result: S.FactResult,
    errors: ['validation_error', 'not_found'],
    run: ({ service }, req, account, actor) =>
      service.updateFact(account, input(S.UpdateFactInput, withPath(bodyWithScope(req), { id: String(req.params.id) })), actor),
  },
  {
    method: 'delete',
    path: '/v1/profile/facts/{id}',
    operationId: 'deleteFact',
    summary: 'Delete one fact',
    pathParams: ID_PARAM,
    query: SCOPE_QUERY,
    result: S.DeleteFactResult,
    errors: ['validation_error', 'not_found'],
    run: ({ service }, req, account, actor) =>
      service.deleteFact(account, input(S.DeleteFactInput, withPath(bodyWithScope(req), { id: String(req.params.id) })), actor),
  },
  {
    method: 'get',
    path: '/v1/collections',
    operationId: 'listCollections',
    summary: 'List the collections that hold facts',
    query: S.ListCollectionsInput,
    result: S.ListCollectionsResult,
    errors: ['validation_error'],
    run: ({ service }, req, account) => service.listCollections(account, input(S.ListCollectionsInput, bodyless(req))),
  },
  {
    method: 'get',
    path: '/v1/profile/pending',
    operationId: 'listPending',
    summary: 'List the review inbox (proposals), oldest first',
    description:
      "What learning did not write: conflicts with the person's own facts, and every learned change in review mode, each with the user's words as evidence.",
    query: S.ListPendingInput,
    result: S.ListPendingResult,
    errors: ['validation_error'],
    run: ({ service }, req, account) => service.listPending(account, input(S.ListPendingInput, bodyless(req))),
  },
  {
    method: 'post',
    path: '/v1/profile/pending/resolve',
    operationId: 'resolvePending',
    summary: 'Accept or reject proposals',
    description:
      "ids (or all: true) and decision. accept writes the proposal (or value, for one proposal) as the person's word: source manual, confidence 1. reject drops it; the same key and value is not proposed again for 90 days. Unknown ids: not_found, nothing resolved.",
    body: S.ResolvePendingInput,
    result: S.ResolvePendingResult,
    errors: ['validation_error', 'not_found'],
    run: ({ service }, req, account, actor) => service.resolvePending(account, input(S.ResolvePendingInput, bodyWithScope(req)), actor),
  },
  {
    method: 'get',
    path: '/v1/profile/operations',
    operationId: 'listOperations',
    summary: 'The activity: committed writes, newest first',
    description: "Each operation with its time, actor (transport and key id) and every fact's before/after. The newest 1,000 per scope are kept.",
    query: S.ListOperationsInput,
    result: S.ListOperationsResult,
    errors: ['validation_error'],
    run: ({ service }, req, account) => service.listOperations(account, input(S.ListOperationsInput, bodyless(req))),
  },
  {
    method: 'post',
    path: '/v1/profile/operations/{id}/undo',
    operationId: 'undoOperation',
    summary: 'Undo one operation (dry_run previews)',
    description:
      'Restores every fact of the operation to its state before it, as a new operation (itself undoable). conflict when later operations changed the same facts (details.operations lists them). collection_id and dry_run go in the body.',
    pathParams: { id: 'Operation id (e.g. "op_01J...").' },
    body: S.UndoOperationInput.omit({ id: true }),
    result: S.UndoResult,
    errors: ['validation_error', 'not_found', 'conflict'],
    run: ({ service }, req, account, actor) =>
      service.undoOperation(account, input(S.UndoOperationInput, withPath(bodyWithScope(req), { id: String(req.params.id) })), actor),
  },
  {
    method: 'post',
    path: '/v1/profile/dialectic',
    operationId: 'dialectic',
    summary: 'Ask a question about the user',
    description:
      'Answered from the scope\'s facts only. No session_id starts a session; echo it back to continue. Legacy "message" / "question" are accepted in place of user_message.',
    body: DialecticInput,
    result: DialecticResult,
    errors: ['validation_error', 'rate_limited', 'llm_unavailable'],
    run: ({ service, reasoners }, req, account) =>
      askProfile(service, reasoners(), account, input(DialecticInput, bodyWithScope(req)), { signal: disconnect(req) }),
  },
  {
    method: 'post',
    path: '/v1/profile/learn',
    operationId: 'learn',
    summary: 'Learn facts from a conversation',
    description:
      "Facts are drawn from the user's messages and merged by the learning rules (docs/spec.md §6): reinforce, update learned facts, list union, retract; a new value for a manual or imported fact becomes a conflict proposal; review: true keeps every change as a pending proposal. dry_run previews.",
    body: LearnInput,
    result: LearnResult,
    errors: ['validation_error', 'rate_limited', 'llm_unavailable'],
    run: ({ service, reasoners }, req, account, actor) =>
      learnFrom(service, reasoners(), account, input(LearnInput, bodyWithScope(req)), { actor, signal: disconnect(req) }),
  },
  {
    method: 'post',
    path: '/v1/chat/completions',
    operationId: 'chatCompletions',
    summary: 'OpenAI-style chat completion with the profile injected',
    description:
      "features.user_profile puts the scope's profile into the system context; features.memory learns from the newest user message (earlier turns are context); features.review keeps what is learned as proposals. Needs an LLM: 503 llm_unavailable without one.",
    body: ChatCompletionInput,
    result: ChatCompletionResult,
    errors: ['validation_error', 'rate_limited', 'llm_unavailable'],
    run: ({ service, reasoners }, req, account, actor) =>
      chatCompletion(service, reasoners(), account, input(ChatCompletionInput, bodyWithScope(req)), { actor, signal: disconnect(req) }),
  },
];

/** `/v1/profile/facts/{id}` under the `/v1` mount: `/profile/facts/:id`. */
function routerPath(path: string): string {
  if (!path.startsWith('/v1/')) throw new Error(`REST route ${path} must live under /v1`);
  return path.slice(3).replace(/\{(\w+)\}/g, ':$1');
}

/** The `/v1` router: one Express route per entry that runs something, answering its result as JSON. */
export function restRouter(operations: readonly RestOperation[], deps: RouteDeps): Router {
  const router = Router();
  for (const op of operations) {
    const run = op.run;
    if (!run) continue;
    router[op.method](routerPath(op.path), async (req: Request, res: Response) => {
      const result = await run(deps, req, callerOf(req).account, actorOf(req));
      if (op.cached) sendCached(res, result as object);
      else res.status(op.status ?? 200).json(result);
    });
  }
  return router;
}
