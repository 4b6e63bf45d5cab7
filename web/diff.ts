/** A preview's changes as a table of added / changed / removed rows (bulk edit and teach). */

import { h } from './dom.js';
import { labelOf, percent, valueSummary } from './parse.js';
import type { Bucket, Category } from './types.js';

export interface DiffRow {
  key: string;
  /** What the row means to the reader: added, changed, removed, unchanged, reinforced, kept, or proposed (to review). */
  kind: 'added' | 'changed' | 'removed' | 'unchanged' | 'reinforced' | 'kept' | 'proposed';
  before: unknown;
  after: unknown;
  bucket: Bucket;
  category: Category;
  confidence?: number;
}

const KIND_TEXT: Record<DiffRow['kind'], string> = {
  added: 'added',
  changed: 'changed',
  removed: 'removed',
  unchanged: 'unchanged',
  reinforced: 'reinforced',
  kept: 'kept',
  proposed: 'to review',
};

const KIND_TITLE: Partial<Record<DiffRow['kind'], string>> = {
  reinforced: 'Seen again: the stored value stays and its confidence rises',
  kept: 'Nothing to do: the stored fact stays as it is',
  proposed: 'Not written: kept in the Inbox for you to accept or reject',
};

/** Before → after: struck-through old value, bold new value; one value when nothing changes. */
function change(row: DiffRow): HTMLElement {
  const before = h('del', { class: 'diff-before' }, valueSummary(row.before));
  const after = h('ins', { class: 'diff-after' }, valueSummary(row.after));
  switch (row.kind) {
    case 'added':
      return h('td', {}, h('span', { class: 'sr-only' }, 'new value '), after);
    case 'removed':
      return h('td', {}, h('span', { class: 'sr-only' }, 'old value '), before);
    case 'changed':
    case 'proposed':
      if (row.before === null || row.before === undefined) return h('td', {}, h('span', { class: 'sr-only' }, 'new value '), after);
      if (row.after === null) return h('td', {}, h('span', { class: 'sr-only' }, 'remove '), before);
      return h(
        'td',
        {},
        h('span', { class: 'sr-only' }, 'from '),
        before,
        h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
        h('span', { class: 'sr-only' }, ' to '),
        after,
      );
    default:
      return h('td', {}, h('span', { class: 'diff-same' }, valueSummary(row.after ?? row.before)));
  }
}

export function diffTable(caption: string, rows: DiffRow[], withConfidence: boolean): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'muted diff-empty' }, `${caption}: nothing would change.`);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'diff' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Change', 'Fact', 'Value'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { class: `diff-row diff-${row.kind}`, 'data-key': row.key, 'data-kind': row.kind },
            h('td', {}, h('span', { class: `badge kind kind-${row.kind}`, title: KIND_TITLE[row.kind] }, KIND_TEXT[row.kind])),
            h(
              'th',
              { scope: 'row' },
              h('span', { class: 'diff-key' }, row.key),
              h(
                'span',
                { class: 'diff-where' },
                `${row.bucket} · ${labelOf(row.category)}`,
                withConfidence && row.confidence !== undefined ? ` · confidence ${percent(row.confidence)}` : '',
              ),
            ),
            change(row),
          ),
        ),
      ),
    ),
  );
}
