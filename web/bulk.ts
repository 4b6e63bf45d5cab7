/**
 * Bulk edit as a JSON merge patch: Preview sends PATCH /v1/profile with dry_run true and shows the
 * planned changes; Apply sends the very same patch without dry_run. Editing the text after a preview
 * disables Apply until the next preview, so what is applied is always what was previewed.
 */

import { api } from './api.js';
import { diffTable, type DiffRow } from './diff.js';
import { announce, byId, h } from './dom.js';
import { previewPanel } from './panel.js';
import { parsePatch } from './parse.js';
import { scopeQuery, state } from './state.js';
import type { PatchChange, PatchResult } from './types.js';

const KIND: Record<PatchChange['action'], DiffRow['kind']> = { create: 'added', update: 'changed', delete: 'removed', unchanged: 'unchanged' };

const panel = previewPanel<Record<string, unknown>>({
  prefix: 'bulk',
  parse: parsePatch,
  previewFirst: 'Preview the patch first: Apply writes exactly what the preview showed.',
  staleNote: 'The patch changed since this preview: preview again before applying.',
  preview: async (patch) => {
    const res = await api<PatchResult>('PATCH', '/profile', { body: { ...patch, ...scopeQuery(), dry_run: true } });
    const rows: DiffRow[] = (res.changes ?? []).map((c) => ({
      key: c.key,
      kind: KIND[c.action],
      before: c.before,
      after: c.after,
      bucket: c.bucket,
      category: c.category,
    }));
    const changes = rows.filter((r) => r.kind !== 'unchanged').length;
    announce(changes > 0 ? `Preview ready: ${res.message}. Apply to write it.` : 'Preview: nothing would change.');
    return { nodes: [diffTable(`Preview: ${res.message}`, rows, false)], applicable: changes > 0 };
  },
  apply: async (patch) => {
    const res = await api<PatchResult>('PATCH', '/profile', { body: { ...patch, ...scopeQuery() } });
    announce(`Applied: ${res.message}.`);
    return [h('p', { class: 'success' }, `Applied: ${res.message}.`)];
  },
});

/** Forget the preview (scope changed, or the text was edited). */
export const resetBulk = (): void => panel.reset();

/** Fill the editor with the profile as one JSON object: edit values, set null to delete. */
function fill(): void {
  const input = panel.input();
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
  panel.init();
  byId('bulk-fill').addEventListener('click', fill);
}
