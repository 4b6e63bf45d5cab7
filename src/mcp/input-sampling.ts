import { createHash, randomBytes } from 'node:crypto';
import {
  createRequestStateCodec,
  inputRequired,
  inputResponse,
  type CreateMessageResult,
  type InputRequest,
  type RequestStateCodec,
  type ServerContext,
} from '@modelcontextprotocol/server';
import type { ProfileService } from '../profiles/service.js';
import { InputNeeded, type Sampler } from '../reasoners/sampler.js';
import { log } from '../log.js';

/**
 * Sampling on 2026-07-28 (docs/protocol.md "Sampling"): the server cannot send the client a
 * `sampling/createMessage` request, it returns input requests and the client retries the tool call
 * with the model's answers. A tool call is then run again from the start on each round; the
 * sampling reasoner asks the same things in the same order, and this sampler answers each from what
 * the client sent (this round's `inputResponses`, earlier rounds' answers carried in `requestState`)
 * or collects it as an input request. Nothing is written until every answer is there (the
 * reasoner runs before any write), so a round never writes twice.
 *
 * A request's key is a digest of its conversation (not its system prompt, which holds the time) and
 * how many times the same conversation was asked in this call (the stricter retry asks again).
 */
export class InputSampling {
  /** Input requests still to answer, by key. */
  readonly asked: Record<string, InputRequest> = {};
  private readonly seen = new Map<string, number>();

  constructor(readonly answers: Record<string, CreateMessageResult>) {}

  readonly sampler: Sampler = async (params) => {
    const digest = createHash('sha256')
      .update(JSON.stringify([params.messages, params.maxTokens]))
      .digest('hex')
      .slice(0, 16);
    const n = (this.seen.get(digest) ?? 0) + 1;
    this.seen.set(digest, n);
    const key = `sample_${digest}_${n}`;
    const answer = this.answers[key];
    if (answer) return answer;
    this.asked[key] = inputRequired.createMessage(params);
    throw new InputNeeded();
  };
}

/** What a tool call carries from one round to the next, signed (the client holds it in between). */
export interface CarriedState {
  /** The tool, account and arguments (a digest) it was minted for: state from another call is not used. */
  tool: string;
  account: string;
  args: string;
  samples: Record<string, CreateMessageResult>;
  /** What the tool itself keeps across its form round (learn: its extraction). */
  data?: unknown;
}

/** The digest of a call's arguments that binds its requestState to them. */
export function argsDigest(args: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(args ?? null))
    .digest('base64url')
    .slice(0, 22);
}

/** The verified state when it was minted for this very call, else undefined. */
export function carriedFor(state: unknown, tool: string, account: string, args: string): CarriedState | undefined {
  const carried = state as Partial<CarriedState> | undefined;
  if (!carried || typeof carried !== 'object' || carried.tool !== tool || carried.account !== account || carried.args !== args) return undefined;
  return carried as CarriedState;
}

/** The sampling answers a retried call carries: the verified requestState's, then this round's. */
export function samplesOf(carried: CarriedState | undefined, responses: Record<string, unknown> | undefined): Record<string, CreateMessageResult> {
  const samples: Record<string, CreateMessageResult> = {};
  if (carried && typeof carried.samples === 'object' && carried.samples !== null) Object.assign(samples, carried.samples);
  for (const key of Object.keys(responses ?? {})) {
    if (!key.startsWith('sample_')) continue;
    const view = inputResponse(responses, key);
    if (view.kind === 'sampling') samples[key] = view.result as CreateMessageResult;
  }
  return samples;
}

/** The requestState secret's name in the store. */
const SECRET_NAME = 'mcp-request-state';
const codecs = new WeakMap<ProfileService, Promise<RequestStateCodec<CarriedState>>>();

/**
 * The HMAC codec of this store's requestState (the spec's integrity MUST): its key is a random secret
 * kept in the store and created on first use, so every replica on one store verifies what another
 * minted. A store without secrets (none today) gets a per-process key: then only one process may
 * serve a call's rounds.
 */
export function requestStateCodec(service: ProfileService): Promise<RequestStateCodec<CarriedState>> {
  let codec = codecs.get(service);
  if (!codec) {
    codec = (async () => {
      const key = service.store.secret ? await service.store.secret(SECRET_NAME) : randomBytes(32);
      return createRequestStateCodec<CarriedState>({ key, ttlSeconds: 600 });
    })();
    codec.catch((err: unknown) => {
      codecs.delete(service);
      log.warn('requestState key unavailable', { error: err instanceof Error ? err.message : String(err) });
    });
    codecs.set(service, codec);
  }
  return codec;
}

/** `ServerOptions.requestState.verify`: a state that fails verification is refused by the SDK (-32602). */
export function verifyRequestState(service: ProfileService): (state: string, ctx: ServerContext) => Promise<CarriedState> {
  return async (state, ctx) => (await requestStateCodec(service)).verify(state, ctx);
}
