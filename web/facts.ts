/** The profile on screen: name/timezone/language on top, then facts by bucket and category. */

import { byId, clear, h } from './dom.js';
import { openEditor } from './editor.js';
import { openHistory } from './history.js';
import { labelOf, percent, relativeTime, valueSummary } from './parse.js';
import { state } from './state.js';
import { CATEGORIES, FLAT_KEYS, type Fact } from './types.js';
import { scheduleDelete } from './undo.js';

const BUCKET_TITLES = {
  static: { title: 'Long-lived facts', hint: 'static' },
  dynamic: { title: 'Short-lived facts', hint: 'dynamic: they expire' },
} as const;

export function valueView(value: unknown): HTMLElement {
  if (typeof value === 'string') return h('div', { class: 'value value-text' }, value);
  if (Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'string' || typeof x === 'number')) {
    return h(
      'ul',
      { class: 'value value-list' },
      value.map((x) => h('li', {}, String(x))),
    );
  }
  if (typeof value === 'object' && value !== null) return h('pre', { class: 'value value-json' }, JSON.stringify(value, null, 2));
  return h('div', { class: 'value value-text' }, valueSummary(value));
}

export function confidenceView(confidence: number): HTMLElement {
  const fill = h('span', { class: 'conf-fill' });
  fill.style.setProperty('--conf', String(Math.max(0, Math.min(1, confidence))));
  const level = confidence >= 0.9 ? 'high' : confidence >= 0.6 ? 'mid' : 'low';
  return h(
    'span',
    { class: `conf conf-${level}`, title: `Confidence ${percent(confidence)}` },
    h('span', { class: 'conf-bar', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'conf-text' }, h('span', { class: 'sr-only' }, 'confidence '), percent(confidence)),
  );
}

/** Where a fact came from (manual, conversation, import, dialectic) as a badge. */
export function sourceView(source: Fact['source']): HTMLElement {
  return h('span', { class: `badge src src-${source}`, title: `Source: ${source}` }, h('span', { class: 'sr-only' }, 'source '), source);
}

export function timeView(prefix: string, iso: string, now: number, className: string): HTMLElement {
  return h('span', { class: className }, `${prefix} `, h('time', { datetime: iso, title: new Date(iso).toLocaleString() }, relativeTime(iso, now)));
}

/** One fact: value, confidence, source, age, expiry and its actions (Edit, History, Delete). */
export function factRow(fact: Fact, now: number): HTMLLIElement {
  const cited = state.cited.has(fact.id);
  const li = h('li', { class: cited ? 'fact cited' : 'fact', id: `fact-${fact.id}`, 'data-fact-id': fact.id, 'data-key': fact.key });
  const keyId = `key-${fact.id}`;
  li.setAttribute('aria-labelledby', keyId);
  li.append(
    h('div', { class: 'fact-main' }, h('span', { class: 'fact-key', id: keyId }, fact.key), valueView(fact.value)),
    h(
      'div',
      { class: 'fact-meta' },
      cited ? h('span', { class: 'badge badge-cited' }, 'cited in the answer') : null,
      confidenceView(fact.confidence),
      sourceView(fact.source),
      timeView('updated', fact.updated_at, now, 'age'),
      fact.expires_at ? timeView('expires', fact.expires_at, now, 'expiry') : null,
    ),
    h(
      'div',
      { class: 'fact-actions' },
      h('button', { type: 'button', class: 'act-edit', 'aria-label': `Edit ${fact.key}`, on: { click: () => openEditor(li, fact) } }, 'Edit'),
      h(
        'button',
        {
          type: 'button',
          class: 'act-history',
          'aria-label': `History of ${fact.key}`,
          on: { click: (e) => void openHistory(fact, e.currentTarget as HTMLElement) },
        },
        'History',
      ),
      h('button', { type: 'button', class: 'act-delete danger', 'aria-label': `Delete ${fact.key}`, on: { click: () => scheduleDelete(fact) } }, 'Delete'),
    ),
  );
  return li;
}

function aboutView(now: number): HTMLElement {
  const visible = (key: (typeof FLAT_KEYS)[number]) => {
    const fact = state.flat.get(key);
    return fact && !state.pendingDelete.has(fact.id) ? fact : undefined;
  };
  const name = visible('name');
  const title = name ? valueSummary(name.value) : 'Unnamed user';
  const sub = state.scope === null ? 'Global profile (account-wide)' : `Collection ${state.scope}`;
  const set = FLAT_KEYS.flatMap((key) => visible(key) ?? []);
  const unset = FLAT_KEYS.filter((key) => !visible(key));
  return h(
    'div',
    {},
    h('h2', { class: 'about-name', id: 'about-heading' }, title),
    h('p', { class: 'about-sub' }, `${sub} · `, h('span', { id: 'fact-count' }, countText())),
    set.length > 0
      ? h(
          'ul',
          { class: 'facts flat', 'aria-label': 'Name, timezone and language' },
          set.map((f) => factRow(f, now)),
        )
      : null,
    unset.length > 0 ? h('p', { class: 'unset' }, `Not set: ${unset.join(', ')}.`) : null,
  );
}

function countText(): string {
  const profile = state.profile;
  if (!profile) return '';
  const ids = [...profile.profile.static, ...profile.profile.dynamic, ...state.flat.values()].map((f) => f.id);
  const count = profile.fact_count - ids.filter((id) => state.pendingDelete.has(id)).length;
  return `${count} ${count === 1 ? 'fact' : 'facts'}`;
}

/** Refresh the fact count after a row was hidden, shown or removed. */
export function updateCount(): void {
  const el = document.getElementById('fact-count');
  if (el) el.textContent = countText();
}

/** Redraw the whole profile from `state` (facts being deleted stay hidden until undone). */
export function renderProfile(): void {
  const profile = state.profile;
  const about = byId('about');
  const facts = byId('facts');
  clear(about);
  clear(facts);
  if (!profile) return;
  const now = Date.now();
  about.append(aboutView(now));
  let shown = 0;
  for (const bucket of ['static', 'dynamic'] as const) {
    const list = profile.profile[bucket].filter((f) => !state.pendingDelete.has(f.id));
    shown += list.length;
    if (list.length === 0) continue;
    const section = h('section', { class: `bucket bucket-${bucket}`, 'aria-labelledby': `bucket-${bucket}` });
    section.append(h('h3', { id: `bucket-${bucket}` }, BUCKET_TITLES[bucket].title, ' ', h('span', { class: 'muted' }, `(${BUCKET_TITLES[bucket].hint})`)));
    for (const category of CATEGORIES) {
      const inCategory = list.filter((f) => f.category === category);
      if (inCategory.length === 0) continue;
      const headingId = `cat-${bucket}-${category}`;
      section.append(
        h(
          'section',
          { class: 'category', 'aria-labelledby': headingId },
          h('h4', { id: headingId }, labelOf(category), ' ', h('span', { class: 'count' }, String(inCategory.length))),
          h(
            'ul',
            { class: 'facts' },
            inCategory.map((f) => factRow(f, now)),
          ),
        ),
      );
    }
    facts.append(section);
  }
  if (shown === 0) {
    facts.append(
      h('p', { class: 'empty' }, 'No other facts yet. Teach from a conversation or use Bulk edit to add some; agents add facts as they learn about the user.'),
    );
  }
}

/** Move keyboard focus to a fact's action button after a redraw (or to the facts heading). */
export function focusFact(id: string | null, action: 'edit' | 'history' | 'delete' = 'edit'): void {
  const li = id === null ? null : document.getElementById(`fact-${id}`);
  const target = li?.querySelector<HTMLElement>(`.act-${action}`) ?? document.getElementById('facts-heading');
  target?.focus();
}
