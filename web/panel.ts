/**
 * A preview-then-apply tool (Bulk edit, Teach): a form whose Preview asks the API for a dry run, and
 * an Apply button that is enabled only while the preview shown matches the text and scope. Editing
 * the text after a preview greys the preview out and disables Apply until the next one.
 */

import { ApiError } from './api.js';
import { byId, clear, h, showError } from './dom.js';
import type { Parsed } from './parse.js';
import { state } from './state.js';
import { flushDeletes } from './undo.js';

export interface PanelOptions<V> {
  /** Element id prefix: `${prefix}-form`, `-input`, `-preview`, `-apply`, `-result`, `-error`. */
  prefix: string;
  parse: (text: string) => Parsed<V>;
  /** Run the dry run for `value`: what to show, and whether there is anything to apply. */
  preview: (value: V) => Promise<{ nodes: Node[]; applicable: boolean }>;
  /** Apply `value` (the previewed one): what to show of what was written. */
  apply: (value: V) => Promise<Node[]>;
  /** Shown when Apply is pressed without a current preview. */
  previewFirst: string;
  /** Shown above a preview whose text was edited since. */
  staleNote: string;
}

export interface Panel {
  /** Forget the preview (scope changed). */
  reset(): void;
  /** Wire the form, Apply and the input listener. */
  init(): void;
  input(): HTMLTextAreaElement;
}

export function previewPanel<V>(options: PanelOptions<V>): Panel {
  const els = () => ({
    form: byId<HTMLFormElement>(`${options.prefix}-form`),
    input: byId<HTMLTextAreaElement>(`${options.prefix}-input`),
    preview: byId<HTMLButtonElement>(`${options.prefix}-preview`),
    apply: byId<HTMLButtonElement>(`${options.prefix}-apply`),
    result: byId(`${options.prefix}-result`),
    error: byId(`${options.prefix}-error`),
  });
  let previewed: { text: string; value: V; scope: string | null } | null = null;
  const setPreviewed = (next: typeof previewed): void => {
    previewed = next;
    els().apply.disabled = next === null;
  };

  async function preview(): Promise<void> {
    const { input, result, error, preview: button } = els();
    showError(error, null);
    const parsed = options.parse(input.value);
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
      const { nodes, applicable } = await options.preview(parsed.value);
      clear(result);
      result.append(...nodes);
      setPreviewed(applicable ? { text: input.value, value: parsed.value, scope } : null);
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
      showError(error, new ApiError(0, 'validation_error', options.previewFirst));
      return;
    }
    const { value } = previewed;
    button.disabled = true;
    showError(error, null);
    try {
      await flushDeletes();
      const nodes = await options.apply(value);
      setPreviewed(null);
      clear(result);
      result.append(...nodes);
      await state.reload();
    } catch (err) {
      button.disabled = false;
      showError(error, err);
    }
  }

  return {
    reset() {
      setPreviewed(null);
      clear(els().result);
      showError(els().error, null);
    },
    init() {
      const { form, input, apply: applyButton } = els();
      applyButton.disabled = true;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void preview();
      });
      applyButton.addEventListener('click', () => void apply());
      input.addEventListener('input', () => {
        if (previewed === null || input.value === previewed.text) return;
        setPreviewed(null);
        const table = els().result.querySelector('.table-wrap, .diff-empty');
        if (table) {
          table.classList.add('stale');
          els().result.prepend(h('p', { class: 'muted' }, options.staleNote));
        }
      });
    },
    input: () => els().input,
  };
}
