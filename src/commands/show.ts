import { openApp } from '../app.js';
import { checkAccount, dataDir, LOCAL_ACCOUNT, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { renderValue } from '../profiles/json.js';
import { COLLECTION_ID_PATTERN } from '../profiles/model.js';
import type { ProfileService } from '../profiles/service.js';
import { formatBytes, scopeUsage } from '../profiles/storage-usage.js';
import { dailyUsage, utcDay } from '../profiles/usage.js';

export const usage = `Usage: profile-mcp show [--collection ID] [--json] [--usage] [--account NAME] [--data DIR]

Print a profile as a table: bucket, key, value, confidence, source, age, after a line with the scope's
stored bytes against PROFILE_MCP_MAX_SCOPE_BYTES and the account's collections against PROFILE_MCP_MAX_COLLECTIONS.
With --usage, print the account's daily LLM token totals instead (Anthropic API, UTC days, newest first).

Options:
  --collection ID  show this collection instead of the global profile
  --json           print the get_profile result (or, with --usage, the daily totals) as JSON
  --usage          the account's LLM usage per day and the daily budget (PROFILE_MCP_LLM_DAILY_TOKENS)
  --account NAME   account (default: local)
  --data DIR       data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    collection: { type: 'string' },
    json: { type: 'boolean' },
    usage: { type: 'boolean' },
    account: { type: 'string' },
    data: { type: 'string' },
    ...STORE_FLAGS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.collection !== undefined && !COLLECTION_ID_PATTERN.test(values.collection)) {
    throw new UsageError('--collection must match ^[A-Za-z0-9_.:-]{1,128}$');
  }
  const account = checkAccount(values.account ?? LOCAL_ACCOUNT);
  const app = await openApp({ dataDir: dataDir(values.data), store: storeConfig(values) });
  try {
    if (values.usage) return await showUsage(app.service, account, values.json === true);
    const collection_id = values.collection ?? null;
    const profile = await app.service.getProfile(account, { collection_id });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
      return 0;
    }
    const all = [];
    let cursor: string | undefined;
    do {
      const page = await app.service.listFacts(account, { collection_id, limit: 500, cursor });
      all.push(...page.facts);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    const now = app.service.clock();
    const order = (b: string) => (b === 'static' ? 0 : 1);
    all.sort((a, b) => order(a.bucket) - order(b.bucket) || (a.key < b.key ? -1 : 1));
    const header = ['BUCKET', 'KEY', 'VALUE', 'CONFIDENCE', 'SOURCE', 'AGE'];
    const rows = all.map((f) => [f.bucket, f.key, renderValue(f.value, 60), f.confidence.toFixed(2), f.source, age(now - Date.parse(f.updated_at))]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    const scope = collection_id === null ? 'global profile' : `collection ${collection_id}`;
    const out = [`${scope} of account ${account}: ${profile.fact_count} facts`, await storageLine(app.service, account, collection_id)];
    if (rows.length > 0) out.push(line(header), ...rows.map(line));
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

/** The scope's stored bytes against PROFILE_MCP_MAX_SCOPE_BYTES and the account's collections against PROFILE_MCP_MAX_COLLECTIONS. */
async function storageLine(service: ProfileService, account: string, collection_id: string | null): Promise<string> {
  const { limits } = service;
  const used = await scopeUsage(service.store, { account, collection_id }, limits);
  const collections = (await service.store.listCollections(account)).length;
  const percent = ((100 * used.bytes) / used.limit).toFixed(1);
  return `storage: ${used.bytes} of ${used.limit} bytes (${percent}%, ${formatBytes(used.bytes)} of ${formatBytes(used.limit)}); account: ${collections} of ${limits.maxCollections} collections`;
}

/** `show --usage`: the account's daily LLM token totals, newest first, and today's budget. */
async function showUsage(service: ProfileService, account: string, json: boolean): Promise<number> {
  const days = await dailyUsage(service, account, 31);
  const limit = service.llmDailyTokens ?? null;
  const today = days.find((d) => d.day === utcDay(service.clock()));
  const spent = today ? today.input_tokens + today.output_tokens : 0;
  if (json) {
    process.stdout.write(`${JSON.stringify({ account, daily_limit: limit, today: { day: utcDay(service.clock()), tokens: spent }, days }, null, 2)}\n`);
    return 0;
  }
  const budget = limit === null ? 'no daily limit (PROFILE_MCP_LLM_DAILY_TOKENS unset)' : `${spent} of ${limit} tokens used today`;
  const out = [`LLM usage of account ${account}: ${budget}`];
  if (days.length === 0) out.push('No LLM usage recorded.');
  else {
    const header = ['DAY', 'CALLS', 'INPUT', 'OUTPUT', 'TOTAL'];
    const rows = days.map((d) => [d.day, String(d.calls), String(d.input_tokens), String(d.output_tokens), String(d.input_tokens + d.output_tokens)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    out.push(line(header), ...rows.map(line));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function age(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.round(s / 60)}m`;
  if (s < 86_400) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86_400)}d`;
}
