import { createHash } from 'node:crypto';
import { completable } from '@modelcontextprotocol/server';
import type { McpServer } from '@modelcontextprotocol/server';
import { ProtocolError, ProtocolErrorCode, type GetPromptResult } from '@modelcontextprotocol/server';
import { z } from 'zod';
import { authorize, type Grant } from '../keys/access.js';
import { toProfileError } from '../profiles/errors.js';
import { DialecticInput, DialecticResult, LearnInput, LearnResult } from '../profiles/reasoning-schemas.js';
import { renderValue } from '../profiles/json.js';
import { COLLECTION_ID_PATTERN, type Actor } from '../profiles/model.js';
import type { ProfileService } from '../profiles/service.js';
import type { ReasonerFactory } from '../reasoners/index.js';
import { errorFields, log } from '../log.js';
import type { SessionLog } from './logging.js';
import { scopeLabel } from './render.js';
import { registerTools, type FormAnswer, type FormQuestion, type ToolDef } from './tools.js';
import type { LearnChange } from '../profiles/reasoning-schemas.js';
import type { Extraction } from '../profiles/reasoning.js';

/**
 * The reasoning edge of MCP: the `dialectic` and `learn` tools and the `with_profile` prompt.
 * Their logic (and the prompt builder) loads on first use; start-up needs only their schemas.
 * The reasoner is chosen per call; the connection's McpServer is handed to the factory so the
 * sampling reasoner can ask this connection's client for a completion.
 */

export interface ReasoningContext {
  service: ProfileService;
  account: string;
  actor: Actor;
  reasoners: ReasonerFactory;
  log?: SessionLog;
  grant?: Grant;
  gate?: (tool: string) => Promise<void>;
}

const SCOPE_NOTE = "Pass collection_id for one end-user's profile in a multi-user app; omit it for the global profile.";

export function reasoningTools(server: McpServer, reasoners: ReasonerFactory): ToolDef[] {
  const dialectic: ToolDef<typeof DialecticInput, typeof DialecticResult> = {
    name: 'dialectic',
    title: 'Ask a question about the user',
    description: `Ask a natural-language question about the user and get an answer that rests only on their stored profile, with the facts it used (facts_used) and which reasoner answered. Use it to decide how to help: "How should I phrase feedback for them?", "What do they work on?", "Do they have dietary restrictions?". When the profile holds nothing relevant the answer says so and cites nothing; it never invents. Pass the returned session_id to ask follow-up questions with the earlier turns as context. It writes no facts. usage says which model ran and its input/output tokens. ${SCOPE_NOTE}`,
    input: DialecticInput,
    output: DialecticResult,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false, title: 'Ask a question about the user' },
    run: async ({ service, account }, args, { signal, sampler }) => {
      const { askProfile } = await import('../profiles/dialectic.js');
      const result = await askProfile(service, reasoners({ server, ...(sampler ? { sampler } : {}) }), account, args, { signal });
      return { result, text: renderDialectic(result) };
    },
  };
  const learn: ToolDef<typeof LearnInput, typeof LearnResult> = {
    name: 'learn',
    title: 'Learn about the user from a conversation',
    description: `Give the recent conversation (user and assistant messages) and the server extracts lasting facts the user stated about themselves — role, company, location, preferences, communication style, expertise, goals, interests, diet, tools... — and merges them into the profile. Only the user's own statements count: questions, requests, hypotheticals and statements about other people are ignored. Learned facts carry source "conversation" and confidence below 1. The same value again is reinforced; the user's latest word replaces an earlier learned value (kept in history); new items are added to list facts; "I don't ... anymore" retracts. A value that contradicts what the user set themselves (manual or imported) is never written: it becomes a "conflict" proposal in the review inbox (list_pending). With review: true (or the server in review mode) every change waits there as "pending". Short-lived statements ("this week...") become dynamic facts that expire. Every message is read (long conversations in chunks; read says how many); facts the model proposed that failed validation are listed in dropped, the valid ones are kept; usage says which model ran and its tokens. Use dry_run: true to preview. Never pass secrets. ${SCOPE_NOTE}`,
    input: LearnInput,
    output: LearnResult,
    annotations: {
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
      openWorldHint: false,
      title: 'Learn about the user from a conversation',
    },
    run: async ({ service, account, actor }, args, { signal, form, sampler, kept }) => {
      const { learnFrom } = await import('../profiles/learn.js');
      // "Keep or take?" (docs/protocol.md "Elicitation"): only for a write, outside review mode (where
      // everything waits in the inbox anyway), and only when the client can show a form.
      const askable = form !== undefined && args.dry_run !== true && (args.review ?? service.learnMode === 'review') === false;
      let ask: { conflicts: readonly LearnChange[]; extraction: Extraction } | undefined;
      const beforeWrite =
        askable && !form.answer
          ? { beforeWrite: (conflicts: readonly LearnChange[], extraction: Extraction) => ((ask = { conflicts, extraction }), false) }
          : {};
      // The answered round reuses the extraction the form round made (kept signed in requestState): the model reads the conversation once.
      const extraction = askable && form.answer ? keptExtraction(kept) : undefined;
      const result = await learnFrom(service, reasoners({ server, ...(sampler ? { sampler } : {}) }), account, args, {
        actor,
        signal,
        ...beforeWrite,
        ...(extraction ? { extraction } : {}),
      });
      if (ask) return { ask: conflictForm(ask.conflicts), keep: { extraction: ask.extraction } };
      if (askable && form.answer && result.status === 'success') {
        const asked = await applyConflictAnswers(service, account, actor, result, form.answer);
        const done = { ...result, asked };
        return { result: done, text: renderLearn(done) };
      }
      return { result, text: renderLearn(result) };
    },
  };
  return [dialectic as unknown as ToolDef, learn as unknown as ToolDef];
}

/** Register the reasoning tools and prompt; returns the names of the tools registered. */
export function registerReasoning(server: McpServer, ctx: ReasoningContext): string[] {
  const tools = reasoningTools(server, ctx.reasoners);
  registerTools(server, tools, {
    service: ctx.service,
    account: ctx.account,
    actor: ctx.actor,
    log: ctx.log,
    ...(ctx.grant ? { grant: ctx.grant } : {}),
    ...(ctx.gate ? { gate: ctx.gate } : {}),
  });
  registerWithProfilePrompt(server, ctx);
  return tools.map((t) => t.name);
}

function registerWithProfilePrompt(server: McpServer, { service, account, grant }: ReasoningContext): void {
  server.registerPrompt(
    'with_profile',
    {
      title: "Work with the user's profile",
      description:
        "Start a task with the user's profile as context: identity and standing preferences first, then short-lived context, rendered compactly and clearly marked as data (not instructions), followed by the task.",
      argsSchema: {
        collection_id: completable(z.string().max(128).optional().describe('End-user collection; omit for the global profile.'), async (value) => {
          const { collections } = await service.listCollections(account, { limit: 500 });
          return collections
            .map((c) => c.collection_id)
            .filter((id) => id.startsWith(value ?? ''))
            .slice(0, 100);
        }),
        task: z.string().max(20_000).optional().describe('What the user wants done; placed after the profile.'),
      },
    },
    async (args): Promise<GetPromptResult> => {
      const collection_id = args.collection_id === undefined || args.collection_id === '' ? null : args.collection_id;
      if (collection_id !== null && !COLLECTION_ID_PATTERN.test(collection_id)) {
        throw new ProtocolError(ProtocolErrorCode.InvalidParams, 'collection_id must match ^[A-Za-z0-9_.:-]{1,128}$');
      }
      try {
        authorize(grant, 'read', { scope: collection_id });
        const view = await service.view({ account, collection_id });
        const { withProfileText } = await import('../profiles/prompt.js');
        if (args.task) await (await import('../profiles/relevance.js')).loadVocabulary();
        const text = withProfileText(view.publicFacts, { task: args.task, scopeLabel: scopeLabel(collection_id) });
        return {
          description: `The ${scopeLabel(collection_id)} (${view.publicFacts.length} facts) as context${args.task ? ', then the task' : ''}.`,
          messages: [{ role: 'user', content: { type: 'text', text } }],
        };
      } catch (err) {
        const error = toProfileError(err);
        if (error.code === 'internal_error') log.error('prompt failed', errorFields(err));
        throw new ProtocolError(ProtocolErrorCode.InternalError, error.message, error.toBody());
      }
    },
  );
}

/** The extraction learn's form round kept, when the verified state holds one. */
function keptExtraction(kept: unknown): Extraction | undefined {
  const extraction = (kept as { extraction?: unknown } | undefined)?.extraction as Extraction | undefined;
  return extraction && typeof extraction === 'object' && Array.isArray(extraction.facts) ? extraction : undefined;
}

/** Conflicts asked about in one form; more stay in the review inbox. */
export const MAX_FORM_CONFLICTS = 10;

/**
 * A conflict's field name in the form: a digest of its key, stored value and new value. The answer
 * comes back on a later request (the retry); it applies only to a conflict that is still the same,
 * so an answer about an older state of the profile is ignored (the proposal stays pending).
 */
export function conflictField(change: Pick<LearnChange, 'key' | 'before' | 'after'>): string {
  return `c_${createHash('sha256')
    .update(JSON.stringify([change.key, change.before, change.after ?? null]))
    .digest('hex')
    .slice(0, 16)}`;
}

function conflictForm(conflicts: readonly LearnChange[]): FormQuestion {
  const shown = conflicts.slice(0, MAX_FORM_CONFLICTS);
  const properties: FormQuestion['requestedSchema']['properties'] = {};
  for (const c of shown) {
    const kept = renderValue(c.before, 80);
    const taken = c.after === null ? 'Remove it' : `Take ${renderValue(c.after, 80)}`;
    properties[conflictField(c)] = {
      type: 'string',
      title: c.key,
      description: `You set ${c.key} to ${kept}; the conversation says ${c.after === null ? 'it no longer holds' : renderValue(c.after, 80)}.`,
      oneOf: [
        { const: 'keep', title: `Keep ${kept}` },
        { const: 'take', title: taken },
        { const: 'later', title: 'Decide later (review inbox)' },
      ],
      default: 'later',
    };
  }
  const more = conflicts.length - shown.length;
  return {
    message: `This conversation contradicts ${conflicts.length === 1 ? 'something you set yourself' : `${conflicts.length} things you set yourself`}. Keep what you set, or take the new value?${more > 0 ? ` (${more} more wait in the review inbox.)` : ''}`,
    requestedSchema: { type: 'object', properties, required: Object.keys(properties) },
  };
}

/** Resolve the conflict proposals the person answered, through resolve_pending's own service method. */
async function applyConflictAnswers(
  service: ProfileService,
  account: string,
  actor: Actor,
  result: LearnResult,
  answer: FormAnswer,
): Promise<NonNullable<LearnResult['asked']>> {
  const accepted: string[] = [];
  const rejected: string[] = [];
  const pending: string[] = [];
  for (const c of result.changes) {
    if (c.action !== 'conflict' || !c.proposal_id) continue;
    const choice = answer.action === 'accept' ? answer.content?.[conflictField(c)] : undefined;
    (choice === 'take' ? accepted : choice === 'keep' ? rejected : pending).push(c.proposal_id);
  }
  const collection_id = result.collection_id;
  if (accepted.length > 0) await service.resolvePending(account, { ids: accepted, decision: 'accept', ...(collection_id ? { collection_id } : {}) }, actor);
  if (rejected.length > 0) await service.resolvePending(account, { ids: rejected, decision: 'reject', ...(collection_id ? { collection_id } : {}) }, actor);
  return { answer: answer.action, accepted, rejected, pending };
}

export function renderDialectic(result: DialecticResult): string {
  const cited = result.facts_used.length > 0 ? result.facts_used.map((f) => `${f.key} [${f.id}]`).join(', ') : 'none';
  return `${result.assistant_message}\n(facts used: ${cited}; session_id ${result.session_id}; reasoner ${result.reasoner}; ${usageText(result.usage)})`;
}

export function renderLearn(result: LearnResult): string {
  const counts = `created ${result.created}, updated ${result.updated}, reinforced ${result.reinforced}, retracted ${result.retracted}, conflicts ${result.conflicts}, pending ${result.pending}, skipped ${result.skipped}`;
  const head =
    result.status === 'preview'
      ? `Preview (nothing written): would have ${counts} (${scopeLabel(result.collection_id)}; reasoner ${result.reasoner}).`
      : `Learned: ${counts} (${scopeLabel(result.collection_id)}; reasoner ${result.reasoner}).`;
  const notes: string[] = [];
  if (result.read.messages < result.read.of)
    notes.push(
      `Read the newest ${result.read.messages} of ${result.read.of} messages (in ${result.read.chunks} chunks); the older ones were left out to stay within the budget.`,
    );
  if (result.dropped.length > 0)
    notes.push(
      `Dropped ${result.dropped.length} invalid fact(s): ${result.dropped
        .slice(0, 5)
        .map((d) => `${d.key || '(no key)'} (${d.reason})`)
        .join('; ')}.`,
    );
  notes.push(usageText(result.usage));
  if (result.changes.length === 0) return [`${head}`, 'Nothing lasting about the user was found in these messages.', ...notes].join('\n');
  const lines = result.changes.map((c) => {
    const detail =
      c.action === 'update' || c.action === 'conflict' || c.action === 'pending'
        ? `${renderValue(c.before, 120)} -> ${c.after === null ? '(remove)' : renderValue(c.after, 120)}`
        : c.action === 'retract'
          ? `${renderValue(c.before, 120)} -> ${c.after === null ? '(removed)' : renderValue(c.after, 120)}`
          : c.action === 'skip'
            ? `nothing to do (${renderValue(c.after, 120)})`
            : renderValue(c.after, 120);
    const id = c.proposal_id ? ` [proposal ${c.proposal_id}]` : c.fact_id ? ` [${c.fact_id}]` : '';
    return `- ${c.action} ${c.key}: ${detail} (${c.bucket}, ${c.confidence.toFixed(2)})${id}`;
  });
  if (result.asked) {
    const a = result.asked;
    lines.push(
      a.answer === 'accept'
        ? `The user answered the form: took ${a.accepted.length}, kept their own value for ${a.rejected.length}, left ${a.pending.length} for later.`
        : `The user ${a.answer === 'decline' ? 'declined' : 'cancelled'} the form: the conflicts stay in the review inbox.`,
    );
  }
  const proposals = result.conflicts + result.pending - (result.asked ? result.asked.accepted.length + result.asked.rejected.length : 0);
  if (proposals > 0 && result.status === 'success')
    lines.push(`${proposals} proposal(s) wait in the review inbox: show them to the user (list_pending) and resolve them only with their decision.`);
  return [head, ...lines, ...notes].join('\n');
}

function usageText(usage: LearnResult['usage']): string {
  return usage.input_tokens + usage.output_tokens === 0
    ? `model ${usage.model}, no tokens`
    : `model ${usage.model}, ${usage.input_tokens} input + ${usage.output_tokens} output tokens`;
}
