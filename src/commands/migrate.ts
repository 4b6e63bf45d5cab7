import { parse, UsageError } from '../config.js';
import { readEnv } from '../env.js';

export const usage = `Usage: profile-mcp migrate [--database-url URL]

Create or upgrade the PostgreSQL schema (versioned migrations, recorded in schema_migrations) and
print what was applied. Servers started with --store postgres do this on start too; run it alone to
upgrade the schema before rolling out new processes. Safe to run twice or from several machines at
once (they take turns).

Options:
  --database-url URL  postgres://USER:PASSWORD@HOST:5432/DB (default: $PROFILE_MCP_DATABASE_URL)
  -h, --help          show this help`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    'database-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const fromEnv = readEnv(['PROFILE_MCP_DATABASE_URL']).PROFILE_MCP_DATABASE_URL;
  const url = values['database-url'] ?? fromEnv;
  if (!url || url.trim() === '') throw new UsageError('migrate needs --database-url URL or PROFILE_MCP_DATABASE_URL.');
  const { createPool } = await import('../store/postgres/pool.js');
  const { migrate } = await import('../store/postgres/migrations.js');
  const pool = createPool({ connectionString: url, application_name: 'profile-mcp migrate' }, 1);
  try {
    const report = await migrate(pool);
    for (const step of report.applied) process.stdout.write(`Applied migration ${step.version}: ${step.name}\n`);
    process.stdout.write(
      report.applied.length === 0 ? `Nothing to apply: the schema is at version ${report.version}.\n` : `The schema is at version ${report.version}.\n`,
    );
    return 0;
  } finally {
    await pool.end();
  }
}
