/**
 * The Inbox: what learning did not write (a new value for something the person set themselves, or
 * everything learned in review mode), each with the user's own words. Accept writes the value as the
 * person's word; Edit lets them change it first; Reject drops it (and it is not proposed again for 90
 * days). POST /v1/profile/pending/resolve; every resolution shows up in the Activity and can be undone.
 */

import { api, ApiError } from './api.js';
import { announce, byId, clear, h, nextId, showError } from './dom.js';
import { labelOf, percent, relativeTime, textToValue, valueSummary, valueToText } from './parse.js';
import { scopeQuery, state } from './state.js';
import type { ListPendingResult, Proposal, ResolvePendingResult } from './types.js';
import { flushDeletes } from './undo.js';

const ACTION_TEXT: Record<Proposal['action'], string> = {
  create: 'new',
  update: 'change',
  retract: 'remove',
  conflict: 'differs from your entry',
};

let proposals: Proposal[] = [];

export async function loadInbox(): Promise<void> {
  const page = await api<ListPendingResult>('GET', '/profile/pending', { query: { ...scopeQuery(), limit: 100 } });
  proposals = page.proposals;
  render(page.total);
}

function changeView(p: Proposal): HTMLElement {
  const after = p.after === null ? h('ins', { class: 'diff-after' }, '(remove this fact)') : h('ins', { class: 'diff-after' }, valueSummary(p.after));
  if (p.before === null || p.before === undefined) return h('div', { class: 'proposal-change' }, after);
  return h(
    'div',
    { class: 'proposal-change' },
    h('del', { class: 'diff-before' }, valueSummary(p.before)),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'sr-only' }, ' to '),
    after,
  );
}

function proposalRow(p: Proposal, now: number): HTMLLIElement {
  const li = h('li', { class: `proposal proposal-${p.action}`, id: `proposal-${p.id}`, 'data-proposal-id': p.id, 'data-key': p.key });
  const actions = h(
    'div',
    { class: 'proposal-actions' },
    h(
      'button',
      { type: 'button', class: 'primary act-accept', 'aria-label': `Accept ${p.key}`, on: { click: () => void resolve([p.id], 'accept') } },
      'Accept',
    ),
    p.after === null
      ? null
      : h('button', { type: 'button', class: 'act-edit', 'aria-label': `Edit then accept ${p.key}`, on: { click: () => openEdit(li, p) } }, 'Edit'),
    h('button', { type: 'button', class: 'act-reject', 'aria-label': `Reject ${p.key}`, on: { click: () => void resolve([p.id], 'reject') } }, 'Reject'),
  );
  li.append(
    h(
      'div',
      { class: 'proposal-head' },
      h('span', { class: 'fact-key' }, p.key),
      h('span', { class: `badge kind kind-proposed action-${p.action}` }, ACTION_TEXT[p.action]),
    ),
    changeView(p),
    h('blockquote', { class: 'evidence' }, h('span', { class: 'sr-only' }, 'The user said: '), `“${p.evidence}”`),
    h(
      'p',
      { class: 'proposal-meta muted' },
      `${p.bucket} · ${labelOf(p.category)} · confidence ${percent(p.confidence)} · `,
      h('time', { datetime: p.created_at, title: new Date(p.created_at).toLocaleString() }, relativeTime(p.created_at, now)),
    ),
    actions,
  );
  return li;
}

/** Edit the value, then accept it: Enter accepts, Escape cancels. */
function openEdit(li: HTMLLIElement, p: Proposal): void {
  const saved = [...li.childNodes];
  const id = nextId('proposal-value');
  const textarea = h('textarea', { id, rows: 2, spellcheck: 'false' });
  textarea.value = valueToText(p.after);
  const problem = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const close = () => {
    li.replaceChildren(...saved);
    li.querySelector<HTMLElement>('.act-edit')?.focus();
  };
  const form = h(
    'form',
    { class: 'editor', 'aria-label': `Edit ${p.key} before accepting` },
    h('label', { for: id }, 'Value of ', h('strong', {}, p.key)),
    textarea,
    problem,
    h(
      'div',
      { class: 'actions' },
      // Not a submit button: in a sandboxed frame without allow-forms (the MCP App) forms never submit.
      h('button', { type: 'button', class: 'primary', on: { click: () => accept() } }, 'Accept edited value'),
      h('button', { type: 'button', on: { click: close } }, 'Cancel'),
    ),
  );
  const accept = () => {
    const parsed = textToValue(textarea.value);
    if (!parsed.ok) {
      showError(problem, new ApiError(0, 'validation_error', parsed.message));
      return;
    }
    void resolve([p.id], 'accept', parsed.value, problem);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    accept();
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      accept();
    }
  });
  li.replaceChildren(form);
  textarea.focus();
}

async function resolve(ids: string[] | 'all', decision: 'accept' | 'reject', value?: unknown, problem: HTMLElement = byId('inbox-error')): Promise<void> {
  showError(problem, null);
  try {
    await flushDeletes();
    const body = { ...(ids === 'all' ? { all: true } : { ids }), decision, ...(value === undefined ? {} : { value }), ...scopeQuery() };
    const res = await api<ResolvePendingResult>('POST', '/profile/pending/resolve', { body });
    const which = ids === 'all' ? `${res.accepted + res.rejected} proposals` : (proposals.find((p) => p.id === ids[0])?.key ?? 'the proposal');
    announce(decision === 'accept' ? `Accepted ${which}: saved as your own entry.` : `Rejected ${which}: it will not be proposed again for 90 days.`);
    await state.reload();
    byId('inbox-heading').focus();
  } catch (err) {
    showError(problem, err, 'Could not resolve the proposal.');
  }
}

function render(total: number): void {
  const list = byId('inbox-list');
  clear(list);
  byId('inbox-count').textContent = String(total);
  const any = proposals.length > 0;
  byId('inbox-all').hidden = !any;
  byId('inbox-empty').hidden = any;
  byId('inbox').classList.toggle('has-proposals', any);
  const now = Date.now();
  list.append(...proposals.map((p) => proposalRow(p, now)));
  if (total > proposals.length) list.append(h('li', { class: 'muted' }, `${total - proposals.length} more: resolve these first.`));
}

export function resetInbox(): void {
  proposals = [];
  clear(byId('inbox-list'));
  showError(byId('inbox-error'), null);
}

export function initInbox(): void {
  byId('inbox-accept-all').addEventListener('click', () => void resolve('all', 'accept'));
  byId('inbox-reject-all').addEventListener('click', () => void resolve('all', 'reject'));
}
