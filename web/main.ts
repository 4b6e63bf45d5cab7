/**
 * The review page: pick a scope (the global profile or a collection), see its facts, correct them.
 * Everything goes through the public REST API (/v1); see api.ts for keys.
 */

import { api, ApiError, setUnauthorizedHandler, storedKey, storeKey } from './api.js';
import { initActivity, loadActivity, resetActivity } from './activity.js';
import { initAsk, resetAsk } from './ask.js';
import { initAuth, showAuth, syncKeyButton } from './auth.js';
import { initBulk, resetBulk } from './bulk.js';
import { announce, byId, h, showError } from './dom.js';
import { renderProfile } from './facts.js';
import { initHistory } from './history.js';
import { initInbox, loadInbox, resetInbox } from './inbox.js';
import { scopeLabel, scopeQuery, state } from './state.js';
import { initTeach, resetTeach } from './teach.js';
import { FLAT_KEYS, type Fact, type FlatKey, type ListCollectionsResult, type ListFactsResult, type ProfileResult } from './types.js';
import { initUndo } from './undo.js';

const GLOBAL = '';
let collectionsCursor: string | null = null;
let loadToken = 0;

const scopeSelect = () => byId<HTMLSelectElement>('scope');

/** The scope named in the address (?collection=ID), so that a reload or a shared link keeps it. */
function scopeFromAddress(): string | null {
  const id = new URLSearchParams(location.search).get('collection');
  return id !== null && /^[A-Za-z0-9_.:-]{1,128}$/.test(id) ? id : null;
}

function showScopeInAddress(): void {
  const url = new URL(location.href);
  if (state.scope === null) url.searchParams.delete('collection');
  else url.searchParams.set('collection', state.scope);
  url.hash = '';
  history.replaceState(null, '', url);
}

function optionLabel(id: string, count: number | null): string {
  return count === null ? id : `${id} · ${count} ${count === 1 ? 'fact' : 'facts'}`;
}

function ensureOption(id: string): HTMLOptionElement {
  const select = scopeSelect();
  const found = [...select.options].find((o) => o.value === id);
  if (found) return found;
  const option = h('option', { value: id }, optionLabel(id, null));
  select.append(option);
  return option;
}

/** One page of GET /v1/collections (100 per page); "More collections" fetches the next. */
async function loadCollections(reset: boolean): Promise<void> {
  const select = scopeSelect();
  if (reset) {
    collectionsCursor = null;
    select.replaceChildren(h('option', { value: GLOBAL }, 'Global profile (account-wide)'));
    if (state.scope !== null) ensureOption(state.scope);
    select.value = state.scope ?? GLOBAL;
  }
  const page = await api<ListCollectionsResult>('GET', '/collections', { query: { limit: 100, cursor: collectionsCursor } });
  for (const c of page.collections) {
    const option = ensureOption(c.collection_id);
    option.textContent = optionLabel(c.collection_id, c.fact_count);
  }
  collectionsCursor = page.next_cursor;
  byId('more-scopes').hidden = collectionsCursor === null;
  byId('scope-total').textContent = `${page.total} ${page.total === 1 ? 'collection' : 'collections'}`;
  if (state.scope !== null) ensureOption(state.scope);
  select.value = state.scope ?? GLOBAL;
}

/** GET the profile, plus the name/timezone/language facts themselves (for their ids). */
async function loadProfile(): Promise<void> {
  const token = ++loadToken;
  const query = scopeQuery();
  const [profile, ...flat] = await Promise.all([
    api<ProfileResult>('GET', '/profile', { query }),
    ...FLAT_KEYS.map((key) => api<ListFactsResult>('GET', '/profile/facts', { query: { ...query, key } })),
  ]);
  if (token !== loadToken) return; // a newer load (another scope) won
  state.profile = profile;
  state.flat = new Map<FlatKey, Fact>();
  flat.forEach((page, i) => {
    const fact = page.facts[0];
    if (fact) state.flat.set(FLAT_KEYS[i]!, fact);
  });
  renderProfile();
  byId('main').hidden = false;
  if (state.scope !== null) ensureOption(state.scope).textContent = optionLabel(state.scope, profile.fact_count);
}

/** A profile that cannot be read is not shown at all (never another scope's facts under this name). */
function profileFailed(err: unknown): void {
  if (err instanceof ApiError && err.status === 401) return; // the key prompt has taken over
  state.profile = null;
  renderProfile();
  byId('main').hidden = true;
  showError(byId('error'), err, `Could not load ${scopeLabel()}. Pick another profile above or Reload.`);
}

/** The Inbox and the Activity of the scope on screen; each shows its own failure. */
async function loadExtras(): Promise<void> {
  const [inbox, activity] = await Promise.allSettled([loadInbox(), loadActivity()]);
  showError(byId('inbox-error'), inbox.status === 'rejected' ? inbox.reason : null, 'Could not load the Inbox.');
  showError(byId('activity-error'), activity.status === 'rejected' ? activity.reason : null, 'Could not load the Activity.');
}

async function reload(): Promise<void> {
  try {
    await loadProfile();
  } catch (err) {
    profileFailed(err);
    return;
  }
  await loadExtras();
}

async function changeScope(value: string): Promise<void> {
  state.scope = value === GLOBAL ? null : value;
  showScopeInAddress();
  state.cited.clear();
  showError(byId('error'), null);
  resetAsk();
  resetTeach();
  resetBulk();
  resetInbox();
  resetActivity();
  await reload();
  announce(`Showing ${scopeLabel()}.`);
}

/**
 * Load the collection list and the profile side by side; a failing list (say one collection's file
 * is corrupt) still leaves the profile usable. Returns false when nothing could be shown.
 */
async function loadAll(): Promise<boolean> {
  showError(byId('error'), null);
  const [collections, profile] = await Promise.allSettled([loadCollections(true), loadProfile()]);
  const unauthorized = [collections, profile].some((r) => r.status === 'rejected' && r.reason instanceof ApiError && r.reason.status === 401);
  if (unauthorized) return false; // the key prompt has taken over
  byId('auth').hidden = true;
  byId('scope-form').hidden = false;
  syncKeyButton();
  if (profile.status === 'rejected') {
    profileFailed(profile.reason);
    return false;
  }
  if (collections.status === 'rejected') showError(byId('error'), collections.reason, 'Could not list the collections (the profile below is fine).');
  await loadExtras();
  return true;
}

/** Start (or start over after a key was given or forgotten); on 401 the key prompt takes over. */
async function boot(): Promise<void> {
  syncKeyButton();
  if (await loadAll()) announce(`Loaded ${scopeLabel()}: ${state.profile?.fact_count ?? 0} facts.`);
}

function submitOnCtrlEnter(textareaId: string, formId: string): void {
  byId(textareaId).addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      byId<HTMLFormElement>(formId).requestSubmit();
    }
  });
}

function init(): void {
  state.scope = scopeFromAddress();
  state.reload = reload;
  state.redraw = renderProfile;
  setUnauthorizedHandler((error) => {
    // Several requests may fail together (a reload sends four): the first one decides the message.
    if (!byId('auth').hidden) return;
    const hadKey = storedKey() !== null;
    if (hadKey) storeKey(null);
    syncKeyButton();
    showAuth(error, hadKey);
  });
  initAuth(() => void boot());
  initHistory();
  initUndo();
  initAsk();
  initTeach();
  initBulk();
  initInbox();
  initActivity();
  submitOnCtrlEnter('teach-input', 'teach-form');
  submitOnCtrlEnter('bulk-input', 'bulk-form');
  scopeSelect().addEventListener('change', () => void changeScope(scopeSelect().value));
  byId('scope-form').addEventListener('submit', (event) => event.preventDefault());
  byId('more-scopes').addEventListener('click', () => {
    loadCollections(false).then(
      () => announce('More collections loaded into the profile list.'),
      (err: unknown) => showError(byId('error'), err, 'Could not list more collections.'),
    );
  });
  byId('reload').addEventListener('click', () => {
    void loadAll().then((ok) => ok && announce(`Reloaded ${scopeLabel()}.`));
  });
  void boot();
}

init();
