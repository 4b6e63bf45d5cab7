import { ScopeDocSchema, type FactWithHistory, type ScopeDoc } from '../../profiles/model.js';

const factTexts = new WeakMap<FactWithHistory, string>();

/**
 * The file text of a scope document: compact JSON, identical to JSON.stringify(doc). Facts are
 * immutable, so each fact is serialised once and its text reused by every later write.
 */
export function serialiseScopeDoc(doc: ScopeDoc): string {
  const parts: string[] = [];
  for (const fact of doc.facts) {
    let text = factTexts.get(fact);
    if (text === undefined) {
      text = JSON.stringify(fact);
      factTexts.set(fact, text);
    }
    parts.push(text);
  }
  return `{"version":${JSON.stringify(doc.version)},"facts":[${parts.join(',')}],"sessions":${JSON.stringify(doc.sessions)}}`;
}

/** Parse and validate a scope file's text. Reasons never quote the file's content. */
export function validateScopeFile(text: string): { doc: ScopeDoc } | { reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { reason: text.length === 0 ? 'the file is empty' : 'the file is not valid JSON (truncated or overwritten?)' };
  }
  if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && parsed.version !== 1) {
    const v = (parsed as { version: unknown }).version;
    return { reason: `the file has format version ${typeof v === 'number' ? v : typeof v}; this server reads version 1` };
  }
  const result = ScopeDocSchema.safeParse(parsed);
  if (!result.success) {
    const where = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`)
      .join('; ');
    return { reason: `the file does not match the profile format (${where})` };
  }
  return { doc: parsed as ScopeDoc };
}
