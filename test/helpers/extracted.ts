import type { ExtractedFact } from '../../src/profiles/reasoning.js';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService, scopeOf } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';

/** The offline extractor on one user message, its clock fixed, and what the extraction tests ask of its facts. */

export const reasoner = new OfflineReasoner({ worker: false }, () => Date.parse('2026-12-02T10:00:00Z'));

export const learned = (content: string): Promise<ExtractedFact[]> => reasoner.extract({ messages: [{ role: 'user', content }], profile: [] });

/** The offline extractor on a reply to the assistant's question. */
export const answered = (question: string, reply: string): Promise<ExtractedFact[]> =>
  reasoner.extract({
    messages: [
      { role: 'assistant', content: question },
      { role: 'user', content: reply },
    ],
    profile: [],
  });

/** The facts a profile holds after learning from each message in turn (later turns see what earlier ones stored). */
export const learnedOver = async (...said: string[]) => {
  const service = new ProfileService({ store: new MemoryStore() });
  for (const content of said) await learnFrom(service, reasoner, 'acct', { messages: [{ role: 'user', content }] });
  return (await service.view(scopeOf('acct', null))).publicFacts;
};

/** A fact's items in lower case. */
export const items = (f: ExtractedFact): string[] => (Array.isArray(f.value) ? f.value : [f.value]).map((v) => String(v).toLowerCase());

/** Whether a fact (not a retraction) under `key` holds an item containing `token`. */
export const has = (facts: ExtractedFact[], key: string, token: string): boolean =>
  facts.some((f) => !f.retract && f.key === key && items(f).some((v) => v.includes(token.toLowerCase())));

/** The keys of the facts learned (retractions left out). */
export const keys = (facts: ExtractedFact[]): string[] => facts.filter((f) => !f.retract).map((f) => f.key);
