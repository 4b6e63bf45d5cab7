import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { AnthropicReasoner } from '../../src/reasoners/anthropic.js';
import { chunkTranscript, mergeChunks } from '../../src/reasoners/chunks.js';
import { start, type FakeAnthropic, type FakeRequest } from '../helpers/fake-anthropic.js';
import { memoryService } from './setup.js';

/**
 * A long conversation is read in chunks within a token budget: 200 messages, 400 KB, through the
 * real SDK against the fake Messages API. Each request stays within the budget, every message is
 * read, the previous assistant turn comes along as context, and the newest word wins in the merge.
 */

let fake: FakeAnthropic;
beforeEach(async () => {
  fake = await start();
});
afterEach(async () => {
  await fake.close();
});

const FILLER = 'lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40).slice(0, 2000);
const conversation = Array.from({ length: 200 }, (_, i) => ({
  role: i % 2 === 0 ? ('user' as const) : ('assistant' as const),
  content: `[m${i}] ${FILLER}`,
}));

/** The message numbers a request's <conversation> holds (not its earlier context). */
function numbersIn(request: FakeRequest): number[] {
  const text: string = request.body.messages[0].content;
  const convo = text.slice(text.lastIndexOf('\n<conversation>\n'));
  return [...convo.matchAll(/\[m(\d+)\]/g)].map((m) => Number(m[1]));
}

/** Each chunk "says" the user lives in city-<its newest message> and likes topic-<its oldest>. */
function replyPerChunk(request: FakeRequest) {
  const n = numbersIn(request);
  return {
    tool: {
      input: {
        facts: [
          { key: 'location', value: `city-${Math.max(...n)}`, category: 'other', bucket: 'static', confidence: 0.8 },
          { key: 'interests', value: [`topic-${Math.min(...n)}`], category: 'interests', bucket: 'static', confidence: 0.8 },
        ],
      },
    },
  };
}

const reasoner = (chunks?: { chunkTokens: number; maxChunks: number; concurrency: number }) =>
  new AnthropicReasoner({ apiKey: 'k', baseURL: fake.url, model: 'claude-haiku-5-5', timeoutMs: 10_000, maxRetries: 0, ...(chunks ? { chunks } : {}) });

describe('long conversations are learned in chunks', () => {
  it('a 200-message, 400 KB conversation: every message read, requests within budget, results merged newest-wins', async () => {
    expect(conversation.reduce((n, m) => n + m.content.length, 0)).toBeGreaterThanOrEqual(400_000);
    fake.set({ reply: replyPerChunk });
    const service = memoryService();
    const result = await learnFrom(service, reasoner(), 'a', { messages: conversation });

    // 24,000 estimated tokens (about 96 KB) of conversation a request: five requests.
    expect(fake.requests).toHaveLength(5);
    for (const r of fake.requests) {
      const sent = JSON.stringify(r.body.messages).length;
      expect(sent).toBeLessThan(24_000 * 4 + 8_000);
      expect(sent).toBeGreaterThan(10_000);
    }
    const seen = fake.requests.flatMap(numbersIn).sort((a, b) => a - b);
    expect(seen).toEqual(conversation.map((_, i) => i)); // every message exactly once
    // A chunk that starts on a user turn carries the assistant turn before it as context.
    for (const r of fake.requests) {
      const first = Math.min(...numbersIn(r));
      const text: string = r.body.messages[0].content;
      if (first > 0 && first % 2 === 0) expect(text).toContain(`<earlier_conversation>\n{"role":"assistant","content":"[m${first - 1}]`);
    }
    expect(result.read).toEqual({ messages: 200, of: 200, chunks: 5 });
    expect(result.usage).toEqual({ model: 'claude-haiku-5-5', input_tokens: 55, output_tokens: 35 });

    const facts = (await service.listFacts('a', {})).facts;
    expect(facts.find((f) => f.key === 'location')!.value).toBe('city-199'); // the newest chunk wins
    const starts = fake.requests.map((r) => `topic-${Math.min(...numbersIn(r))}`).sort();
    expect([...(facts.find((f) => f.key === 'interests')!.value as string[])].sort()).toEqual(starts); // list items united
  });

  it('over the number of chunks a call may send, the newest messages are read and the result says how many', async () => {
    fake.set({ reply: replyPerChunk });
    const result = await learnFrom(memoryService(), reasoner({ chunkTokens: 24_000, maxChunks: 2, concurrency: 2 }), 'a', { messages: conversation });
    expect(fake.requests).toHaveLength(2);
    expect(result.read.chunks).toBe(2);
    expect(result.read.of).toBe(200);
    expect(result.read.messages).toBeLessThan(200);
    const seen = fake.requests.flatMap(numbersIn);
    expect(Math.max(...seen)).toBe(199);
    expect(Math.min(...seen)).toBe(200 - result.read.messages);
  });

  it('a chunk whose reply is unusable is left out; the others are kept and read says what was read', async () => {
    fake.set({ reply: (r) => (numbersIn(r).includes(0) ? { content: [], stop_reason: 'end_turn' } : replyPerChunk(r)) });
    const service = memoryService();
    const result = await learnFrom(service, reasoner(), 'a', { messages: conversation });
    expect(fake.requests).toHaveLength(5);
    expect(result.read.chunks).toBe(5);
    expect(result.read.messages).toBeLessThan(200);
    expect(result.read.messages).toBeGreaterThan(140);
    expect((await service.listFacts('a', { key: 'location' })).facts[0]!.value).toBe('city-199');
  });

  it('a short conversation is one request', () => {
    const { chunks, read } = chunkTranscript(conversation.slice(0, 4), [], { chunkTokens: 24_000, maxChunks: 8, concurrency: 3 });
    expect(chunks).toHaveLength(1);
    expect(read).toBe(4);
  });

  it('merging chunks: a later value replaces an earlier one, a later retraction cancels an earlier assertion', () => {
    const f = (key: string, value: unknown, retract = false) => ({
      key,
      value,
      category: 'other' as const,
      bucket: 'static' as const,
      confidence: 0.8,
      ...(retract ? { retract: true } : {}),
    });
    const merged = mergeChunks([
      [f('location', 'Leeds'), f('diet', 'vegan'), f('tools', ['vim'])],
      [f('location', 'Nottingham'), f('diet', 'vegan', true), f('tools', ['emacs'])],
    ]);
    expect(merged).toEqual([f('tools', ['vim']), f('location', 'Nottingham'), f('diet', 'vegan', true), f('tools', ['emacs'])]);
  });
});
