/**
 * The MCP App (ui://profile/card): the profile card, the review inbox and recent activity with undo,
 * inside the conversation. Hosts render it for get_profile and list_pending (src/mcp/app.ts).
 *
 * It shares the review page's parts: the Inbox (inbox.ts) and the Activity (activity.ts) run
 * unchanged; their REST requests are answered here by tool calls through the host (api.ts
 * setTransport), so the app reaches the server only over the host's postMessage bridge — its CSP
 * allows no network at all. The card's rows reuse the fact views of facts.ts.
 */

import { App, applyDocumentTheme, type McpUiHostContext } from '@modelcontextprotocol/ext-apps';
import { ApiError, setTransport, type Query, type RequestOptions } from '../api.js';
import { initActivity, loadActivity } from '../activity.js';
import { announce, byId, clear, h, showError } from '../dom.js';
import { confidenceView, sourceView, valueView } from '../facts.js';
import { initInbox, loadInbox } from '../inbox.js';
import { labelOf, valueSummary } from '../parse.js';
import { scopeLabel, scopeQuery, state } from '../state.js';
import type { Fact } from '../types.js';

interface CardResult {
  collection_id: string | null;
  name: unknown;
  timezone: unknown;
  language: unknown;
  fact_count: number;
  facts: Pick<Fact, 'id' | 'key' | 'value' | 'bucket' | 'category' | 'confidence' | 'source' | 'updated_at'>[];
  pending: number;
}

const RECENT_OPERATIONS = 5;

const app = new App({ name: 'profile-mcp card', version: '1.0.0' }, {}, { autoResize: true });

/** One tool call through the host; a tool error becomes the spec's error object (ApiError). */
async function callTool<T>(name: string, args: Record<string, unknown>): Promise<T> {
  const result = await app.callServerTool({ name, arguments: args });
  if (result.isError) {
    const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
    let body: { error?: { code?: string; message?: string; details?: unknown } } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not the spec's error object: shown as it is
    }
    throw new ApiError(400, body.error?.code ?? 'tool_error', body.error?.message ?? text, body.error?.details);
  }
  return result.structuredContent as T;
}

function argsOf(query: Query = {}, body: unknown = {}): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) if (value !== null && value !== undefined && value !== '') args[name] = value;
  return { ...args, ...(body as Record<string, unknown>) };
}

/** The review page's REST requests the shared parts make, as the MCP tools that do the same. */
async function viaTools(method: string, path: string, options: RequestOptions): Promise<unknown> {
  const args = argsOf(options.query, options.body);
  if (method === 'GET' && path === '/profile/pending') return callTool('list_pending', args);
  if (method === 'POST' && path === '/profile/pending/resolve') return callTool('resolve_pending', args);
  // Recent activity: five at a time in a chat column ("Show older" pages on).
  if (method === 'GET' && path === '/profile/operations') return callTool('list_operations', { ...args, limit: RECENT_OPERATIONS });
  const undo = /^\/profile\/operations\/([^/]+)\/undo$/.exec(path);
  if (method === 'POST' && undo) return callTool('undo_operation', { ...args, id: decodeURIComponent(undo[1]!) });
  throw new ApiError(0, 'not_supported', `The app cannot do ${method} ${path}.`);
}

function renderCard(card: CardResult): void {
  byId('about-heading').textContent = card.name === null || card.name === undefined ? 'Unnamed user' : valueSummary(card.name);
  const parts = [
    scopeLabel(card.collection_id).replace(/^the /, ''),
    card.timezone ? valueSummary(card.timezone) : null,
    card.language ? valueSummary(card.language) : null,
    `${card.fact_count} ${card.fact_count === 1 ? 'fact' : 'facts'}`,
  ];
  byId('card-sub').textContent = parts.filter(Boolean).join(' · ');
  const list = byId('card-facts');
  clear(list);
  const shown = card.facts.filter((f) => f.key !== 'name' && f.key !== 'timezone' && f.key !== 'language');
  for (const fact of shown) {
    list.append(
      h(
        'li',
        { class: 'app-fact', 'data-key': fact.key },
        h('span', { class: 'fact-key' }, fact.key),
        valueView(fact.value),
        h('div', { class: 'fact-meta' }, confidenceView(fact.confidence), sourceView(fact.source), h('span', { class: 'muted' }, labelOf(fact.category))),
      ),
    );
  }
  const flat = card.facts.length - shown.length;
  const rest = card.fact_count - shown.length - flat;
  const more = byId('card-more');
  more.hidden = rest <= 0;
  more.textContent = rest > 0 ? `${rest} more ${rest === 1 ? 'fact' : 'facts'}: ask your assistant, or open the review page.` : '';
  if (card.fact_count === 0) {
    more.hidden = false;
    more.textContent = 'Nothing is known about this user yet.';
  }
}

let loadToken = 0;

async function reload(): Promise<void> {
  const token = ++loadToken;
  const main = byId('main');
  main.setAttribute('aria-busy', 'true');
  try {
    const card = await callTool<CardResult>('profile_card', scopeQuery());
    if (token !== loadToken) return;
    renderCard(card);
    await Promise.all([loadInbox(), loadActivity()]);
    showError(byId('error'), null);
  } catch (err) {
    if (token === loadToken) showError(byId('error'), err, 'Could not load the profile.');
  } finally {
    if (token === loadToken) main.setAttribute('aria-busy', 'false');
  }
}

function applyContext(context: McpUiHostContext | undefined): void {
  const theme = context?.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  applyDocumentTheme(theme);
  if (context?.locale) document.documentElement.lang = context.locale;
}

let connected = false;
let announced = false;
let scheduled: ReturnType<typeof setTimeout> | null = null;

/** Coalesce the reloads the handshake, the tool's input and its result each ask for into one. */
function scheduleReload(): void {
  if (!connected) return;
  if (scheduled !== null) clearTimeout(scheduled);
  scheduled = setTimeout(() => {
    scheduled = null;
    void reload().then(() => {
      if (!announced) announce('Profile loaded.');
      announced = true;
    });
  }, 30);
}

// Handlers first: the host may send the tool's input right after the handshake.
app.ontoolinput = ({ arguments: args }) => {
  const id = args?.collection_id;
  state.scope = typeof id === 'string' && /^[A-Za-z0-9_.:-]{1,128}$/.test(id) ? id : null;
  scheduleReload();
};
// The tool that opened the app finished: show what the profile holds now.
app.ontoolresult = () => scheduleReload();
app.onhostcontextchanged = (context) => applyContext({ ...app.getHostContext(), ...context });

setTransport(viaTools);
state.reload = reload;
initInbox();
initActivity();
applyContext(undefined);

app.connect().then(
  () => {
    connected = true;
    applyContext(app.getHostContext());
    scheduleReload();
  },
  (err: unknown) => showError(byId('error'), err, 'Could not connect to the host.'),
);
