import type { Reasoner } from '../src/profiles/reasoning.js';

/**
 * One small extraction and one small answer before the eval starts. A reasoner that cannot run at all
 * (a source file that does not compile makes every offline job fail as its worker starts; a wrong API
 * key fails every call) would otherwise be tried on thousands of cases, each failing slowly, and the
 * run would look hung with nothing printed. Rejects with what went wrong.
 */
export async function preflight(reasoner: Reasoner): Promise<void> {
  try {
    await reasoner.extract({ messages: [{ role: 'user', content: "I'm a teacher in Bristol." }], profile: [] });
    await reasoner.answer({ question: 'Where do I live?', facts: [], history: [] });
  } catch (err) {
    throw new Error(`the ${reasoner.name} reasoner cannot run: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
