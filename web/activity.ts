/**
 * The Activity: every committed write to this profile, newest first — when, through which door (this
 * page, the REST API, an MCP client over HTTP or stdio, the command line) and with which key — and
 * each fact's value before and after. Undo previews first (dry run), then reverses the operation as a
 * new one (which can itself be undone). GET /v1/profile/operations, POST .../operations/{id}/undo.
 */

import { api } from './api.js';
import { diffTable, type DiffRow } from './diff.js';
import { announce, append, byId, clear, h, showError } from './dom.js';
import { relativeTime, valueSummary } from './parse.js';
import { scopeQuery, state } from './state.js';
import type { ListOperationsResult, Operation, PatchChange, UndoResult } from './types.js';
import { flushDeletes } from './undo.js';

const PAGE = 20;

const OPERATION_TEXT: Record<Operation['operation'], string> = {
  patch_profile: 'Patch',
  create_fact: 'Created a fact',
  update_fact: 'Edited a fact',
  delete_fact: 'Deleted a fact',
  learn: 'Learned from a conversation',
  resolve_pending: 'Resolved proposals',
  import: 'Import',
  undo_operation: 'Undo',
};

const DOOR_TEXT: Record<Operation['actor']['transport'], string> = {
  'review-page': 'review page',
  rest: 'REST API',
  'mcp-http': 'MCP over HTTP',
  stdio: 'MCP over stdio',
  cli: 'command line',
};

let cursor: string | null = null;
const seen = new Map<string, Operation>();

export async function loadActivity(reset = true): Promise<void> {
  const page = await api<ListOperationsResult>('GET', '/profile/operations', { query: { ...scopeQuery(), limit: PAGE, cursor: reset ? null : cursor } });
  const list = byId('activity-list');
  if (reset) {
    clear(list);
    seen.clear();
  }
  cursor = page.next_cursor;
  const now = Date.now();
  for (const op of page.operations) {
    seen.set(op.id, op);
    list.append(operationRow(op, now));
  }
  byId('activity-count').textContent = String(page.total);
  byId('activity-more').hidden = cursor === null;
  byId('activity-empty').hidden = page.total > 0;
}

function changeLine(c: Operation['changes'][number]): HTMLElement {
  const key = h('span', { class: 'fact-key' }, c.key);
  if (c.action === 'create') return h('li', {}, key, ' ', h('ins', { class: 'diff-after' }, valueSummary(c.after)), h('span', { class: 'muted' }, ' (added)'));
  if (c.action === 'delete')
    return h('li', {}, key, ' ', h('del', { class: 'diff-before' }, valueSummary(c.before)), h('span', { class: 'muted' }, ' (removed)'));
  if (JSON.stringify(c.before) === JSON.stringify(c.after))
    return h('li', {}, key, ' ', valueSummary(c.after), h('span', { class: 'muted' }, ' (confidence or details changed)'));
  return h(
    'li',
    {},
    key,
    ' ',
    h('del', { class: 'diff-before' }, valueSummary(c.before)),
    h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
    h('span', { class: 'sr-only' }, ' to '),
    h('ins', { class: 'diff-after' }, valueSummary(c.after)),
  );
}

function proposalLine(p: Operation['proposals'][number]): HTMLElement {
  const what = p.effect === 'restored' ? 'back in the Inbox' : p.decision === 'accept' ? 'accepted' : 'rejected';
  return h('li', {}, 'Proposal ', h('span', { class: 'fact-key' }, p.key), ` = ${valueSummary(p.after)}: ${what}`);
}

function operationRow(op: Operation, now: number): HTMLLIElement {
  const label = OPERATION_TEXT[op.operation];
  const when = h('time', { datetime: op.at, title: new Date(op.at).toLocaleString() }, relativeTime(op.at, now));
  const li = h('li', { class: op.undone_by ? 'op undone' : 'op', id: `op-${op.id}`, 'data-op-id': op.id, 'data-operation': op.operation });
  const undone = op.undone_by ? h('span', { class: 'badge badge-undone' }, 'undone') : null;
  const undoes = op.undoes ? seen.get(op.undoes) : undefined;
  append(li, [
    h(
      'div',
      { class: 'op-head' },
      h('strong', { class: 'op-label' }, label),
      undoes ? h('span', { class: 'muted' }, ` of “${OPERATION_TEXT[undoes.operation]}”`) : null,
      ' ',
      undone,
      h('span', { class: 'op-meta muted' }, when, ` · via ${DOOR_TEXT[op.actor.transport]}`, op.actor.key_id ? ` · key ${op.actor.key_id}` : ''),
    ),
    op.changes.length + op.proposals.length > 0 ? h('ul', { class: 'op-changes' }, op.changes.map(changeLine), op.proposals.map(proposalLine)) : null,
    op.undone_by
      ? null
      : h(
          'div',
          { class: 'op-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'act-undo',
              'aria-label': `Undo ${label.toLowerCase()} of ${when.textContent}`,
              on: { click: () => void preview(li, op) },
            },
            'Undo…',
          ),
        ),
    h('div', { class: 'form-error', role: 'alert', hidden: true }),
    h('div', { class: 'op-preview', 'aria-live': 'polite' }),
  ]);
  return li;
}

function rowOf(c: PatchChange): DiffRow {
  const kind = c.action === 'create' ? 'added' : c.action === 'delete' ? 'removed' : c.action === 'update' ? 'changed' : 'unchanged';
  return { key: c.key, kind, before: c.before, after: c.after, bucket: c.bucket, category: c.category };
}

/** Undo, step one: the dry run, with Confirm and Cancel. */
async function preview(li: HTMLLIElement, op: Operation): Promise<void> {
  const box = li.querySelector<HTMLElement>('.op-preview')!;
  const problem = li.querySelector<HTMLElement>('.form-error')!;
  showError(problem, null);
  clear(box);
  try {
    await flushDeletes();
    const res = await api<UndoResult>('POST', `/profile/operations/${encodeURIComponent(op.id)}/undo`, { body: { ...scopeQuery(), dry_run: true } });
    const rows = res.changes.filter((c): c is PatchChange => 'bucket' in c).map(rowOf);
    const confirm = h('button', { type: 'button', class: 'primary act-confirm', on: { click: () => void undo(li, op) } }, 'Confirm undo');
    append(box, [
      diffTable(`Undo would: ${res.message ?? ''}`.trim(), rows, false),
      op.proposals.some((p) => p.effect === 'resolved') ? h('p', { class: 'muted' }, 'Resolved proposals go back to the Inbox.') : null,
      h(
        'div',
        { class: 'actions' },
        confirm,
        h('button', { type: 'button', on: { click: () => (clear(box), li.querySelector<HTMLElement>('.act-undo')?.focus()) } }, 'Cancel'),
      ),
    ]);
    confirm.focus();
    announce(`Undo preview ready: ${res.message ?? ''}. Confirm to apply.`);
  } catch (err) {
    showError(problem, err, 'This operation cannot be undone now.');
  }
}

async function undo(li: HTMLLIElement, op: Operation): Promise<void> {
  const problem = li.querySelector<HTMLElement>('.form-error')!;
  showError(problem, null);
  try {
    await api<UndoResult>('POST', `/profile/operations/${encodeURIComponent(op.id)}/undo`, { body: scopeQuery() });
    announce(`Undid “${OPERATION_TEXT[op.operation]}”. The undo is in the Activity and can be undone too.`);
    await state.reload();
    byId('activity-heading').focus();
  } catch (err) {
    clear(li.querySelector<HTMLElement>('.op-preview')!);
    showError(problem, err, 'Could not undo.');
  }
}

export function resetActivity(): void {
  cursor = null;
  seen.clear();
  clear(byId('activity-list'));
}

export function initActivity(): void {
  byId('activity-more').addEventListener('click', () => {
    loadActivity(false).then(
      () => announce('Older activity loaded.'),
      (err: unknown) => showError(byId('activity-error'), err, 'Could not load older activity.'),
    );
  });
}
