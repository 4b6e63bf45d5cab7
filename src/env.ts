import { z } from 'zod';

/**
 * The configuration: every environment variable profile-mcp reads, in one zod schema. Each command
 * and module reads the variables it needs through `readEnv`, so a value is parsed one way wherever it
 * is used, an empty variable counts as unset (bundle hosts substitute "" for optional settings), and a
 * bad value fails with a message naming the variable — never echoing its value, which may be a secret.
 * Flags, where a command has one, win over the variable (see config.ts).
 */

/** A command-line or configuration problem: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export const REASONER_MODES = ['auto', 'anthropic', 'sampling', 'offline'] as const;
export const DEFAULT_MODEL = 'claude-haiku-5-5';
/** One reasoning call, retries and chunks included: below MCP clients' usual 60 s request timeout (docs/spec.md §4). */
export const DEFAULT_TIMEOUT_MS = 45_000;

const MODEL_ID = /^[A-Za-z0-9._:@/-]{1,128}$/;

const blank = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v);
const lower = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v);

const int = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/** RATE/BURST, e.g. `10/50`: a sustained rate per second and the burst a quiet client may send at once. */
const rate = (name: string) =>
  z
    .string()
    .regex(/^\d+(?:\.\d+)?\/\d+$/, `${name} must be RATE/BURST, e.g. 10/50`)
    .transform((v) => {
      const [r, b] = v.split('/').map(Number) as [number, number];
      return { rate: r, burst: b };
    })
    .refine((v) => v.rate > 0 && v.burst >= 1 && v.burst >= v.rate, `${name} must be RATE/BURST with 0 < RATE <= BURST (e.g. 10/50)`);

const model = (name: string, example: string) => z.string().regex(MODEL_ID, `${name} must be a model id such as ${example}`);

export const EnvSchema = z.object({
  // Where the data lives
  PROFILE_MCP_DATA: z.preprocess(blank, z.string().optional()),
  PROFILE_MCP_STORE: z.preprocess(lower, z.enum(['json', 'postgres'], { error: 'PROFILE_MCP_STORE must be json or postgres' }).optional()),
  PROFILE_MCP_DATABASE_URL: z.preprocess(blank, z.string().optional()),
  PROFILE_MCP_LOCK_STALE_MS: z.preprocess(blank, int('PROFILE_MCP_LOCK_STALE_MS', 2000, 3_600_000).optional().catch(undefined)),
  // The HTTP server
  PROFILE_MCP_PORT: z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{1,5}$/, 'PROFILE_MCP_PORT must be a number from 0 to 65535')
      .optional(),
  ),
  // OAuth 2.1 (docs/oauth.md); the http command's flags win over these
  PROFILE_MCP_PUBLIC_URL: z.preprocess(blank, z.string().optional()),
  PROFILE_MCP_OAUTH: z.preprocess(lower, z.enum(['builtin'], { error: 'PROFILE_MCP_OAUTH must be builtin (or unset)' }).optional()),
  PROFILE_MCP_OAUTH_ISSUER: z.preprocess(blank, z.string().optional()),
  PROFILE_MCP_OAUTH_AUDIENCE: z.preprocess(blank, z.string().optional()),
  PROFILE_MCP_OAUTH_ACCOUNT_CLAIM: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[A-Za-z0-9_.:/-]{1,128}$/, 'PROFILE_MCP_OAUTH_ACCOUNT_CLAIM must be a claim name such as sub or email')
      .optional(),
  ),
  PROFILE_MCP_OAUTH_JWKS_URL: z.preprocess(blank, z.string().optional()),
  // Comma-separated host[:port] list (--oauth-cimd-allow-host); checked by the http command
  PROFILE_MCP_OAUTH_CIMD_ALLOW_HOSTS: z.preprocess(blank, z.string().optional()),
  // Limits (docs/spec.md §8)
  // 2025-era MCP on /mcp: stateful sessions (default; sticky routing across replicas) or the SDK's stateless legacy mode
  PROFILE_MCP_LEGACY_MODE: z.preprocess(
    lower,
    z.enum(['stateful', 'stateless'], { error: 'PROFILE_MCP_LEGACY_MODE must be stateful or stateless' }).default('stateful'),
  ),
  PROFILE_MCP_MAX_SCOPE_BYTES: z.preprocess(blank, int('PROFILE_MCP_MAX_SCOPE_BYTES', 1, Number.MAX_SAFE_INTEGER).optional()),
  PROFILE_MCP_MAX_COLLECTIONS: z.preprocess(blank, int('PROFILE_MCP_MAX_COLLECTIONS', 1, Number.MAX_SAFE_INTEGER).optional()),
  PROFILE_MCP_RATE_LIMITS: z.preprocess(lower, z.enum(['on', 'off'], { error: 'PROFILE_MCP_RATE_LIMITS must be on or off' }).default('on')),
  PROFILE_MCP_RATE_READ: z.preprocess(blank, rate('PROFILE_MCP_RATE_READ').optional()),
  PROFILE_MCP_RATE_WRITE: z.preprocess(blank, rate('PROFILE_MCP_RATE_WRITE').optional()),
  PROFILE_MCP_RATE_REASONING: z.preprocess(blank, rate('PROFILE_MCP_RATE_REASONING').optional()),
  // Logs (lenient: a logger must start whatever the environment says)
  PROFILE_MCP_LOG_LEVEL: z.preprocess(lower, z.enum(LOG_LEVELS).default('info').catch('info')),
  PROFILE_MCP_LOG_FORMAT: z.preprocess(lower, z.enum(['text', 'json']).default('text').catch('text')),
  // Learning
  PROFILE_MCP_LEARN_MODE: z.preprocess(lower, z.enum(['auto', 'review'], { error: 'PROFILE_MCP_LEARN_MODE must be auto or review' }).default('auto')),
  // Reasoners
  PROFILE_MCP_REASONER: z.preprocess(
    lower,
    z.enum(REASONER_MODES, { error: 'PROFILE_MCP_REASONER must be one of auto, anthropic, sampling, offline' }).default('auto'),
  ),
  ANTHROPIC_API_KEY: z.preprocess(blank, z.string().optional()),
  ANTHROPIC_BASE_URL: z.preprocess(blank, z.url({ error: 'ANTHROPIC_BASE_URL must be a URL, e.g. https://api.anthropic.com' }).optional()),
  PROFILE_MCP_MODEL: z.preprocess(blank, model('PROFILE_MCP_MODEL', DEFAULT_MODEL).default(DEFAULT_MODEL)),
  PROFILE_MCP_MODEL_EXTRACT: z.preprocess(blank, model('PROFILE_MCP_MODEL_EXTRACT', DEFAULT_MODEL).optional()),
  PROFILE_MCP_MODEL_ANSWER: z.preprocess(blank, model('PROFILE_MCP_MODEL_ANSWER', 'claude-sonnet-5-5').optional()),
  PROFILE_MCP_LLM_TIMEOUT_MS: z.preprocess(blank, int('PROFILE_MCP_LLM_TIMEOUT_MS', 100, 600_000).default(DEFAULT_TIMEOUT_MS)),
  PROFILE_MCP_LLM_MAX_RETRIES: z.preprocess(blank, int('PROFILE_MCP_LLM_MAX_RETRIES', 0, 10).default(2)),
  PROFILE_MCP_SAMPLING_TIMEOUT_MS: z.preprocess(blank, int('PROFILE_MCP_SAMPLING_TIMEOUT_MS', 100, 600_000).optional()),
  PROFILE_MCP_LLM_DAILY_TOKENS: z.preprocess(
    blank,
    z.coerce
      .number({ error: 'PROFILE_MCP_LLM_DAILY_TOKENS must be a number' })
      .int('PROFILE_MCP_LLM_DAILY_TOKENS must be a whole number')
      .min(1, 'PROFILE_MCP_LLM_DAILY_TOKENS must be at least 1 (unset it for no limit)')
      .optional(),
  ),
  // Set by npm for what it launches (npx, npm exec, npm run): see launcher.ts
  npm_command: z.preprocess(blank, z.string().optional().catch(undefined)),
});

export type Env = z.infer<typeof EnvSchema>;
export type EnvName = keyof Env;

/**
 * Parse the named variables; `what` names the settings in the error ("reasoner configuration").
 * Every problem is listed, one per line, by variable name.
 */
export function readEnv<K extends EnvName>(names: readonly K[], env: NodeJS.ProcessEnv = process.env, what = 'configuration'): Pick<Env, K> {
  const mask = Object.fromEntries(names.map((n) => [n, true])) as Partial<Record<EnvName, true>>;
  const input = Object.fromEntries(names.map((n) => [n, env[n]]));
  const parsed = (EnvSchema.pick(mask as Record<EnvName, true>) as z.ZodType).safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '')}: ${i.message}`);
    throw new UsageError(`Invalid ${what}:\n${lines.join('\n')}`);
  }
  return parsed.data as unknown as Pick<Env, K>;
}
