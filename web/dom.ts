/**
 * A tiny element builder. Text always goes in as text nodes (never HTML), so fact values, keys and
 * answers cannot inject markup. No inline styles (the CSP forbids them): classes only.
 */

import { ApiError } from './api.js';

export type Child = Node | string | number | null | undefined | false;
type Attr = string | number | boolean | null | undefined;
export interface Props {
  class?: string;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  [attr: string]: Attr | Props['on'];
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') {
      for (const [type, listener] of Object.entries(value as object)) el.addEventListener(type, listener as EventListener);
    } else if (name === 'class') {
      if (value) el.className = String(value);
    } else if (name === 'style') {
      throw new Error('inline styles are not allowed (CSP)');
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

let uid = 0;
/** A fresh id for label/aria wiring. */
export function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Text for one `details` entry of the error object. */
function detailText(detail: unknown): string {
  if (typeof detail === 'object' && detail !== null) {
    const d = detail as { field?: unknown; message?: unknown };
    if (typeof d.field === 'string' && typeof d.message === 'string') return `${d.field}: ${d.message}`;
  }
  return typeof detail === 'string' ? detail : JSON.stringify(detail);
}

/**
 * An error as people read it: the message, then each problem of `details` on its own line
 * (validation errors list `{field, message}`; a conflict names the existing fact).
 */
export function errorView(err: unknown, context?: string): HTMLElement {
  const error = err instanceof ApiError ? err : new ApiError(0, 'internal_error', err instanceof Error ? err.message : String(err));
  const box = h(
    'div',
    { class: 'problem' },
    context ? h('p', { class: 'problem-context' }, context) : null,
    h('p', { class: 'problem-message' }, error.message),
  );
  const details = error.details;
  if (Array.isArray(details) && details.length > 0) {
    box.append(
      h(
        'ul',
        { class: 'problem-details' },
        details.map((d) => h('li', {}, detailText(d))),
      ),
    );
  } else if (details !== undefined && details !== null && !Array.isArray(details)) {
    const entries = typeof details === 'object' ? Object.entries(details as Record<string, unknown>) : [['details', details] as const];
    box.append(
      h(
        'ul',
        { class: 'problem-details' },
        entries.map(([k, v]) => h('li', {}, `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)),
      ),
    );
  }
  if (error.code !== 'network' && error.code !== 'http_error') box.append(h('p', { class: 'problem-code' }, `Error code: ${error.code}`));
  return box;
}

/** Show (or clear, with null) an error inside a region that has role="alert". */
export function showError(region: HTMLElement, err: unknown | null, context?: string): void {
  clear(region);
  if (err === null) {
    region.hidden = true;
    return;
  }
  region.append(errorView(err, context));
  region.hidden = false;
}

const status = (): HTMLElement => byId('status');

/** A polite announcement in the page's status line. */
export function announce(text: string): void {
  const region = status();
  region.textContent = '';
  // A new text node in a fresh task, so that repeating the same text is announced again.
  setTimeout(() => {
    region.textContent = text;
  }, 30);
}
