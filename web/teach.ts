/**
 * "Teach from a conversation": the pasted messages go to POST /v1/profile/learn with dry_run true
 * (Preview), then without it (Apply). Apply runs the learner again on the same messages; the result
 * shown after applying is what was actually written.
 */

import { api } from './api.js';
import { diffTable, type DiffRow } from './diff.js';
import { announce, h } from './dom.js';
import { previewPanel } from './panel.js';
import { parseConversation } from './parse.js';
import { scopeQuery } from './state.js';
import type { ChatMessage, LearnChange, LearnResult } from './types.js';

function kindOf(c: LearnChange): DiffRow['kind'] {
  switch (c.action) {
    case 'create':
      return 'added';
    case 'update':
      return 'changed';
    case 'reinforce':
      return 'reinforced';
    case 'retract':
      return c.after === null ? 'removed' : 'changed';
    case 'conflict':
    case 'pending':
      return 'proposed';
    default:
      return 'kept';
  }
}

function rowsOf(res: LearnResult): DiffRow[] {
  return res.changes.map((c) => ({
    key: c.key,
    kind: kindOf(c),
    before: c.before,
    after: c.after,
    bucket: c.bucket,
    category: c.category,
    confidence: c.confidence,
  }));
}

function summary(res: LearnResult): string {
  const verb = res.status === 'preview' ? 'Would learn' : 'Learned';
  const review = res.conflicts + res.pending;
  return `${verb}: ${res.created} new, ${res.updated} changed, ${res.retracted} removed, ${res.reinforced} reinforced, ${review} to review in the Inbox (${res.reasoner} reasoner)`;
}

const panel = previewPanel<ChatMessage[]>({
  prefix: 'teach',
  parse: parseConversation,
  previewFirst: 'Preview first: Apply saves what the preview showed.',
  staleNote: 'The conversation changed since this preview: preview again before applying.',
  preview: async (messages) => {
    const res = await api<LearnResult>('POST', '/profile/learn', { body: { messages, ...scopeQuery(), dry_run: true } });
    const userTurns = messages.filter((m) => m.role === 'user').length;
    const writes = res.created + res.updated + res.reinforced + res.retracted + res.conflicts + res.pending;
    announce(writes > 0 ? `Preview ready: ${summary(res)}. Apply to save.` : 'Preview: nothing to learn from these messages.');
    return {
      nodes: [
        h(
          'p',
          { class: 'muted' },
          `Read ${messages.length} ${messages.length === 1 ? 'message' : 'messages'} (${userTurns} from the user; facts come from the user's messages only).`,
        ),
        diffTable(`Preview: ${summary(res)}`, rowsOf(res), true),
      ],
      applicable: writes > 0,
    };
  },
  apply: async (messages) => {
    const res = await api<LearnResult>('POST', '/profile/learn', { body: { messages, ...scopeQuery() } });
    announce(`${summary(res)}.`);
    return [h('p', { class: 'success' }, `${summary(res)}.`), diffTable('Saved', rowsOf(res), true)];
  },
});

export const resetTeach = (): void => panel.reset();
export const initTeach = (): void => panel.init();
