import { log } from '../log.js';
import { LIMITS_INBOX, type Proposal, type ProposalRecord, type Rejection, type ScopeDoc, type StoredProposal } from './model.js';

/**
 * The review inbox of docs/spec.md §6: proposals kept per scope (oldest first, at most 500), and the
 * memory of rejected (key, value) pairs that are not proposed again for 90 days.
 */

/** What a write does to the inbox. */
export interface InboxEdit {
  /** New proposals (learn): each replaces an older one for the same key and value. */
  add?: readonly StoredProposal[];
  /** Proposals taken out (resolve), with the decision taken; a rejection is remembered. */
  resolved?: readonly ProposalRecord[];
  /** Proposals put back (undo of a resolve); a remembered rejection of them is forgotten. */
  restored?: readonly ProposalRecord[];
}

const DAY_MS = 24 * 3600 * 1000;

/** A comparable form of a value: strings compared ignoring case and surrounding space, lists as sets. */
export function valueKey(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (typeof v === 'string') return v.trim().toLowerCase().replace(/\s+/g, ' ');
    if (Array.isArray(v))
      return v
        .map(norm)
        .map((x) => JSON.stringify(x))
        .sort();
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, norm((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(value) ?? null);
}

export function isRejected(rejections: readonly Rejection[], key: string, value: unknown, nowIso: string): boolean {
  const wanted = valueKey(value);
  return rejections.some((r) => r.key === key && r.until > nowIso && valueKey(r.value) === wanted);
}

function withoutRecordFields(record: ProposalRecord): StoredProposal {
  const { decision: _decision, ...proposal } = record;
  return proposal;
}

/** The inbox and the rejection memory after `edit`; the same arrays when nothing changes. */
export function applyInbox(
  doc: Pick<ScopeDoc, 'proposals' | 'rejections'>,
  edit: InboxEdit,
  now: number,
): { proposals: readonly StoredProposal[]; rejections: readonly Rejection[] } {
  const nowIso = new Date(now).toISOString();
  let proposals = doc.proposals;
  let rejections = doc.rejections;
  const expired = rejections.some((r) => r.until <= nowIso);
  if (expired) rejections = rejections.filter((r) => r.until > nowIso);

  const resolvedIds = new Set((edit.resolved ?? []).map((p) => p.id));
  if (resolvedIds.size > 0) {
    proposals = proposals.filter((p) => !resolvedIds.has(p.id));
    const until = new Date(now + LIMITS_INBOX.rejectionDays * DAY_MS).toISOString();
    const added = (edit.resolved ?? [])
      .filter((p) => p.decision === 'reject')
      .map((p): Rejection => ({ proposal_id: p.id, key: p.key, value: p.after, until }));
    if (added.length > 0) rejections = [...rejections, ...added];
  }
  if (edit.restored && edit.restored.length > 0) {
    const present = new Set(proposals.map((p) => p.id));
    const back = edit.restored.filter((p) => !present.has(p.id)).map(withoutRecordFields);
    proposals = [...proposals, ...back].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const lifted = new Set(edit.restored.filter((p) => p.decision === 'reject').map((p) => p.id));
    if (lifted.size > 0) rejections = rejections.filter((r) => !lifted.has(r.proposal_id));
  }
  if (edit.add && edit.add.length > 0) {
    const fresh = edit.add;
    const replaced = new Set(fresh.map((p) => `${p.key}\u0000${valueKey(p.after)}`));
    proposals = [...proposals.filter((p) => !replaced.has(`${p.key}\u0000${valueKey(p.after)}`)), ...fresh];
  }
  if (proposals.length > LIMITS_INBOX.proposalsPerScope) {
    const dropped = proposals.length - LIMITS_INBOX.proposalsPerScope;
    log.warn('review inbox full: the oldest proposals were dropped', { dropped, kept: LIMITS_INBOX.proposalsPerScope });
    proposals = proposals.slice(dropped);
  }
  if (rejections.length > LIMITS_INBOX.rejectionsPerScope) rejections = rejections.slice(rejections.length - LIMITS_INBOX.rejectionsPerScope);
  return { proposals, rejections };
}

export function publicProposal(p: StoredProposal): Proposal {
  return {
    id: p.id,
    key: p.key,
    action: p.action,
    before: p.before,
    after: p.after,
    bucket: p.bucket,
    category: p.category,
    confidence: p.confidence,
    evidence: p.evidence,
    fact_id: p.fact_id,
    collection_id: p.collection_id,
    created_at: p.created_at,
  };
}

/** The user's words for a proposal: the reasoner's evidence, else the user message that names the value, else the last one. */
export function evidenceFor(given: string | undefined, value: unknown, userTexts: readonly string[]): string {
  const clip = (text: string) => {
    const t = text.trim().replace(/\s+/g, ' ');
    return t.length <= LIMITS_INBOX.evidenceChars ? t : `${t.slice(0, LIMITS_INBOX.evidenceChars - 1)}…`;
  };
  if (given !== undefined && given.trim() !== '') return clip(given);
  const needles = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.toLowerCase());
  for (let i = userTexts.length - 1; i >= 0; i--) {
    const text = userTexts[i]!;
    if (needles.some((n) => text.toLowerCase().includes(n))) return clip(sentenceWith(text, needles));
  }
  return clip(userTexts[userTexts.length - 1] ?? '');
}

/** The sentence of `text` that holds one of `needles` (the whole text when it is short). */
function sentenceWith(text: string, needles: readonly string[]): string {
  if (text.length <= LIMITS_INBOX.evidenceChars) return text;
  const sentences = text.split(/(?<=[.!?])\s+/);
  return sentences.find((s) => needles.some((n) => s.toLowerCase().includes(n))) ?? text;
}
