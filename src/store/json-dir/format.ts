import { parseScopeDoc, SCOPE_DOC_VERSION, StoredOperationsSchema, type FactWithHistory, type ScopeDoc, type StoredOperation } from '../../profiles/model.js';

const factBytes = new WeakMap<FactWithHistory, Buffer>();
const operationBytes = new WeakMap<StoredOperation, Buffer>();
const COMMA = Buffer.from(',');
const NEWLINE = Buffer.from('\n');

/**
 * How a scope file holds its activity: every operation after `logged` (the last operation already in
 * the scope's activity log file) is in the file itself; null when the log holds none. The activity
 * starts at the log's operation `first` (earlier lines of the log were trimmed from it).
 */
export interface ActivitySplit {
  logged: string | null;
  first: string | null;
  /** Index in doc.activity of the first operation kept in the scope file. */
  from: number;
}

function cached<T extends object>(cache: WeakMap<T, Buffer>, item: T): Buffer {
  let bytes = cache.get(item);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(item), 'utf8');
    cache.set(item, bytes);
  }
  return bytes;
}

/**
 * The file bytes of a scope document: compact JSON. Facts and operations are immutable, so each is
 * encoded once and its bytes reused by every later write; a write then copies bytes instead of
 * building and encoding one large string. Operations up to `split.logged` live in the activity log
 * file, not here.
 */
export function serialiseScopeDoc(doc: ScopeDoc, split: ActivitySplit = { logged: null, first: null, from: 0 }): Buffer {
  const parts: Buffer[] = [Buffer.from(`{"version":${JSON.stringify(doc.version)},"facts":[`)];
  doc.facts.forEach((fact, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(cached(factBytes, fact));
  });
  parts.push(
    Buffer.from(
      `],"sessions":${JSON.stringify(doc.sessions)},"proposals":${JSON.stringify(doc.proposals)},"rejections":${JSON.stringify(doc.rejections)},"activity_logged":${JSON.stringify(split.logged)},"activity_first":${JSON.stringify(split.first)},"activity":[`,
      'utf8',
    ),
  );
  for (let i = split.from; i < doc.activity.length; i++) {
    if (i > split.from) parts.push(COMMA);
    parts.push(cached(operationBytes, doc.activity[i]!));
  }
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}

/** Lines of the activity log file for `ops` (one JSON object per line). */
export function serialiseLogLines(ops: readonly StoredOperation[]): Buffer {
  const parts: Buffer[] = [];
  for (const op of ops) parts.push(cached(operationBytes, op), NEWLINE);
  return Buffer.concat(parts);
}

/** The byte length of an operation as stored (for the size of the part kept in the scope file). */
export function operationSize(op: StoredOperation): number {
  return cached(operationBytes, op).length;
}

export interface ScopeFile {
  /** The document, with only the operations kept in the scope file in `activity`. */
  doc: ScopeDoc;
  /** The last operation held by the activity log file, or null. */
  logged: string | null;
  /** The first operation of the activity, in the log file (null: from the log's start). */
  first: string | null;
}

/** Parse and validate a scope file's text. Reasons never quote the file's content. */
export function validateScopeFile(text: string): ScopeFile | { reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { reason: text.length === 0 ? 'the file is empty' : 'the file is not valid JSON (truncated or overwritten?)' };
  }
  if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && parsed.version !== 1 && parsed.version !== SCOPE_DOC_VERSION) {
    const v = (parsed as { version: unknown }).version;
    return { reason: `the file has format version ${typeof v === 'number' ? v : typeof v}; this server reads versions 1 and ${SCOPE_DOC_VERSION}` };
  }
  let logged: string | null = null;
  let first: string | null = null;
  if (typeof parsed === 'object' && parsed !== null && (parsed as { version?: unknown }).version === SCOPE_DOC_VERSION) {
    const { activity_logged, activity_first, ...rest } = parsed as { activity_logged?: unknown; activity_first?: unknown };
    for (const [name, v] of [
      ['activity_logged', activity_logged],
      ['activity_first', activity_first],
    ] as const) {
      if (v !== undefined && v !== null && typeof v !== 'string') return { reason: `the file does not match the profile format (${name}: invalid_type)` };
    }
    logged = typeof activity_logged === 'string' ? activity_logged : null;
    first = typeof activity_first === 'string' ? activity_first : null;
    parsed = rest;
  }
  const result = parseScopeDoc(parsed);
  if ('error' in result) {
    const where = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`)
      .join('; ');
    return { reason: `the file does not match the profile format (${where})` };
  }
  return { doc: result.doc, logged, first };
}

export interface ActivityLog {
  /** The operations of the log from `first` up to and including `through`, oldest first. */
  ops: StoredOperation[];
  /** Bytes of the file up to the end of the line of `through` (later bytes are not committed). */
  bytes: number;
  /** Lines in the file up to `through`. */
  lines: number;
}

/**
 * Read an activity log file's text from the operation `first` (null: the first line) up to `through`
 * (the scope file names both). Lines after `through` are writes that never committed (a crash between
 * the log and the scope file) and are ignored; lines before `first` were trimmed from the activity.
 */
export function parseActivityLog(text: string, through: string, first: string | null = null): ActivityLog | { reason: string } {
  let ops: unknown[] = [];
  const parsedAll: unknown[] = [];
  let started = first === null;
  let offset = 0;
  let lines = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end < 0) break; // a torn last line
    const line = text.slice(offset, end);
    let op: unknown;
    try {
      op = JSON.parse(line);
    } catch {
      return { reason: `activity log line ${lines + 1} is not valid JSON` };
    }
    const id = (op as { id?: unknown }).id;
    if (!started && id === first) started = true;
    if (started) ops.push(op);
    parsedAll.push(op);
    lines++;
    offset = end + 1;
    if (id === through) {
      // `first` missing: the log was compacted (trimmed further) and the scope file not yet rewritten,
      // say by a crash between the two; the log's own first line is then where the activity starts.
      if (!started) ops = parsedAll;
      const checked = StoredOperationsSchema.safeParse(ops);
      if (!checked.success) return { reason: `activity log line ${Number(checked.error.issues[0]?.path[0] ?? 0) + 1} does not match the operation format` };
      return { ops: ops as StoredOperation[], bytes: Buffer.byteLength(text.slice(0, offset), 'utf8'), lines };
    }
  }
  return { reason: `the activity log does not hold the operation ${through} that the scope file names` };
}
