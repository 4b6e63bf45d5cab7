import { openApp } from '../app.js';
import { checkAccount, dataDir, LOCAL_ACCOUNT, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { COLLECTION_ID_PATTERN } from '../profiles/model.js';
import { exportAccount, exportStore, type ExportDocument } from '../profiles/transfer.js';

export const usage = `Usage: profile-mcp export [--collection ID | --global] [--account NAME | --all-accounts] [--data DIR]

Write a portable JSON document of the account's profiles (facts with history, and dialectic
sessions) to stdout. By default every scope of the account: the global profile and every collection.
With --all-accounts, every account of the store (to move a whole store, e.g. to PostgreSQL:
profile-mcp export --all-accounts | profile-mcp import - --store postgres).

Options:
  --collection ID  only this collection
  --global         only the global (account-wide) profile
  --account NAME   account to export (default: local)
  --all-accounts   every account of the store
  --data DIR       data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    collection: { type: 'string' },
    global: { type: 'boolean' },
    account: { type: 'string' },
    'all-accounts': { type: 'boolean' },
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
  if (values.collection !== undefined && values.global) throw new UsageError('Use --collection or --global, not both.');
  const all = values['all-accounts'] === true;
  if (all && (values.account !== undefined || values.collection !== undefined || values.global)) {
    throw new UsageError('--all-accounts exports every scope of every account: it takes no --account, --collection or --global.');
  }
  const account = checkAccount(values.account ?? LOCAL_ACCOUNT);
  const store = storeConfig(values);
  const dir = dataDir(values.data);
  const app = await openApp({ dataDir: dir, store });
  try {
    let shown = 0;
    let doc: ExportDocument;
    if (all) {
      doc = await exportStore(app.service, (name, facts) => process.stderr.write(`export: account ${name}, ${facts} facts\n`));
    } else {
      const only = values.global ? { collection_id: null } : values.collection !== undefined ? { collection_id: values.collection } : undefined;
      doc = await exportAccount(app.service, account, only, (done, total, facts) => {
        // Progress on stderr for large exports: every 1,000 facts or 100 scopes.
        if (facts - shown >= 1000 || (done > 0 && done % 100 === 0 && done < total)) {
          shown = facts;
          process.stderr.write(`export: ${done}/${total} scopes, ${facts} facts\n`);
        }
      });
    }
    const parts = doc.accounts ?? [{ account, scopes: doc.scopes ?? [] }];
    const scopes = parts.reduce((n, p) => n + p.scopes.length, 0);
    const facts = parts.reduce((n, p) => n + p.scopes.reduce((m, sc) => m + sc.facts.length, 0), 0);
    await new Promise<void>((resolve, reject) => process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`, (err) => (err ? reject(err) : resolve())));
    // Name the store read, so a move between stores that read the wrong one (PROFILE_MCP_STORE set) shows it at once.
    const from = store.kind === 'postgres' ? 'the postgres store' : `the json store at ${dir}`;
    process.stderr.write(`Exported ${facts} facts in ${scopes} scopes of ${all ? `${parts.length} accounts` : `account ${account}`} from ${from}.\n`);
    return 0;
  } finally {
    await app.close();
  }
}
