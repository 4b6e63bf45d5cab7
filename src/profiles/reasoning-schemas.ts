import { z } from 'zod';
import { BucketSchema, CategorySchema } from './model.js';
import { ScopeInput } from './schemas.js';

/**
 * Input and result schemas of the reasoning operations (dialectic, learn), apart from their logic
 * so that an MCP server can publish the tools without loading the reasoning code until first use.
 */

// ---- usage (docs/spec.md §4) ----

export const UsageSchema = z
  .object({
    model: z.string().describe('The model that ran ("offline" for the rule-based reasoner).'),
    input_tokens: z.number().int().describe('Input tokens of every model request of this call (cached prompt tokens included); 0 offline.'),
    output_tokens: z.number().int().describe('Output tokens of every model request of this call; 0 offline.'),
  })
  .describe("Which model ran and what it cost. Sampling reports the host model's tokens as an estimate (4 characters a token).");

// ---- dialectic (docs/spec.md §2) ----

const Question = z.string().max(4000);

export const DialecticInput = z.object({
  user_message: Question.optional().describe(
    'The question about the user, e.g. "What are this user\'s main professional interests?" or "How should I phrase feedback for them?"',
  ),
  message: Question.optional().describe('Legacy name of user_message (accepted in its place).'),
  question: Question.optional().describe('Legacy name of user_message (accepted in its place).'),
  session_id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'session_id must match ^[A-Za-z0-9_.:-]{1,128}$')
    .optional()
    .describe('Continue a session: pass the session_id of an earlier answer so follow-up questions have its turns as context. Omit to start a new session.'),
  ...ScopeInput,
});
export type DialecticParams = z.infer<typeof DialecticInput>;

export const DialecticResult = z.object({
  assistant_message: z.string().describe("The answer, resting on the profile's facts only."),
  response: z.string().describe('Same text as assistant_message (legacy field).'),
  session_id: z.string().describe('Echo this back to continue the session.'),
  facts_used: z.array(z.object({ id: z.string(), key: z.string() })).describe('The facts the answer rests on; empty when the profile had nothing relevant.'),
  reasoner: z.enum(['anthropic', 'sampling', 'offline']).describe('Which reasoner answered.'),
  usage: UsageSchema,
});
export type DialecticResult = z.infer<typeof DialecticResult>;

// ---- learn (docs/spec.md §2) ----

const Content = z.union([z.string().max(20_000), z.array(z.object({ type: z.literal('text'), text: z.string().max(20_000) })).max(50)]);

export const LearnMessage = z.object({
  role: z.enum(['user', 'assistant', 'system']).describe('Only user messages are mined; assistant and system messages are context.'),
  content: Content.describe('Message text (or OpenAI-style text parts).'),
});

export const LearnInput = z.object({
  messages: z
    .array(LearnMessage)
    .min(1)
    .max(200)
    .describe(
      'The conversation, oldest first: [{"role": "user", "content": "I\'m a senior engineer at Acme and I prefer short answers"}]. Facts are drawn from user messages only.',
    ),
  ...ScopeInput,
  dry_run: z.boolean().optional().describe('true previews what would be learned (changes with before/after) and writes nothing.'),
  review: z
    .boolean()
    .optional()
    .describe(
      "true puts every learned change (except reinforcement) into the review inbox as a proposal instead of writing it; false writes directly. Default: the server's PROFILE_MCP_LEARN_MODE (auto).",
    ),
});
export type LearnParams = z.infer<typeof LearnInput>;

export const LEARN_ACTIONS = ['create', 'update', 'reinforce', 'retract', 'conflict', 'pending', 'skip'] as const;
export type LearnAction = (typeof LEARN_ACTIONS)[number];

export const LearnChangeSchema = z.object({
  key: z.string(),
  action: z.enum(LEARN_ACTIONS),
  before: z.unknown(),
  after: z.unknown(),
  bucket: BucketSchema,
  category: CategorySchema,
  confidence: z.number().describe("Confidence of the fact after the merge (for skip: the kept fact's; for conflict and pending: the proposal's)."),
  fact_id: z.string().nullable(),
  proposal_id: z
    .string()
    .nullable()
    .optional()
    .describe('For conflict and pending: the proposal kept in the review inbox (list_pending, resolve_pending); null in a preview.'),
});
export type LearnChange = z.infer<typeof LearnChangeSchema>;

export const LearnResult = z.object({
  status: z.enum(['success', 'preview']),
  created: z.number().int(),
  updated: z.number().int(),
  reinforced: z.number().int(),
  skipped: z.number().int(),
  retracted: z.number().int().describe('Facts (or list items) removed because the user said they no longer hold.'),
  conflicts: z.number().int().describe("New values for the person's own (manual or imported) facts, kept as proposals instead of being written."),
  pending: z.number().int().describe('Changes kept as proposals for review (review mode).'),
  changes: z.array(LearnChangeSchema),
  dropped: z
    .array(z.object({ key: z.string(), reason: z.string() }))
    .describe('Facts the reasoner proposed that failed validation and were left out (the valid ones were kept): key and reason.'),
  read: z
    .object({
      messages: z.number().int().describe('Messages read.'),
      of: z.number().int().describe('Messages given (system messages and empty ones are not counted).'),
      chunks: z.number().int().describe('Requests the transcript was sent in (long conversations are read in chunks within a token budget).'),
    })
    .describe('How much of the conversation was read.'),
  collection_id: z.string().nullable(),
  reasoner: z.enum(['anthropic', 'sampling', 'offline']),
  usage: UsageSchema,
  asked: z
    .object({
      answer: z.enum(['accept', 'decline', 'cancel']).describe("The user's answer to the form."),
      accepted: z.array(z.string()).describe('Proposals the user took: written as their own word (source manual, confidence 1).'),
      rejected: z.array(z.string()).describe('Proposals the user refused (their value was kept; not proposed again for 90 days).'),
      pending: z.array(z.string()).describe('Proposals left in the review inbox (no answer, declined, or asked about an older state).'),
    })
    .optional()
    .describe('Present when the user was asked "keep or take?" about the conflicts through a form (MCP elicitation).'),
});
export type LearnResult = z.infer<typeof LearnResult>;
