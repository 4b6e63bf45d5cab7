/**
 * The profile vocabulary lives in src/nlp-tables/concepts (pure data, no NLP model), so that the
 * core's relevance ranking (src/profiles/relevance.ts) can share it without importing reasoners.
 */
export * from '../../../../nlp-tables/concepts/index.js';
