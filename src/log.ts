/**
 * The only logger. Everything goes to stderr: under stdio, stdout carries protocol messages only.
 * Level from PROFILE_MCP_LOG_LEVEL (error|warn|info|debug, default info); PROFILE_MCP_LOG_FORMAT=json
 * writes one JSON object per line. Callers never pass fact values or API keys.
 */
import { LOG_LEVELS, readEnv } from './env.js';

export { LOG_LEVELS };
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogSink = (level: LogLevel, message: string, fields: Record<string, unknown>) => void;

const rank: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

const fromEnv = readEnv(['PROFILE_MCP_LOG_LEVEL', 'PROFILE_MCP_LOG_FORMAT']);
let level: LogLevel = fromEnv.PROFILE_MCP_LOG_LEVEL;
let json = fromEnv.PROFILE_MCP_LOG_FORMAT === 'json';
const sinks = new Set<LogSink>();

export function configureLog(options: { level?: LogLevel; json?: boolean }): void {
  if (options.level) level = options.level;
  if (options.json !== undefined) json = options.json;
}

/** Extra receivers of log records (e.g. MCP logging notifications); returns the remover. */
export function addLogSink(sink: LogSink): () => void {
  sinks.add(sink);
  return () => sinks.delete(sink);
}

function write(at: LogLevel, message: string, fields: Record<string, unknown> = {}): void {
  for (const sink of sinks) {
    try {
      sink(at, message, fields);
    } catch {
      // a failing sink never breaks logging
    }
  }
  if (rank[at] > rank[level]) return;
  let line: string;
  if (json) {
    line = JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields });
  } else {
    const extra = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    line = `profile-mcp ${at}: ${message}${extra ? ` (${extra})` : ''}`;
  }
  process.stderr.write(`${line}\n`);
}

export const log = {
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  enabled: (at: LogLevel) => rank[at] <= rank[level],
};

export function errorFields(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code ? { error: err.message, code } : { error: err.message };
  }
  return { error: String(err) };
}
