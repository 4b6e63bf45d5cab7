import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ProfileService } from '../../src/profiles/service.js';
import type { Reasoner } from '../../src/profiles/reasoning.js';
import { reasonerFactory, type ReasonerFactory } from '../../src/reasoners/index.js';
import type { ReasonerConfig } from '../../src/reasoners/config.js';
import { MemoryStore } from '../../src/store/memory.js';
import { tempDir } from '../helpers/tmp.js';
import { jsonStore } from '../helpers/store.js';

/** Shared set-up for the reasoning tests: real stores, real reasoners, a fixed clock when asked. */

export function memoryService(clock?: () => number): ProfileService {
  return new ProfileService({ store: new MemoryStore(), clock });
}

export function diskService(clock?: () => number): { service: ProfileService; dir: string } {
  const dir = tempDir();
  return { service: new ProfileService({ store: jsonStore(dir), clock }), dir };
}

export function config(overrides: Partial<ReasonerConfig> = {}): ReasonerConfig {
  return {
    mode: 'offline',
    model: 'claude-haiku-5-5',
    timeoutMs: 5000,
    maxRetries: 0,
    samplingTimeoutMs: 5000,
    ...overrides,
  };
}

export function factory(overrides: Partial<ReasonerConfig> = {}): ReasonerFactory {
  return reasonerFactory(config(overrides));
}

/** Every file under a directory with its bytes, for "nothing was written" checks. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p, readFileSync(p, 'base64'));
    }
  };
  walk(dir);
  return out;
}

/** A reasoner whose answers are scripted, for the rules of the core (merge, sessions) in isolation. */
export function scripted(parts: Partial<Reasoner> & { name?: Reasoner['name'] }): Reasoner {
  return {
    name: parts.name ?? 'offline',
    answer: parts.answer ?? (async () => ({ text: 'scripted answer', facts_used: [] })),
    extract: parts.extract ?? (async () => []),
    complete: parts.complete ?? (async () => ({ text: 'scripted completion', model: 'scripted' })),
  };
}
