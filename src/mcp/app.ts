import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FactSchema } from '../profiles/model.js';
import { rankFacts } from '../profiles/rank.js';
import * as S from '../profiles/schemas.js';
import type { ToolDef } from './tools.js';

/**
 * The MCP App (docs/mcp-app.md): a `ui://` resource that hosts with MCP Apps support render inline
 * when get_profile or list_pending is called — the profile card, the review inbox and recent activity
 * with undo. Hosts without Apps support ignore the metadata and see the tools exactly as before.
 *
 * Kept SDK-agnostic on purpose: this module returns plain objects (tool metadata, the resource's
 * listing and contents, one app-only ToolDef); src/mcp/server.ts registers them. The constants are
 * those of the MCP Apps spec as @modelcontextprotocol/ext-apps exports them (RESOURCE_MIME_TYPE,
 * `_meta.ui.resourceUri`, `_meta.ui.visibility`); test/app/metadata.test.ts checks they match.
 */

export const PROFILE_APP_URI = 'ui://profile/card';
/** ext-apps RESOURCE_MIME_TYPE. */
export const APP_MIME_TYPE = 'text/html;profile=mcp-app';
/**
 * The built app: one self-contained HTML file (scripts/build-web.mjs writes dist/app/card.html), seen
 * from dist/mcp/app.js (the package) or from src/mcp/app.ts (tests run from source).
 */
export const APP_HTML_FILES = [new URL('../app/card.html', import.meta.url), new URL('../../dist/app/card.html', import.meta.url)];

/** The tools whose results hosts show with the app (`_meta.ui.resourceUri`). */
export const APP_LINKED_TOOLS: ReadonlySet<string> = new Set(['get_profile', 'list_pending']);

/**
 * The resource's `_meta.ui`: a strict CSP — no connect, resource or frame origins at all (the app
 * talks to the server only through the host's postMessage bridge, and ships its scripts and styles
 * inline) — and a border, since the card is a card.
 */
export const APP_RESOURCE_UI_META = {
  csp: { connectDomains: [] as string[], resourceDomains: [] as string[], frameDomains: [] as string[] },
  prefersBorder: true,
} as const;

/** Copies of the given tools, the app-linked ones carrying `_meta.ui.resourceUri` (nothing else changes). */
export function withProfileApp(tools: readonly ToolDef[]): ToolDef[] {
  return tools.map((tool) => (APP_LINKED_TOOLS.has(tool.name) ? { ...tool, meta: { ...tool.meta, ui: { resourceUri: PROFILE_APP_URI } } } : tool));
}

/** The listing of the app's resource (resources/list). */
export const PROFILE_APP_RESOURCE = {
  name: 'profile-app',
  uri: PROFILE_APP_URI,
  title: 'Profile card and review inbox (MCP App)',
  description:
    'An interactive view for hosts that render MCP Apps: the profile card (top facts by the get_profile ranking, with confidence and source), the review inbox (accept, edit or reject what was learned) and recent activity with undo.',
  mimeType: APP_MIME_TYPE,
  _meta: { ui: APP_RESOURCE_UI_META },
} as const;

let html: string | undefined;

/** The app's HTML (read once from the build). Throws when the app was not built (running from src). */
export function profileAppHtml(): string {
  if (html === undefined) {
    const errors: unknown[] = [];
    for (const file of APP_HTML_FILES) {
      try {
        html = readFileSync(file, 'utf8');
        break;
      } catch (err) {
        errors.push(err);
      }
    }
    if (html === undefined) throw new AggregateError(errors, 'The profile app is not built: run npm run build (it writes dist/app/card.html).');
  }
  return html;
}

/** resources/read of ui://profile/card. */
export function profileAppContents(): { contents: { uri: string; mimeType: string; text: string; _meta: Record<string, unknown> }[] } {
  return { contents: [{ uri: PROFILE_APP_URI, mimeType: APP_MIME_TYPE, text: profileAppHtml(), _meta: { ui: APP_RESOURCE_UI_META } }] };
}

/** How many facts the card shows (the rest are a click on "all facts" away: list_facts). */
const CARD_FACTS = 8;
/** The budget of the read behind the card: enough for CARD_FACTS ordinary facts. */
const CARD_TOKENS = 600;

export const ProfileCardInput = z.object({
  ...S.ScopeInput,
  limit: z.number().int().min(1).max(50).optional().describe(`Facts to show (default ${CARD_FACTS}).`),
});

const CardFact = FactSchema.pick({ id: true, key: true, value: true, bucket: true, category: true, confidence: true, source: true, updated_at: true });

export const ProfileCardResult = z.object({
  collection_id: z.string().nullable(),
  name: z.unknown(),
  timezone: z.unknown(),
  language: z.unknown(),
  fact_count: z.number().int(),
  facts: z.array(CardFact).describe('The top facts, most useful first (the ranking of get_profile, docs/spec.md §7).'),
  pending: z.number().int().describe('Proposals waiting in the review inbox.'),
});

/**
 * The one app-only tool (`_meta.ui.visibility: ["app"]`: hosts hide it from the model): the card's
 * data in one call. A read, scoped like get_profile (src/keys/access.ts lists it with the reads). The
 * app's writes go through resolve_pending and undo_operation, the same tools (and checks) as the model's.
 */
export const PROFILE_CARD_TOOL: ToolDef = {
  name: 'profile_card',
  title: 'Profile card (app only)',
  description: `For the profile MCP App only (hidden from the model): the top facts of the profile by the get_profile ranking, with confidence and source, the flat fields and the number of proposals waiting. Pass collection_id for one end-user's profile.`,
  input: ProfileCardInput,
  output: ProfileCardResult,
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false, title: 'Profile card (app only)' },
  meta: { ui: { resourceUri: PROFILE_APP_URI, visibility: ['app'] } },
  run: async ({ service, account }, raw) => {
    const args = raw as z.infer<typeof ProfileCardInput>;
    const scope = { collection_id: args.collection_id ?? null };
    const [read, pending] = await Promise.all([
      service.readProfile(account, { ...scope, max_tokens: CARD_TOKENS }),
      service.listPending(account, { ...scope, limit: 1 }),
    ]);
    const kept = [...read.flat, ...read.result.profile.static, ...read.result.profile.dynamic];
    const facts = rankFacts(kept)
      .slice(0, args.limit ?? CARD_FACTS)
      .map((f) => CardFact.parse(f));
    const result: z.infer<typeof ProfileCardResult> = {
      collection_id: read.result.collection_id,
      name: read.result.name,
      timezone: read.result.timezone,
      language: read.result.language,
      fact_count: read.result.fact_count,
      facts,
      pending: pending.total,
    };
    const text = `Profile card of the ${scope.collection_id === null ? 'global profile' : `collection ${scope.collection_id}`}: ${facts.length} of ${result.fact_count} facts, ${result.pending} proposals waiting.`;
    return { result, text };
  },
};
