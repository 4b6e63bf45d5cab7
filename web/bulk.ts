/**
 * Bulk edit as a JSON merge patch: Preview sends PATCH /v1/profile with dry_run true and shows the
 * planned changes; Apply sends the very same patch without dry_run. Editing the text after a preview
 * disables Apply until the next preview, so what is applied is always what was previewed.
 */

import { api, ApiError } from './api.js';
import { diffTable, type DiffRow } from './diff.js';
import { announce, byId, clear, h, showError } from './dom.js';
import { parsePatch } from './parse.js';
import { scopeQuery, state } from './state.js';
import type { PatchChange, PatchResult } from './types.js';
import { flushDeletes } from './undo.js';

const KIND: Record<PatchChange['action'], DiffRow['kind']> = { create: 'added', update: 'changed', delete: 'removed', unchanged: 'unchanged' };

let previewed: { text: string; patch: Record<string, unknown>; scope: string | null } | null = null;

const els = () => ({
  form: byId<HTMLFormElement>('bulk-form'),
  input: byId<HTMLTextAreaElement>('bulk-input'),
  preview: byId<HTMLButtonElement>('bulk-preview'),
  apply: byId<HTMLButtonElement>('bulk-apply'),
  result: byId('bulk-result'),
  error: byId('bulk-error'),
});

function setPreviewed(next: typeof previewed): void {
  previewed = next;
  els().apply.disabled = next === null;
}

/** Forget the preview (scope changed, or the text was edited). */
export function resetBulk(): void {
  setPreviewed(null);
  clear(els().result);
  showError(els().error, null);
}

async function preview(): Promise<void> {
  const { input, result, error, preview: button } = els();
  showError(error, null);
  const parsed = parsePatch(input.value);
  if (!parsed.ok) {
    setPreviewed(null);
    clear(result);
    showError(error, new ApiError(0, 'validation_error', parsed.message));
    input.focus();
    return;
  }
  button.disabled = true;
  try {
    await flushDeletes();
    const scope = state.scope;
    const res = await api<PatchResult>('PATCH', '/profile', { body: { ...parsed.value, ...scopeQuery(), dry_run: true } });
    const rows: DiffRow[] = (res.changes ?? []).map((c) => ({ key: c.key, kind: KIND[c.action], before: c.before, after: c.after, bucket: c.bucket, category: c.category }));
    clear(result);
    result.append(diffTable(`Preview: ${res.message}`, rows, false));
    const changes = rows.filter((r) => r.kind !== 'unchanged').length;
    setPreviewed(changes > 0 ? { text: input.value, patch: parsed.value, scope } : null);
    announce(changes > 0 ? `Preview ready: ${res.message}. Apply to write it.` : 'Preview: nothing would change.');
  } catch (err) {
    setPreviewed(null);
    clear(result);
    showError(error, err);
  } finally {
    button.disabled = false;
  }
}

async function apply(): Promise<void> {
  const { result, error, apply: button } = els();
  if (previewed === null || previewed.scope !== state.scope) {
    showError(error, new ApiError(0, 'validation_error', 'Preview the patch first: Apply writes exactly what the preview showed.'));
    return;
  }
  const { patch } = previewed;
  button.disabled = true;
  showError(error, null);
  try {
    await flushDeletes();
    const res = await api<PatchResult>('PATCH', '/profile', { body: { ...patch, ...scopeQuery() } });
    setPreviewed(null);
    clear(result);
    result.append(h('p', { class: 'success' }, `Applied: ${res.message}.`));
    announce(`Applied: ${res.message}.`);
    await state.reload();
  } catch (err) {
    button.disabled = false;
    showError(error, err);
  }
}

/** Fill the editor with the profile as one JSON object: edit values, set null to delete. */
function fill(): void {
  const { input } = els();
  const profile = state.profile;
  if (!profile) return;
  const facts = [...state.flat.values(), ...profile.profile.static, ...profile.profile.dynamic]
    .filter((f) => !state.pendingDelete.has(f.id))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const object: Record<string, unknown> = {};
  for (const f of facts) Object.defineProperty(object, f.key, { value: f.value, enumerable: true, writable: true, configurable: true });
  input.value = JSON.stringify(object, null, 2);
  input.dispatchEvent(new Event('input'));
  input.focus();
}

export function initBulk(): void {
  const { form, input, apply: applyButton } = els();
  applyButton.disabled = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void preview();
  });
  applyButton.addEventListener('click', () => void apply());
  byId('bulk-fill').addEventListener('click', fill);
  input.addEventListener('input', () => {
    if (previewed !== null && input.value !== previewed.text) {
      setPreviewed(null);
      const table = els().result.querySelector('.table-wrap, .diff-empty');
      if (table) {
        table.classList.add('stale');
        els().result.prepend(h('p', { class: 'muted' }, 'The patch changed since this preview: preview again before applying.'));
      }
    }
  });
}
