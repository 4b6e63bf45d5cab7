import { z } from 'zod';
import { ProfileError } from '../profiles/errors.js';
import { CATEGORIES, isCategory, type Fact } from '../profiles/model.js';
import type { Answer, DroppedFact, ExtractedFact, ReasonerName } from '../profiles/reasoning.js';

/**
 * What a model must return and how its reply is checked. The zod schemas below are the only
 * definition: the JSON schemas the model sees (tool input schemas, the sampling instruction) are
 * generated from them with z.toJSONSchema. Extraction is checked fact by fact: the valid facts of a
 * reply are kept and each invalid one is reported as dropped (key and reason), so one bad fact, extra
 * keys or a reply cut off by max_tokens never sink the rest.
 */

export const ANSWER_TOOL = 'answer_about_user';
export const EXTRACT_TOOL = 'record_user_facts';

/** Most facts taken from one reply (one chunk of a transcript); the rest are dropped and reported. */
export const MAX_FACTS_PER_REPLY = 100;

export const AnswerOutput = z.object({
  answer: z
    .string()
    .min(1)
    .max(8000)
    .describe('The answer, resting only on the profile facts; when it cannot be answered, one sentence saying what the profile lacks.'),
  fact_refs: z.array(z.string().max(200)).max(200).describe('The refs ("f1", "f2", ...) of the profile facts the answer rests on; [] when none was relevant.'),
  cannot_answer: z.boolean().describe('true when the profile holds nothing that answers the question (then fact_refs is []).'),
});

const Category = z.preprocess((v) => (typeof v === 'string' && isCategory(v.trim().toLowerCase()) ? v.trim().toLowerCase() : 'other'), z.enum(CATEGORIES));

export const ExtractedOutputFact = z.object({
  key: z.string().min(1).max(64).describe('snake_case key, e.g. role, company, location, interests, communication_style'),
  value: z
    .union([z.string().min(1).max(2000), z.number(), z.boolean(), z.array(z.string().min(1).max(500)).min(1).max(50), z.null()])
    .describe(
      'A string, number, boolean, or an array of short strings for list-like facts (interests, expertise, tools, goals, allergies). For a retraction: the item or value that no longer holds, or null for the whole key.',
    ),
  category: Category.describe(`One of ${CATEGORIES.join(', ')}.`),
  bucket: z.enum(['static', 'dynamic']).describe('"dynamic" for short-lived statements (this week, currently, until a date), else "static".'),
  confidence: z.number().min(0).max(1).describe('0.9 explicit, 0.8 plain, 0.6 or less hedged or implied; never 1.'),
  ttl_seconds: z
    .number()
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('For dynamic facts: seconds from now the statement holds (until the date it names, when it names one).'),
  retract: z.boolean().nullable().optional().describe('true when the user says this no longer holds ("I don\'t eat meat anymore", "I quit Acme").'),
  evidence: z.string().max(2000).nullable().optional().describe("The user's own words this rests on, quoted exactly, at most 300 characters."),
});

export const ExtractOutput = z.object({
  facts: z.array(ExtractedOutputFact).max(MAX_FACTS_PER_REPLY).describe('The facts; [] when nothing qualifies.'),
});

/** A zod schema as the JSON schema a model sees (no $schema line). */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

export const ANSWER_SCHEMA = jsonSchemaOf(AnswerOutput);
export const EXTRACT_SCHEMA = jsonSchemaOf(ExtractOutput);

// ---- the dialectic ----

/** The facts shown to the model under short refs ("f1", "f2", ...), mapped back to their ids. */
export type FactRefs = ReadonlyMap<string, Fact>;

/** A cited ref as the model wrote it ("f3", "F3", "[f3]", "fact 3", "f03") to its canonical form, or a real id as is. */
function resolveRef(raw: string, refs: FactRefs, byId: ReadonlyMap<string, Fact>): Fact | undefined {
  const text = raw.trim().replace(/^[[("'`]+|[\])"'`.,;]+$/g, '');
  const exact = byId.get(text);
  if (exact) return exact;
  const m = /^f(?:act)?[\s_#-]*0*(\d{1,5})$/i.exec(text);
  return m ? refs.get(`f${m[1]}`) : undefined;
}

/** Check a structured answer: schema, then refs mapped back to fact ids (unknown refs dropped); abstention cites nothing. */
export function checkAnswer(raw: unknown, refs: FactRefs, who: ReasonerName): Answer {
  const parsed = AnswerOutput.partial({ cannot_answer: true }).safeParse(normaliseAnswer(raw));
  if (!parsed.success) throw invalidOutput(who, 'an answer', parsed.error);
  const byId = new Map([...refs.values()].map((f) => [f.id, f]));
  const ids: string[] = [];
  if (parsed.data.cannot_answer !== true) {
    for (const ref of parsed.data.fact_refs) {
      const fact = resolveRef(ref, refs, byId);
      if (fact && !ids.includes(fact.id)) ids.push(fact.id);
    }
  }
  return { text: parsed.data.answer.trim(), facts_used: ids };
}

/** Older replies name the refs `fact_ids`; accept that spelling too. */
function normaliseAnswer(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    if (o.fact_refs === undefined && Array.isArray(o.fact_ids)) return { ...o, fact_refs: o.fact_ids };
  }
  return raw;
}

/**
 * A prose answer (a host model that ignored the JSON instruction): the text is the answer, and it
 * cites the facts whose values it mentions (whole words, case-insensitive; values of 3+ characters).
 */
export function proseAnswer(text: string, refs: FactRefs): Answer {
  const answer = stripFence(text).trim();
  const said = ` ${words(answer)} `;
  const ids: string[] = [];
  for (const fact of refs.values()) {
    const values = Array.isArray(fact.value) ? fact.value : [fact.value];
    const mentioned = values.some((v) => {
      if (typeof v !== 'string' && typeof v !== 'number') return false;
      const w = words(String(v));
      return w.length >= 3 && said.includes(` ${w} `);
    });
    if (mentioned) ids.push(fact.id);
  }
  return { text: answer, facts_used: ids };
}

function words(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

// ---- extraction ----

export interface CheckedExtraction {
  facts: ExtractedFact[];
  dropped: DroppedFact[];
}

/**
 * Check an extraction fact by fact. `raw` is the parsed reply (a tool's input or JSON from text);
 * `truncated` says the reply was cut off (max_tokens), so a last fact that fails is reported as such.
 * Returns null when the reply holds no facts array at all (nothing usable).
 */
export function checkExtraction(raw: unknown, truncated = false): CheckedExtraction | null {
  const list = factsArray(raw);
  if (list === null) return null;
  const facts: ExtractedFact[] = [];
  const dropped: DroppedFact[] = [];
  list.forEach((item, i) => {
    const key = keyOf(item);
    if (i >= MAX_FACTS_PER_REPLY) {
      dropped.push({ key, reason: `more than ${MAX_FACTS_PER_REPLY} facts in one reply` });
      return;
    }
    const parsed = ExtractedOutputFact.safeParse(item);
    if (!parsed.success) {
      const cut = truncated && i === list.length - 1;
      dropped.push({ key, reason: cut ? 'incomplete: the reply was cut off (max_tokens)' : reasonOf(parsed.error) });
      return;
    }
    const f = parsed.data;
    if (f.value === null && f.retract !== true) return; // "unknown": nothing to record
    const fact: ExtractedFact = { key: f.key, value: f.value, category: f.category, bucket: f.bucket, confidence: f.confidence };
    if (f.ttl_seconds !== undefined && f.ttl_seconds !== null) fact.ttl_seconds = f.ttl_seconds;
    if (f.retract === true) fact.retract = true;
    if (typeof f.evidence === 'string' && f.evidence.trim() !== '') fact.evidence = f.evidence.trim().slice(0, 300);
    facts.push(fact);
  });
  return { facts, dropped };
}

function factsArray(raw: unknown): unknown[] | null {
  if (Array.isArray(raw)) return raw;
  if (raw && typeof raw === 'object' && Array.isArray((raw as { facts?: unknown }).facts)) return (raw as { facts: unknown[] }).facts;
  return null;
}

function keyOf(item: unknown): string {
  const key = item && typeof item === 'object' ? (item as { key?: unknown }).key : undefined;
  return typeof key === 'string' ? key.slice(0, 64) : '';
}

function reasonOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 2)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : 'fact'}: ${i.message}`)
    .join('; ');
}

export function invalidOutput(who: ReasonerName, what: string, error?: z.ZodError): ProfileError {
  const where = error
    ? ` (at ${error.issues
        .slice(0, 3)
        .map((i) => (i.path.length > 0 ? i.path.join('.') : '(root)'))
        .join(', ')})`
    : '';
  return new ProfileError(
    'llm_unavailable',
    `The ${who} model returned ${what} that does not match the expected structure${where}; nothing was written. Try again or use PROFILE_MCP_REASONER=offline.`,
    { reasoner: who },
  );
}

// ---- JSON in free text (sampling has no forced tool use) ----

function stripFence(text: string): string {
  const fenced = /```(?:json|JSON)?\s*\n?([\s\S]*?)(?:```|$)/.exec(text);
  return fenced ? fenced[1]! : text;
}

/**
 * The JSON object in a free-text reply: bare, fenced, or surrounded by prose. A reply cut off inside
 * its "facts" array yields the complete facts before the cut (`{facts: [...], truncated: true}`).
 * Undefined when there is no JSON object at all.
 */
export function parseJsonReply(text: string): unknown {
  const body = stripFence(text).trim();
  for (const candidate of [body, text.trim()]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // fall through
    }
    const start = candidate.indexOf('{');
    const end = candidate.lastIndexOf('}');
    if (start >= 0 && end > start) {
      try {
        return JSON.parse(candidate.slice(start, end + 1));
      } catch {
        // fall through
      }
    }
  }
  const partial = completeFacts(body);
  return partial ? { facts: partial, truncated: true } : undefined;
}

/** The complete objects of a `"facts": [` array in text that was cut off; null when there is no such array. */
function completeFacts(text: string): unknown[] | null {
  const at = text.search(/"facts"\s*:\s*\[/);
  if (at < 0) return null;
  let i = text.indexOf('[', at) + 1;
  const out: unknown[] = [];
  while (i < text.length) {
    const start = text.indexOf('{', i);
    if (start < 0) break;
    const end = objectEnd(text, start);
    if (end < 0) break;
    try {
      out.push(JSON.parse(text.slice(start, end + 1)));
    } catch {
      break;
    }
    i = end + 1;
  }
  return out;
}

/** Index of the `}` that closes the object opening at `start` (strings respected), or -1 when it never closes. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
