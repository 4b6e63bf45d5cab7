/**
 * Inline edit of one fact: value (plain text or JSON), bucket and category. Enter saves,
 * Shift+Enter adds a line, Escape cancels. Only the fields that changed are sent
 * (PATCH /v1/profile/facts/{id}).
 */

import { api, ApiError } from './api.js';
import { announce, h, nextId, showError } from './dom.js';
import { focusFact } from './facts.js';
import { jsonEqual, labelOf, textToValue, valueToText } from './parse.js';
import { scopeQuery, state } from './state.js';
import { BUCKETS, CATEGORIES, type Fact } from './types.js';

function select(id: string, options: readonly string[], selected: string, label: (o: string) => string): HTMLSelectElement {
  return h(
    'select',
    { id },
    options.map((o) => h('option', { value: o, selected: o === selected }, label(o))),
  );
}

export function openEditor(li: HTMLLIElement, fact: Fact): void {
  // One editor at a time: close any other first (its changes are dropped, as with Escape).
  document.querySelectorAll<HTMLFormElement>('form.editor').forEach((form) => form.dispatchEvent(new Event('cancel-edit')));
  const saved = [...li.childNodes];
  const original = valueToText(fact.value);
  const ids = { value: nextId('edit-value'), hint: nextId('edit-hint'), bucket: nextId('edit-bucket'), category: nextId('edit-category') };
  const textarea = h('textarea', {
    id: ids.value,
    rows: Math.min(10, Math.max(2, original.split('\n').length)),
    'aria-describedby': ids.hint,
    spellcheck: 'false',
  });
  textarea.value = original;
  const bucket = select(ids.bucket, BUCKETS, fact.bucket, (b) => (b === 'static' ? 'static (long-lived)' : 'dynamic (short-lived)'));
  const category = select(ids.category, CATEGORIES, fact.category, labelOf);
  const problem = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save');

  const close = (focus: boolean) => {
    li.classList.remove('editing');
    li.replaceChildren(...saved);
    if (focus) focusFact(fact.id, 'edit');
  };

  const form = h(
    'form',
    { class: 'editor', 'aria-label': `Edit ${fact.key}` },
    h('label', { for: ids.value }, 'Value of ', h('strong', {}, fact.key)),
    textarea,
    h(
      'p',
      { class: 'hint', id: ids.hint },
      'Plain text is saved as text; JSON (a number, true/false, a [list], an {object} or a "quoted string") is saved as JSON. Enter saves, Shift+Enter adds a line, Escape cancels.',
    ),
    h(
      'div',
      { class: 'editor-fields' },
      h('div', { class: 'field' }, h('label', { for: ids.bucket }, 'Bucket'), bucket),
      h('div', { class: 'field' }, h('label', { for: ids.category }, 'Category'), category),
    ),
    problem,
    h('div', { class: 'editor-actions' }, saveButton, h('button', { type: 'button', on: { click: () => close(true) } }, 'Cancel')),
  );
  form.addEventListener('cancel-edit', () => close(false));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Enter' && !event.shiftKey && event.target === textarea && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });

  async function save(): Promise<void> {
    const body: Record<string, unknown> = {};
    if (textarea.value.trim() !== original.trim()) {
      const parsed = textToValue(textarea.value);
      if (!parsed.ok) {
        showError(problem, new ApiError(0, 'validation_error', parsed.message));
        textarea.focus();
        return;
      }
      if (!jsonEqual(parsed.value, fact.value)) body.value = parsed.value;
    }
    if (bucket.value !== fact.bucket) body.bucket = bucket.value;
    if (category.value !== fact.category) body.category = category.value;
    if (Object.keys(body).length === 0) {
      close(true);
      announce(`No changes to ${fact.key}.`);
      return;
    }
    saveButton.disabled = true;
    showError(problem, null);
    try {
      await api<Fact>('PATCH', `/profile/facts/${encodeURIComponent(fact.id)}`, { body: { ...body, ...scopeQuery() } });
    } catch (err) {
      saveButton.disabled = false;
      showError(problem, err);
      textarea.focus();
      return;
    }
    announce(`Saved ${fact.key}.`);
    await state.reload();
    focusFact(fact.id, 'edit');
  }

  li.classList.add('editing');
  li.replaceChildren(form);
  textarea.focus();
  textarea.setSelectionRange(textarea.value.length, textarea.value.length);
}
