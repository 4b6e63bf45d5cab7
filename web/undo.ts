/**
 * Delete with undo. The page hides the fact at once and sends DELETE /v1/profile/facts/{id} only when
 * the undo window (UNDO_MS) has passed, so Undo is exact: the fact keeps its id, history, source,
 * confidence and expiry (re-creating it would lose them). A pending delete is committed early when
 * the user asks, teaches or bulk-edits (those must see the profile without it), and when the page goes
 * away (a keepalive request on pagehide).
 */

import { api, ApiError, sendOnExit } from './api.js';
import { announce, byId, h, showError } from './dom.js';
import { focusFact, updateCount } from './facts.js';
import { state } from './state.js';
import type { Fact } from './types.js';

export const UNDO_MS = 5000;

interface Pending {
  fact: Fact;
  scope: string | null;
  timer: ReturnType<typeof setTimeout>;
  toast: HTMLElement;
}

const pending = new Map<string, Pending>();

function removeToast(toast: HTMLElement): void {
  const hadFocus = toast.contains(document.activeElement);
  toast.remove();
  if (hadFocus) focusFact(null);
}

/** Hide or show a fact's row (and its category when it has no visible fact left). */
function setHidden(id: string, hidden: boolean): boolean {
  const li = document.getElementById(`fact-${id}`);
  if (!li) return false;
  li.hidden = hidden;
  const category = li.closest('section.category');
  if (category) (category as HTMLElement).hidden = category.querySelectorAll('li.fact:not([hidden])').length === 0;
  updateCount();
  return true;
}

export function scheduleDelete(fact: Fact): void {
  if (pending.has(fact.id)) return;
  const undoButton = h('button', { type: 'button', class: 'primary', 'aria-label': `Undo delete of ${fact.key}`, on: { click: () => undo(fact.id) } }, 'Undo');
  const timerBar = h('span', { class: 'toast-timer', 'aria-hidden': 'true' });
  timerBar.style.setProperty('--undo-ms', `${UNDO_MS}ms`);
  const toast = h(
    'div',
    { class: 'toast', 'data-fact-id': fact.id },
    h('span', { class: 'toast-text' }, 'Deleted ', h('strong', {}, fact.key), `. Undo within ${UNDO_MS / 1000} seconds.`),
    undoButton,
    timerBar,
  );
  const entry: Pending = { fact, scope: state.scope, toast, timer: setTimeout(() => void commit(fact.id), UNDO_MS) };
  pending.set(fact.id, entry);
  state.pendingDelete.add(fact.id);
  setHidden(fact.id, true);
  byId('undo').append(toast);
  undoButton.focus();
}

export function undo(id: string): void {
  const entry = pending.get(id);
  if (!entry) return;
  pending.delete(id);
  clearTimeout(entry.timer);
  state.pendingDelete.delete(id);
  entry.toast.remove();
  if (!setHidden(id, false)) state.redraw();
  announce(`Restored ${entry.fact.key}.`);
  focusFact(id, 'edit');
}

async function commit(id: string): Promise<void> {
  const entry = pending.get(id);
  if (!entry) return;
  pending.delete(id);
  clearTimeout(entry.timer);
  removeToast(entry.toast);
  const { fact, scope } = entry;
  try {
    await api('DELETE', `/profile/facts/${encodeURIComponent(id)}`, { query: scope === null ? {} : { collection_id: scope } });
  } catch (err) {
    state.pendingDelete.delete(id);
    if (err instanceof ApiError && err.code === 'not_found') {
      forget(id, scope);
      return; // already gone (deleted elsewhere or expired): the outcome the user asked for
    }
    showError(byId('error'), err, `Could not delete ${fact.key}; it is shown again.`);
    await state.reload();
    return;
  }
  forget(id, scope);
  announce(`Deleted ${fact.key}.`);
}

/** Drop a deleted fact from the loaded profile without redrawing (its row is already hidden). */
function forget(id: string, scope: string | null): void {
  state.pendingDelete.delete(id);
  const profile = state.profile;
  if (!profile || profile.collection_id !== scope) return;
  const before = profile.profile.static.length + profile.profile.dynamic.length + state.flat.size;
  profile.profile.static = profile.profile.static.filter((f) => f.id !== id);
  profile.profile.dynamic = profile.profile.dynamic.filter((f) => f.id !== id);
  for (const [key, fact] of state.flat) if (fact.id === id) state.flat.delete(key);
  const after = profile.profile.static.length + profile.profile.dynamic.length + state.flat.size;
  if (after < before) profile.fact_count -= 1;
  const row = document.getElementById(`fact-${id}`);
  if (row) row.remove();
  updateCount();
}

/** Commit every pending delete now (before a question, a lesson or a bulk edit). */
export async function flushDeletes(): Promise<void> {
  await Promise.all([...pending.keys()].map((id) => commit(id)));
}

export function initUndo(): void {
  window.addEventListener('pagehide', () => {
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
      sendOnExit('DELETE', `/profile/facts/${encodeURIComponent(id)}`, entry.scope === null ? {} : { collection_id: entry.scope });
    }
    pending.clear();
  });
}
