import { ProfileError, toProfileError } from '../profiles/errors.js';
import type { ChatTurn, DroppedFact, ExtractedFact, Extraction, ExtractInput, ReasonerName, Usage } from '../profiles/reasoning.js';
import { addUsage } from '../profiles/usage.js';
import { log } from '../log.js';
import { InputNeeded } from './sampler.js';

/**
 * Long conversations are read in chunks within a token budget: the transcript is cut, newest message
 * first, into chunks of at most `chunkTokens` (estimated at 4 characters a token), each sent with the
 * assistant turn before it as context. At most `maxChunks` are read — the newest; what is left out is
 * reported in `read`. The chunks' extractions are merged oldest first, so the newest word wins.
 */

export interface ChunkBudget {
  /** Estimated tokens of conversation per request. */
  chunkTokens: number;
  /** Requests per learn call. */
  maxChunks: number;
  /** Requests in flight at once. */
  concurrency: number;
}

/** 24,000 tokens of conversation a request (with rules and profile, well inside every current model's window), 8 requests a call. */
export const DEFAULT_CHUNKS: ChunkBudget = { chunkTokens: 24_000, maxChunks: 8, concurrency: 3 };

export interface Chunk {
  messages: ChatTurn[];
  /** Context, never mined: the assistant turn before the chunk (or the caller's earlier turns for the first chunk). */
  context: ChatTurn[];
}

const turnTokens = (t: ChatTurn) => Math.ceil(t.content.length / 4) + 8;

/** Cut the transcript into chunks, newest first; returns them oldest first, with how many messages they hold (a chunk may hold no user turn). */
export function chunkTranscript(turns: readonly ChatTurn[], context: readonly ChatTurn[], budget: ChunkBudget): { chunks: Chunk[]; read: number } {
  const spans: { start: number; end: number }[] = [];
  let end = turns.length;
  let used = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const cost = turnTokens(turns[i]!);
    if (i < end - 1 && used + cost > budget.chunkTokens) {
      spans.push({ start: i + 1, end });
      if (spans.length === budget.maxChunks) break;
      end = i + 1;
      used = 0;
    }
    used += cost;
    if (i === 0) spans.push({ start: 0, end });
  }
  const chunks = spans
    .slice(0, budget.maxChunks)
    .reverse()
    .map(({ start, end: stop }) => {
      const before = start > 0 ? turns[start - 1]! : undefined;
      const ctx = start === 0 ? [...context] : before && before.role === 'assistant' ? [before] : [];
      return { messages: turns.slice(start, stop), context: ctx };
    })
    .filter((c) => c.messages.some((m) => m.role === 'user'));
  const read = spans.slice(0, budget.maxChunks).reduce((n, s) => n + (s.end - s.start), 0);
  return { chunks, read };
}

/** What one request of an extraction gave. */
export interface ChunkResult {
  facts: ExtractedFact[];
  dropped: DroppedFact[];
  usage?: Usage;
}

/**
 * Extract from every chunk (a few at a time) and merge. A chunk that fails is left out when another
 * succeeded (the result's `read` then counts only what was read); when all fail, the first error is
 * thrown. An aborted call (caller gone, time budget spent) stops at once.
 */
export async function extractInChunks(
  input: ExtractInput,
  budget: ChunkBudget,
  one: (chunk: Chunk) => Promise<ChunkResult>,
  deadline?: { signal: AbortSignal; abortError(who: ReasonerName): ProfileError | undefined },
  who: ReasonerName = 'anthropic',
): Promise<Extraction> {
  const signal = deadline?.signal;
  const { chunks } = chunkTranscript(input.messages, input.context ?? [], budget);
  const results: (ChunkResult | ProfileError)[] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const i = next++;
      if (signal?.aborted) throw deadline?.abortError(who) ?? toProfileError(signal.reason);
      const chunk = chunks[i]!;
      if (!chunk.messages.some((m) => m.role === 'user')) {
        results[i] = { facts: [], dropped: [] }; // assistant turns only: read, nothing to mine
        continue;
      }
      try {
        results[i] = await one(chunk);
      } catch (err) {
        if (err instanceof InputNeeded) throw err; // the client's model answers first (2026-07-28 input requests)
        const error = toProfileError(err);
        if (signal?.aborted || chunks.length === 1) throw error;
        log.warn('extraction of a chunk failed; the other chunks are kept', { chunk: i, of: chunks.length, code: error.code });
        results[i] = error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(budget.concurrency, chunks.length) }, worker));
  const ok = results.filter((r): r is ChunkResult => !(r instanceof ProfileError));
  if (ok.length === 0 && chunks.length > 0) throw results.find((r) => r instanceof ProfileError)!;
  let usage: Usage | undefined;
  let read = 0;
  const dropped: DroppedFact[] = [];
  const perChunk: ExtractedFact[][] = [];
  results.forEach((r, i) => {
    if (r instanceof ProfileError) return;
    read += chunks[i]!.messages.length;
    usage = addUsage(usage, r.usage);
    dropped.push(...r.dropped);
    perChunk.push(r.facts);
  });
  return { facts: mergeChunks(perChunk), dropped, usage, read: { messages: read, of: input.messages.length, chunks: chunks.length } };
}

const norm = (v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : JSON.stringify(v));

/**
 * Merge the extractions of consecutive chunks, oldest first: a later value of a key replaces an
 * earlier one (lists are kept for the core to unite), a later retraction removes what an earlier
 * chunk asserted of it, and a later assertion cancels an earlier retraction of the same value.
 */
export function mergeChunks(perChunk: readonly ExtractedFact[][]): ExtractedFact[] {
  let merged: ExtractedFact[] = [];
  for (const facts of perChunk) {
    for (const f of facts) {
      merged = merged.filter((m) => {
        if (m.key !== f.key) return true;
        if (f.retract) return !(!m.retract && (f.value === null || norm(m.value) === norm(f.value)));
        if (m.retract) return !(m.value !== null && norm(m.value) === norm(f.value));
        return Array.isArray(m.value) && Array.isArray(f.value);
      });
    }
    merged.push(...facts);
  }
  return merged;
}
