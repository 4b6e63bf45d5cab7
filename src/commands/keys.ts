import { checkAccount, dataDir, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { parseDuration } from '../keys/access.js';
import type { ApiKeyRecord, KeyOptions, KeyStore } from '../keys/port.js';
import { COLLECTION_ID_PATTERN } from '../profiles/model.js';
import { openKeyStore } from '../store/open.js';

export const usage = `Usage: profile-mcp keys create --account NAME [--collection ID] [--read-only] [--expires 30d] [--data DIR]
       profile-mcp keys list [--json] [--data DIR]
       profile-mcp keys revoke ID [--data DIR]

Manage the API keys of the HTTP server. Each key belongs to one account; accounts are isolated.
  create  make a key: it is printed once, alone on the first line of stdout; only its SHA-256
          hash is stored (DATA/keys.json, mode 0600). A running server accepts it at once.
  list    ids, accounts, creation and last-use times, revocation (never the keys)
  revoke  revoke a key by id; it stops working at once

Options:
  --account NAME  the key's account (letters, digits, "_", "." and "-"; 1-64 characters)
  --collection ID the key works on this collection only (any other scope answers forbidden)
  --read-only     the key may read but not write (writes answer forbidden)
  --expires DUR   the key stops working after DUR: a number with s, m, h or d (e.g. 12h, 30d)
  --json          list as JSON
  --data DIR      data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      account: { type: 'string' },
      collection: { type: 'string' },
      'read-only': { type: 'boolean' },
      expires: { type: 'string' },
      json: { type: 'boolean' },
      data: { type: 'string' },
      ...STORE_FLAGS,
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [verb, ...rest] = positionals;
  const config = storeConfig(values);
  const store = await openKeyStore({ ...config, dataDir: dataDir(values.data) });
  const where = config.kind === 'postgres' ? 'the api_keys table' : 'keys.json';
  try {
    switch (verb) {
      case 'create':
        return await create(store, values.account, keyOptions(values), rest, where);
      case 'list':
        return await list(store, values.json === true, rest);
      case 'revoke':
        return await revoke(store, rest);
      default:
        throw new UsageError(verb === undefined ? 'keys needs a verb: create, list or revoke.' : `Unknown keys verb "${verb}".`);
    }
  } finally {
    await store.close();
  }
}

/** --collection, --read-only and --expires, checked before anything is opened or written. */
function keyOptions(values: { collection?: string; 'read-only'?: boolean; expires?: string }): KeyOptions {
  const options: KeyOptions = {};
  if (values.collection !== undefined) {
    if (!COLLECTION_ID_PATTERN.test(values.collection))
      throw new UsageError(`--collection must match ^[A-Za-z0-9_.:-]{1,128}$: ${JSON.stringify(values.collection)}`);
    options.collection_id = values.collection;
  }
  if (values['read-only']) options.read_only = true;
  if (values.expires !== undefined) {
    const ms = parseDuration(values.expires);
    if (ms === null) throw new UsageError(`--expires takes a number with s, m, h or d (e.g. 30d), not ${JSON.stringify(values.expires)}.`);
    options.expires_at = new Date(Date.now() + ms).toISOString();
  }
  return options;
}

async function create(store: KeyStore, account: string | undefined, options: KeyOptions, rest: string[], where: string): Promise<number> {
  if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest[0]}`);
  if (account === undefined) throw new UsageError('keys create needs --account NAME.');
  const { key, record } = await store.create(checkAccount(account), options);
  await write(process.stdout, `${key}\n`);
  process.stderr.write(
    `Created API key ${record.id} for account "${record.account}"${limitsOf(record)} (stored as a hash in ${where}).\n` +
      'This is the only time the key is shown: keep it in a secret store. Send it as "Authorization: Bearer <key>".\n',
  );
  return 0;
}

async function list(store: KeyStore, json: boolean, rest: string[]): Promise<number> {
  if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest[0]}`);
  const records = await store.list();
  if (json) {
    await write(process.stdout, `${JSON.stringify({ keys: records }, null, 2)}\n`);
    return 0;
  }
  if (records.length === 0) {
    process.stderr.write('No API keys. Create one with `profile-mcp keys create --account NAME`.\n');
    return 0;
  }
  await write(process.stdout, `${table(records)}\n`);
  return 0;
}

async function revoke(store: KeyStore, rest: string[]): Promise<number> {
  if (rest.length !== 1) throw new UsageError('keys revoke needs exactly one key ID (see `profile-mcp keys list`).');
  const record = await store.revoke(rest[0]!);
  if (!record) {
    process.stderr.write(`profile-mcp: no API key with id ${JSON.stringify(rest[0])}. See \`profile-mcp keys list\`.\n`);
    return 1;
  }
  await write(process.stdout, `Revoked ${record.id} (account ${record.account}) at ${record.revoked_at}.\n`);
  return 0;
}

function limitsOf(r: ApiKeyRecord): string {
  const parts = [
    r.collection_id !== null ? `collection ${r.collection_id}` : '',
    r.read_only ? 'read-only' : '',
    r.expires_at ? `expires ${r.expires_at}` : '',
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function statusOf(r: ApiKeyRecord): string {
  if (r.revoked_at) return `revoked ${r.revoked_at}`;
  if (r.expires_at && Date.parse(r.expires_at) <= Date.now()) return `expired ${r.expires_at}`;
  return 'active';
}

function table(records: readonly ApiKeyRecord[]): string {
  const rows = [
    ['ID', 'ACCOUNT', 'SCOPE', 'ACCESS', 'EXPIRES', 'CREATED', 'LAST USED', 'STATUS'],
    ...records.map((r) => [
      r.id,
      r.account,
      r.collection_id ?? 'all',
      r.read_only ? 'read-only' : 'read-write',
      r.expires_at ?? 'never',
      r.created_at,
      r.last_used_at ?? 'never',
      statusOf(r),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}
