import { ScopeDocSchema, type ScopeDoc } from '../../profiles/model.js';

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
