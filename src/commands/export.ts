import { openApp } from '../app.js';
import { checkAccount, dataDir, LOCAL_ACCOUNT, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { COLLECTION_ID_PATTERN } from '../profiles/model.js';
import { exportAccount } from '../profiles/transfer.js';

export const usage = `Usage: profile-mcp export [--collection ID | --global] [--account NAME] [--data DIR]

Write a portable JSON document of the account's profiles (facts with history, and dialectic
sessions) to stdout. By default every scope of the account: the global profile and every collection.

Options:
  --collection ID  only this collection
  --global         only the global (account-wide) profile
  --account NAME   account to export (default: local)
  --data DIR       data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(args, {
    collection: { type: 'string' },
    global: { type: 'boolean' },
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
  if (values.collection !== undefined && values.global) throw new UsageError('Use --collection or --global, not both.');
  const account = checkAccount(values.account ?? LOCAL_ACCOUNT);
  const app = await openApp({ dataDir: dataDir(values.data), store: storeConfig(values) });
  try {
    const only = values.global ? { collection_id: null } : values.collection !== undefined ? { collection_id: values.collection } : undefined;
    let shown = 0;
    const doc = await exportAccount(app.service, account, only, (done, total, facts) => {
      // Progress on stderr for large exports: every 1,000 facts or 100 scopes.
      if (facts - shown >= 1000 || (done > 0 && done % 100 === 0 && done < total)) {
        shown = facts;
        process.stderr.write(`export: ${done}/${total} scopes, ${facts} facts\n`);
      }
    });
    const facts = doc.scopes.reduce((n, s) => n + s.facts.length, 0);
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`, (err) => (err ? reject(err) : resolve())),
    );
    process.stderr.write(`Exported ${facts} facts in ${doc.scopes.length} scopes of account ${account}.\n`);
    return 0;
  } finally {
    await app.close();
  }
}
