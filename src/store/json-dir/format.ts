import { ScopeDocSchema, type FactWithHistory, type ScopeDoc } from '../../profiles/model.js';

const factBytes = new WeakMap<FactWithHistory, Buffer>();
const COMMA = Buffer.from(',');

/**
 * The file bytes of a scope document: compact JSON, identical to JSON.stringify(doc). Facts are
 * immutable, so each fact is encoded once and its bytes reused by every later write; a write then
 * copies bytes instead of building and encoding one large string.
 */
export function serialiseScopeDoc(doc: ScopeDoc): Buffer {
  const parts: Buffer[] = [Buffer.from(`{"version":${JSON.stringify(doc.version)},"facts":[`)];
  doc.facts.forEach((fact, i) => {
    let bytes = factBytes.get(fact);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(fact), 'utf8');
      factBytes.set(fact, bytes);
    }
    if (i > 0) parts.push(COMMA);
    parts.push(bytes);
  });
  parts.push(Buffer.from(`],"sessions":${JSON.stringify(doc.sessions)}}`, 'utf8'));
  return Buffer.concat(parts);
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
