/**
 * "Ask about this user": POST /v1/profile/dialectic. The answer is shown with its cited facts, which
 * are highlighted in the profile; the session_id is kept so that follow-ups have the earlier turns.
 */

import { api } from './api.js';
import { announce, byId, clear, h, showError } from './dom.js';
import { focusFact } from './facts.js';
import { scopeQuery, state } from './state.js';
import type { DialecticResult } from './types.js';
import { flushDeletes } from './undo.js';

let sessionId: string | null = null;

const els = () => ({
  form: byId<HTMLFormElement>('ask-form'),
  input: byId<HTMLInputElement>('ask-input'),
  submit: byId<HTMLButtonElement>('ask-submit'),
  log: byId('ask-log'),
  error: byId('ask-error'),
  fresh: byId<HTMLButtonElement>('ask-new'),
});

/** Start over: no session, no answers, no highlights (also on scope change). */
export function resetAsk(): void {
  sessionId = null;
  const { log, error, fresh } = els();
  clear(log);
  showError(error, null);
  fresh.hidden = true;
  if (state.cited.size > 0) {
    state.cited.clear();
    state.redraw();
  }
}

function citeButton(fact: { id: string; key: string }): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link cite',
      'aria-label': `Show cited fact ${fact.key}`,
      on: {
        click: () => {
          const row = document.getElementById(`fact-${fact.id}`);
          row?.scrollIntoView({ block: 'center' });
          focusFact(fact.id, 'edit');
        },
      },
    },
    fact.key,
  );
}

async function ask(): Promise<void> {
  const { input, submit, log, error, fresh } = els();
  const question = input.value.trim();
  if (question === '') {
    input.focus();
    return;
  }
  submit.disabled = true;
  showError(error, null);
  try {
    await flushDeletes();
    const body: Record<string, unknown> = { user_message: question, ...scopeQuery() };
    if (sessionId !== null) body.session_id = sessionId;
    const res = await api<DialecticResult>('POST', '/profile/dialectic', { body });
    sessionId = res.session_id;
    fresh.hidden = false;
    state.cited = new Set(res.facts_used.map((f) => f.id));
    state.redraw();
    log.append(
      h(
        'article',
        { class: 'turn' },
        h('p', { class: 'turn-q' }, h('span', { class: 'sr-only' }, 'You asked: '), question),
        h('p', { class: 'turn-a' }, res.assistant_message),
        res.facts_used.length > 0
          ? h(
              'p',
              { class: 'turn-cites' },
              `Cited ${res.facts_used.length === 1 ? 'fact' : 'facts'} (highlighted in the profile): `,
              res.facts_used.map(citeButton),
            )
          : h('p', { class: 'turn-cites muted' }, 'No fact of this profile was relevant.'),
        h('p', { class: 'turn-meta muted' }, `Answered by the ${res.reasoner} reasoner.`),
      ),
    );
    input.value = ''; // the log is a live region: the answer is read out from there
  } catch (err) {
    showError(error, err);
  } finally {
    submit.disabled = false;
    input.focus();
  }
}

export function initAsk(): void {
  const { form, fresh } = els();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask();
  });
  fresh.addEventListener('click', () => {
    resetAsk();
    announce('New conversation: earlier questions are forgotten.');
    els().input.focus();
  });
}
