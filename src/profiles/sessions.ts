import type { ChatTurn } from './reasoning.js';
import type { ScopeRef, Session, SessionTurn } from './model.js';
import type { ProfileService } from './service.js';

/**
 * Dialectic sessions live in the scope document (`ScopeDoc.sessions`), so they are scoped exactly like
 * facts: a session id sent in another scope or account finds nothing there and starts empty.
 * Session-only writes go through `replaceDoc` and announce no change (facts did not change).
 */
export const SESSION_LIMITS = {
  /** Turns kept per session (user and assistant turns count separately); the oldest go first. */
  turnsPerSession: 40,
  /** Earlier turns sent to the reasoner as context. */
  contextTurns: 12,
  /** Sessions kept per scope; the least recently used go first. */
  sessionsPerScope: 50,
  /** Longest stored turn, in characters. */
  turnChars: 8000,
} as const;

/** Earlier turns of a session in this scope, oldest first, capped for context; empty when unknown here. */
export async function sessionHistory(service: ProfileService, scope: ScopeRef, id: string): Promise<ChatTurn[]> {
  const doc = await service.store.read(scope);
  const session = doc.sessions.find((s) => s.id === id);
  if (!session) return [];
  return session.turns.slice(-SESSION_LIMITS.contextTurns).map((t) => ({ role: t.role, content: t.content }));
}

/** Append turns to a session (creating it when new), evicting old turns and old sessions past the caps. */
export async function appendTurns(service: ProfileService, scope: ScopeRef, id: string, turns: readonly ChatTurn[]): Promise<void> {
  await service.replaceDoc(scope, (doc) => {
    const nowIso = new Date(service.clock()).toISOString();
    const added: SessionTurn[] = turns.map((t) => ({ role: t.role, content: clip(t.content), at: nowIso }));
    const existing = doc.sessions.find((s) => s.id === id);
    const session: Session = existing
      ? { ...existing, updated_at: nowIso, turns: [...existing.turns, ...added].slice(-SESSION_LIMITS.turnsPerSession) }
      : { id, created_at: nowIso, updated_at: nowIso, turns: added.slice(-SESSION_LIMITS.turnsPerSession) };
    const others = doc.sessions.filter((s) => s.id !== id);
    // Keep the most recently used sessions; the one just written is the newest.
    const kept = [...others]
      .sort((a, b) => (a.updated_at < b.updated_at ? 1 : a.updated_at > b.updated_at ? -1 : 0))
      .slice(0, SESSION_LIMITS.sessionsPerScope - 1);
    const keptIds = new Set(kept.map((s) => s.id));
    const sessions = [...others.filter((s) => keptIds.has(s.id)), session];
    return { doc: { ...doc, sessions }, result: undefined };
  });
}

function clip(text: string): string {
  return text.length <= SESSION_LIMITS.turnChars ? text : `${text.slice(0, SESSION_LIMITS.turnChars - 1)}…`;
}
