/** A fact's earlier values with their sources (GET /v1/profile/facts/{id} -> history), in a dialog. */

import { api } from './api.js';
import { append, byId, clear, errorView, h } from './dom.js';
import { percent, relativeTime, valueSummary } from './parse.js';
import { scopeQuery } from './state.js';
import type { Fact, FactWithHistory, HistoryEntry } from './types.js';

function entryRow(label: string, entry: HistoryEntry, now: number): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, label),
    h('td', { class: 'history-value' }, valueSummary(entry.value)),
    h('td', {}, h('span', { class: `badge src src-${entry.source}` }, entry.source)),
    h('td', {}, percent(entry.confidence)),
    h('td', {}, h('time', { datetime: entry.updated_at, title: new Date(entry.updated_at).toLocaleString() }, relativeTime(entry.updated_at, now))),
  );
}

export async function openHistory(fact: Fact, opener: HTMLElement): Promise<void> {
  const dialog = byId<HTMLDialogElement>('history');
  const body = byId('history-body');
  byId('history-heading').textContent = `History of ${fact.key}`;
  clear(body);
  body.append(h('p', { class: 'muted' }, 'Loading…'));
  dialog.addEventListener('close', () => opener.isConnected && opener.focus(), { once: true });
  if (!dialog.open) dialog.showModal();
  let full: FactWithHistory;
  try {
    full = await api<FactWithHistory>('GET', `/profile/facts/${encodeURIComponent(fact.id)}`, { query: scopeQuery() });
  } catch (err) {
    clear(body);
    body.append(errorView(err));
    return;
  }
  const now = Date.now();
  clear(body);
  const current: HistoryEntry = { value: full.value, confidence: full.confidence, source: full.source, updated_at: full.updated_at };
  append(body, [
    h(
      'table',
      { class: 'history-table' },
      h('caption', { class: 'sr-only' }, `Values of ${full.key}, newest first`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['', 'Value', 'Source', 'Confidence', 'When'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        entryRow('Now', current, now),
        full.history.map((entry, i) => entryRow(`Earlier ${i + 1}`, entry, now)),
      ),
    ),
    full.history.length === 0 ? h('p', { class: 'muted' }, 'No earlier values: this fact has not changed since it was created.') : null,
    h('p', { class: 'muted' }, `Created ${new Date(full.created_at).toLocaleString()} · id ${full.id}`),
  ]);
}

export function initHistory(): void {
  const dialog = byId<HTMLDialogElement>('history');
  byId('history-close').addEventListener('click', () => dialog.close());
}
