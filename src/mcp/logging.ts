import type { McpServer } from '@modelcontextprotocol/server';
import type { LoggingLevel } from '@modelcontextprotocol/server';
import { addLogSink, type LogLevel } from '../log.js';

const LEVELS: readonly LoggingLevel[] = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];
const SEVERITY = new Map(LEVELS.map((level, index) => [level, index]));
const FROM_LOG: Record<LogLevel, LoggingLevel> = { error: 'error', warn: 'warning', info: 'info', debug: 'debug' };

export type SessionLog = (level: LoggingLevel, message: string, data?: Record<string, unknown>) => void;

/**
 * MCP logging for one connection: `notifications/message` at or above the level the client chose
 * with `logging/setLevel` (default `warning`). With `forwardProcessLogs` (stdio: one local user) the
 * process's own log records are forwarded too; over HTTP only this session's events are, so one
 * tenant never sees another's. Records never carry fact values or keys.
 */
export function attachLogging(server: McpServer, options: { forwardProcessLogs: boolean }): SessionLog {
  let minimum: LoggingLevel = 'warning';
  server.server.setRequestHandler('logging/setLevel', async (request) => {
    minimum = request.params.level;
    return {};
  });
  const send: SessionLog = (level, message, data = {}) => {
    if ((SEVERITY.get(level) ?? 0) < (SEVERITY.get(minimum) ?? 0) || !server.isConnected()) return;
    server.server
      .notification({ method: 'notifications/message', params: { level, logger: 'profile-mcp', data: { message, ...data } } })
      .catch(() => undefined);
  };
  if (options.forwardProcessLogs) {
    const remove = addLogSink((level, message, fields) => send(FROM_LOG[level], message, fields));
    const previous = server.server.onclose;
    server.server.onclose = () => {
      remove();
      previous?.();
    };
  }
  return send;
}
