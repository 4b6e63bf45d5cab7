import { mkdir, lstat, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ProfileError } from '../../profiles/errors.js';
import type { DailyUsage, UsageLedger } from '../../profiles/ports.js';
import { errorFields, log } from '../../log.js';
import { encodeName } from '../names.js';
import { writeFileAtomic } from './atomic.js';
import { acquireLock, DEFAULT_LOCK_OPTIONS } from './lock.js';

/** Days of usage an account's file keeps (newest first). */
export const USAGE_DAYS_KEPT = 62;

const UsageFile = z.object({
  days: z.array(
    z.object({
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      input_tokens: z.number().int().min(0),
      output_tokens: z.number().int().min(0),
      calls: z.number().int().min(0),
    }),
  ),
});

/**
 * Per-account daily LLM usage in the JSON directory: `accounts/<account>/usage.json`, apart from the
 * scope files (a reasoning call never rewrites a profile to count its tokens). Adds take the file's
 * cross-process lock and write atomically; a corrupt or symlinked file is never overwritten.
 */
export class JsonUsageLedger implements UsageLedger {
  constructor(private readonly dir: string) {}

  pathOf(account: string): string {
    return join(this.dir, 'accounts', encodeName(account), 'usage.json');
  }

  async add(account: string, day: string, tokens: { input_tokens: number; output_tokens: number }): Promise<void> {
    const path = this.pathOf(account);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const release = await acquireLock(path, DEFAULT_LOCK_OPTIONS);
    try {
      const days = await this.load(path);
      const today = days.find((d) => d.day === day);
      if (today) {
        today.input_tokens += tokens.input_tokens;
        today.output_tokens += tokens.output_tokens;
        today.calls += 1;
      } else days.push({ day, input_tokens: tokens.input_tokens, output_tokens: tokens.output_tokens, calls: 1 });
      days.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
      await writeFileAtomic(path, `${JSON.stringify({ days: days.slice(0, USAGE_DAYS_KEPT) })}\n`);
    } finally {
      await release();
    }
  }

  async days(account: string, limit: number): Promise<DailyUsage[]> {
    return (await this.load(this.pathOf(account))).slice(0, limit);
  }

  private async load(path: string): Promise<DailyUsage[]> {
    let text: string;
    try {
      if ((await lstat(path)).isSymbolicLink()) throw corrupt(path, 'is a symbolic link');
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      if (err instanceof ProfileError) throw err;
      log.error('cannot read the usage file', { file: path, ...errorFields(err) });
      throw new ProfileError('storage_error', "The account's usage file cannot be read.");
    }
    let parsed: z.infer<typeof UsageFile>;
    try {
      parsed = UsageFile.parse(JSON.parse(text));
    } catch {
      throw corrupt(path, 'is not a valid usage file');
    }
    return parsed.days.map((d) => ({ ...d })).sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  }
}

function corrupt(path: string, why: string): ProfileError {
  log.error(`the usage file ${why}; it is left as it is`, { file: path });
  return new ProfileError('storage_error', "The account's usage file is unreadable or corrupt; it was left as it is (see the server log).");
}
