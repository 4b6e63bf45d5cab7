/**
 * "Teach from a conversation": the pasted messages go to POST /v1/profile/learn with dry_run true
 * (Preview), then without it (Apply). Apply runs the learner again on the same messages; the result
 * shown after applying is what was actually written.
 */

import { api, ApiError } from './api.js';
import { diffTable, type DiffRow } from './diff.js';
import { announce, byId, clear, h, showError } from './dom.js';
import { parseConversation } from './parse.js';
import { scopeQuery, state } from './state.js';
import type { ChatMessage, LearnChange, LearnResult } from './types.js';
import { flushDeletes } from './undo.js';

const KIND: Record<LearnChange['action'], DiffRow['kind']> = { create: 'added', update: 'changed', reinforce: 'reinforced', skip: 'kept' };

let previewed: { text: string; messages: ChatMessage[]; scope: string | null } | null = null;

const els = () => ({
  form: byId<HTMLFormElement>('teach-form'),
  input: byId<HTMLTextAreaElement>('teach-input'),
  preview: byId<HTMLButtonElement>('teach-preview'),
  apply: byId<HTMLButtonElement>('teach-apply'),
  result: byId('teach-result'),
  error: byId('teach-error'),
});

function setPreviewed(next: typeof previewed): void {
  previewed = next;
  els().apply.disabled = next === null;
}

export function resetTeach(): void {
  setPreviewed(null);
  clear(els().result);
  showError(els().error, null);
}

function rowsOf(res: LearnResult): DiffRow[] {
  return res.changes.map((c) => ({ key: c.key, kind: KIND[c.action], before: c.before, after: c.after, bucket: c.bucket, category: c.category, confidence: c.confidence }));
}

function summary(res: LearnResult): string {
  const verb = res.status === 'preview' ? 'Would learn' : 'Learned';
  return `${verb}: ${res.created} new, ${res.updated} changed, ${res.reinforced} reinforced, ${res.skipped} kept (${res.reasoner} reasoner)`;
}

async function preview(): Promise<void> {
  const { input, result, error, preview: button } = els();
  showError(error, null);
  const parsed = parseConversation(input.value);
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
    const res = await api<LearnResult>('POST', '/profile/learn', { body: { messages: parsed.value, ...scopeQuery(), dry_run: true } });
    clear(result);
    const userTurns = parsed.value.filter((m) => m.role === 'user').length;
    result.append(
      h('p', { class: 'muted' }, `Read ${parsed.value.length} ${parsed.value.length === 1 ? 'message' : 'messages'} (${userTurns} from the user; facts come from the user's messages only).`),
      diffTable(`Preview: ${summary(res)}`, rowsOf(res), true),
    );
    const writes = res.created + res.updated + res.reinforced;
    setPreviewed(writes > 0 ? { text: input.value, messages: parsed.value, scope } : null);
    announce(writes > 0 ? `Preview ready: ${summary(res)}. Apply to save.` : 'Preview: nothing to learn from these messages.');
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
    showError(error, new ApiError(0, 'validation_error', 'Preview first: Apply saves what the preview showed.'));
    return;
  }
  button.disabled = true;
  showError(error, null);
  try {
    await flushDeletes();
    const res = await api<LearnResult>('POST', '/profile/learn', { body: { messages: previewed.messages, ...scopeQuery() } });
    setPreviewed(null);
    clear(result);
    result.append(h('p', { class: 'success' }, `${summary(res)}.`), diffTable('Saved', rowsOf(res), true));
    announce(`${summary(res)}.`);
    await state.reload();
  } catch (err) {
    button.disabled = false;
    showError(error, err);
  }
}

export function initTeach(): void {
  const { form, input, apply: applyButton } = els();
  applyButton.disabled = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void preview();
  });
  applyButton.addEventListener('click', () => void apply());
  input.addEventListener('input', () => {
    if (previewed !== null && input.value !== previewed.text) {
      setPreviewed(null);
      els().result.prepend(h('p', { class: 'muted' }, 'The conversation changed since this preview: preview again before applying.'));
    }
  });
}
