#!/usr/bin/env node
import { UsageError } from './config.js';
import { ProfileError } from './profiles/errors.js';
import { errorFields, log } from './log.js';
import { VERSION } from './version.js';

interface Command {
  summary: string;
  load: () => Promise<{ run: (args: string[]) => Promise<number>; usage: string }>;
}

/** Commands load lazily, so `profile-mcp` over stdio never pays for the HTTP stack. */
const COMMANDS: Record<string, Command> = {
  stdio: { summary: 'run the MCP server over stdio (the default)', load: () => import('./commands/stdio.js') },
  export: { summary: 'write the profiles of an account as a JSON document to stdout', load: () => import('./commands/export.js') },
  import: { summary: 'load a JSON export document (all-or-nothing; --dry-run to preview)', load: () => import('./commands/import.js') },
  http: { summary: 'serve MCP (Streamable HTTP + legacy SSE) and the REST API over HTTP', load: () => import('./commands/http.js') },
  keys: { summary: 'create, list and revoke API keys for the HTTP server', load: () => import('./commands/keys.js') },
  show: { summary: 'print a profile as a readable table (--json for scripts)', load: () => import('./commands/show.js') },
  doctor: { summary: 'check the data directory, locks and keys file; --repair to fix', load: () => import('./commands/doctor.js') },
  migrate: { summary: 'create or upgrade the PostgreSQL schema (--database-url or PROFILE_MCP_DATABASE_URL)', load: () => import('./commands/migrate.js') },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `profile-mcp ${VERSION}: user profiles for AI agents over MCP (stdio, HTTP) and REST.

Usage: profile-mcp [command] [options]

Commands:
${lines.join('\n')}

Run "profile-mcp <command> --help" for a command's options.

Environment:
  PROFILE_MCP_DATA        data directory (default ~/.profile-mcp)
  PROFILE_MCP_STORE       json (default) | postgres
  PROFILE_MCP_DATABASE_URL  postgres://... for --store postgres
  PROFILE_MCP_REASONER    auto (default) | anthropic | sampling | offline
  PROFILE_MCP_LEARN_MODE  auto (default) | review: keep everything learned as proposals to review
  ANTHROPIC_API_KEY       enables the anthropic reasoner (PROFILE_MCP_MODEL picks the model)
  PROFILE_MCP_LOG_LEVEL   error | warn | info | debug (default info); logs go to stderr
  PROFILE_MCP_LOG_FORMAT  json for one JSON object per log line`;
}

async function main(argv: string[]): Promise<number> {
  const first = argv[0];
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const named = first !== undefined && !first.startsWith('-');
  const name = named ? first : 'stdio';
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`profile-mcp: unknown command "${name}". See "profile-mcp --help".\n`);
    return 2;
  }
  const module = await command.load();
  try {
    return await module.run(named ? argv.slice(1) : argv);
  } catch (err) {
    if (err instanceof UsageError) {
      // One line and where to look: the usage text is one --help away, not in the way of the error.
      process.stderr.write(`profile-mcp ${name}: ${err.message.replace(/\s*\n\s*/g, ' ')} See "profile-mcp ${name} --help".\n`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ProfileError) {
      process.stderr.write(`profile-mcp: ${err.code}: ${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      if (Array.isArray(err.details)) {
        for (const d of err.details.slice(0, 50) as Array<{ field?: string; message?: string }>) {
          process.stderr.write(`  ${d.field ?? ''}: ${d.message ?? ''}\n`);
        }
      }
    } else {
      log.error('failed', errorFields(err));
    }
    process.exitCode = 1;
  },
);
