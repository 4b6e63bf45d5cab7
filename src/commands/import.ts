import { readFile } from 'node:fs/promises';
import { openApp } from '../app.js';
import { checkAccount, dataDir, LOCAL_ACCOUNT, parse, STORE_FLAGS, STORE_USAGE, storeConfig, UsageError } from '../config.js';
import { ProfileError } from '../profiles/errors.js';
import { importDocument } from '../profiles/transfer.js';

export const usage = `Usage: profile-mcp import FILE [--dry-run] [--account NAME] [--data DIR]

Load an export document (see data/example-profile.json) into the account (or, for a document
made with export --all-accounts, into the accounts it names). All-or-nothing: the whole file is
checked before anything is written. New keys are created, equal values are left
alone, different values update the fact (the old value goes to its history).
FILE may be - for stdin.

Options:
  --dry-run        show what would change and write nothing
  --account NAME   account to import into (default: local)
  --data DIR       data directory (default: $PROFILE_MCP_DATA or ~/.profile-mcp)
${STORE_USAGE}`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      'dry-run': { type: 'boolean' },
      account: { type: 'string' },
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
  if (positionals.length !== 1) throw new UsageError('import needs exactly one FILE (or - for stdin).');
  const file = positionals[0]!;
  const account = checkAccount(values.account ?? LOCAL_ACCOUNT);
  const text =
    file === '-'
      ? await readStdin()
      : await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
          throw new UsageError(`Cannot read ${file}: ${err.code ?? err.message}`);
        });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ProfileError('validation_error', `${file} is not valid JSON.`);
  }
  const store = storeConfig(values);
  const dir = dataDir(values.data);
  const app = await openApp({ dataDir: dir, store });
  try {
    let lastShown = 0;
    const summary = await importDocument(app.service, account, doc, {
      dry_run: values['dry-run'] === true,
      actor: { transport: 'cli', key_id: null },
      onProgress: (done, total) => {
        if (total >= 1000 && (done - lastShown >= 1000 || done === total)) {
          lastShown = done;
          process.stderr.write(`import: ${done}/${total} facts\n`);
        }
      },
    });
    const verb = summary.status === 'preview' ? 'Would import' : 'Imported';
    process.stdout.write(
      `${verb}: created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}` +
        (summary.skipped_expired ? `, skipped ${summary.skipped_expired} expired` : '') +
        ` (${new Set(summary.scopes.map((sc) => sc.account)).size > 1 ? 'several accounts' : `account ${summary.scopes[0]?.account ?? account}`}).\n`,
    );
    for (const s of summary.scopes) {
      const label = `${s.account === account ? '' : `${s.account}: `}${s.collection_id === null ? 'global' : `collection ${s.collection_id}`}`;
      process.stdout.write(`  ${label}: created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}\n`);
    }
    if (summary.status === 'preview') process.stdout.write('Dry run: nothing was written.\n');
    const into = store.kind === 'postgres' ? 'the postgres store' : `the json store at ${dir}`;
    process.stderr.write(`${summary.status === 'preview' ? 'Checked against' : 'Written to'} ${into}.\n`);
    if (summary.created + summary.updated + summary.unchanged === 0) {
      process.stderr.write(
        'Warning: the document holds no facts. If this is a move between stores, name the source store on the export side (--store json --data DIR).\n',
      );
    }
    return 0;
  } finally {
    await app.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
