import type { ChatTurn, ExtractedFact } from '../../profiles/reasoning.js';
import {
  HEDGE,
  NEGATION,
  PAST,
  looksHypothetical,
  looksLikeQuestion,
  looksLikeRequest,
  looksReported,
  lower,
  mentionsSecret,
  splitClauses,
  splitSentences,
} from './clauses.js';
import { DYNAMIC_MARKERS, LANGUAGES, STRONG_DYNAMIC, TZ_ABBREVIATIONS } from './lexicon.js';
import { RULES, cut, items, type Candidate, type Clause } from './rules.js';
import { capitaliseWords, normaliseText } from './text.js';

/**
 * Rule-based extraction: user messages only, sentence by sentence, clause by clause. Questions,
 * requests, hypotheticals, reported speech, secrets, negated and past statements yield nothing.
 * Short assistant questions give context to short user answers ("What do you do?" -> "Nurse.").
 */

interface Found extends Candidate {
  bucket: 'static' | 'dynamic';
  ttl?: number;
}

const ACTIVITY_TTL = 14 * 24 * 3600;

export function extractFacts(messages: readonly ChatTurn[]): ExtractedFact[] {
  const found: Found[] = [];
  let lastAssistant: string | undefined;
  for (const m of messages) {
    if (m.role === 'assistant') {
      lastAssistant = m.content;
      continue;
    }
    const fromText = fromMessage(m.content);
    if (fromText.length === 0 && lastAssistant !== undefined) found.push(...fromAnswer(lastAssistant, m.content));
    found.push(...fromText);
    lastAssistant = undefined;
  }
  return finalise(found);
}

function markerTtl(text: string): number | undefined {
  for (const [re, ttl] of DYNAMIC_MARKERS) if (re.test(text)) return ttl;
  return undefined;
}

function fromMessage(content: string): Found[] {
  const out: Found[] = [];
  for (const sentence of splitSentences(content)) {
    if (sentence.question) continue;
    const low = lower(sentence.text);
    if (mentionsSecret(low) || looksLikeQuestion(low) || looksHypothetical(low) || looksReported(low)) continue;
    // A time phrase that opens the sentence ("This week, I'm ...") governs all its clauses.
    const opening = /^(?:(?:so|and|also|well|oh|btw|fyi)[,]?\s+)*((?:this|these|right|at the|for the|for|today|tonight|currently|lately|temporarily)\b[^,]{0,30}?)[, ]/.exec(low);
    const sentenceTtl = opening ? markerTtl(opening[1]!) : undefined;
    const sentenceStrong = opening ? STRONG_DYNAMIC.test(opening[1]!) : false;
    for (const text of splitClauses(sentence.text)) {
      const clause: Clause = { text, lower: lower(text) };
      const request = looksLikeRequest(clause.lower);
      for (const rule of RULES) {
        for (const cand of rule(clause)) {
          if (request && cand.key !== 'communication_style' && cand.key !== 'language') continue;
          const prefix = clause.lower.slice(0, cand.at);
          if (!cand.allowNegation && NEGATION.test(prefix)) continue;
          if (!cand.allowPast && PAST.test(clause.lower)) continue;
          out.push(place(cand, clause.lower, sentenceTtl, sentenceStrong));
        }
      }
    }
  }
  return out;
}

/** Confidence by explicitness and hedging; bucket and ttl by the statement's time frame. */
function place(cand: Candidate, low: string, sentenceTtl: number | undefined, sentenceStrong: boolean): Found {
  const confidence = HEDGE.test(low) ? Math.max(0.5, cand.confidence - 0.2) : cand.confidence;
  const ttl = markerTtl(low) ?? sentenceTtl;
  const strong = STRONG_DYNAMIC.test(low) || sentenceStrong;
  if (cand.kind === 'activity') return { ...cand, confidence, bucket: 'dynamic', ttl: ttl ?? ACTIVITY_TTL };
  if (ttl !== undefined && (cand.kind === 'preference' || strong)) {
    return { ...cand, key: cand.dynamicKey ?? cand.key, confidence, bucket: 'dynamic', ttl };
  }
  return { ...cand, confidence, bucket: 'static' };
}

const LANG_SET = new Set(LANGUAGES);
const TZ_SET = new Set(TZ_ABBREVIATIONS);

/** A short answer to the assistant's question ("What's your name?" -> "Sam"). */
function fromAnswer(assistant: string, reply: string): Found[] {
  const asked = lower(normaliseText(assistant));
  if (!asked.includes('?')) return [];
  const question = asked.slice(Math.max(0, asked.lastIndexOf('.', asked.lastIndexOf('?')) + 1));
  let r = normaliseText(reply).trim().replace(/[.!]+$/, '');
  const rl = lower(r);
  if (r.split(/\s+/).length > 6 || r.includes('?') || NEGATION.test(rl) || mentionsSecret(rl) || looksLikeRequest(rl)) return [];
  r = r.replace(/^(?:(?:it's|its|i'm|my name is|call me|i live in|i work at|i work for|i'm in|i'm from|in|from|at|mostly|just|um|uh|well|sure|yes|yeah|oh|hi|hello|hey|it is|that would be|that's)[,!]?\s+)+/i, '');
  const base = { at: 0, bucket: 'static' as const };
  if (/\b(?:your name|call you|who am i (?:talking|speaking|chatting) (?:to|with)|who are you)\b/.test(question)) {
    const name = /^([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})$/u.exec(r)?.[1] ?? (/^[a-z]+$/.test(r) ? capitaliseWords(r) : undefined);
    return name ? [{ ...base, key: 'name', value: name, category: 'name', confidence: 0.8, kind: 'identity' }] : [];
  }
  if (/\bwhat do you do\b(?! for fun| in your)|\byour (?:job|role|occupation|profession|line of work|job title|title)\b|\bwhat (?:kind of )?work do you do\b|\bdo for (?:a living|work)\b/.test(question)) {
    const role = cut(r.replace(/^(?:a|an)\s+/i, ''), /\s+(?:at|for|with|in)\b/i);
    if (!/\b(?:engineer|developer|designer|manager|teacher|nurse|doctor|lawyer|student|analyst|scientist|consultant|writer|founder|accountant|chef|pilot|researcher|architect|marketer|programmer|artist|retired|freelancer|technician|therapist|pharmacist|professor|journalist|editor|recruiter|ceo|cto|cfo|pm|lead|director|owner|officer|specialist|assistant|coordinator)s?\b/i.test(role)) return [];
    return [{ ...base, key: 'role', value: role.toLowerCase() === role ? role : role, category: 'role', confidence: 0.75, kind: 'identity' }];
  }
  if (/\bwhere (?:do you live|are you (?:based|located|from)|do you (?:call home|reside)|is home)\b|\bwhich city\b|\bwhat city\b/.test(question)) {
    const place = /^([A-Z][\p{L}'.-]+(?:[\s-][A-Z][\p{L}'.-]+)*(?:,\s*[A-Z][\p{L}.]+)?)$/u.exec(r)?.[1];
    return place ? [{ ...base, key: /are you from/.test(question) ? 'hometown' : 'location', value: place, category: 'custom_fields', confidence: 0.75, kind: 'identity' }] : [];
  }
  if (/\btime ?zone\b/.test(question)) {
    const tz = r.trim();
    const low = tz.toLowerCase();
    if (TZ_SET.has(low) || /^[A-Za-z]+\/[A-Za-z_]+$/.test(tz) || /^(?:utc|gmt)\s*[+-]\s*\d{1,2}$/i.test(tz)) {
      return [{ ...base, key: 'timezone', value: /\//.test(tz) ? tz : tz.toUpperCase().replace(/\s+/g, ''), category: 'timezone', confidence: 0.8, kind: 'identity' }];
    }
    return [];
  }
  if (/\blanguage\b/.test(question)) {
    const langs = r.split(/\s*(?:,|\band\b)\s*/i).map((x) => x.toLowerCase().trim()).filter((x) => LANG_SET.has(x));
    return langs.length > 0 ? [{ ...base, key: 'language', value: langs.length === 1 ? capitaliseWords(langs[0]!) : langs.map(capitaliseWords), category: 'language', confidence: 0.8, kind: 'identity' }] : [];
  }
  if (/\b(?:hobbies|for fun|free time|spare time|interests)\b/.test(question)) {
    const its = items(r.toLowerCase(), 4);
    return its.length > 0 ? [{ ...base, key: 'interests', value: its, category: 'interests', confidence: 0.75, kind: 'preference' }] : [];
  }
  return [];
}

/** Merge duplicates (lists by union, scalars by confidence) and resolve "from X" vs "live in Y". */
function finalise(found: Found[]): ExtractedFact[] {
  const livesSomewhere = found.some((f) => f.key === 'location' && f.via !== 'from');
  const byKey = new Map<string, Found>();
  for (const f0 of found) {
    const f = f0.via === 'from' && livesSomewhere ? { ...f0, key: 'hometown' } : f0;
    const twin = byKey.get(f.key);
    if (!twin) {
      byKey.set(f.key, f);
      continue;
    }
    if (Array.isArray(twin.value) || Array.isArray(f.value)) {
      const a = Array.isArray(twin.value) ? twin.value : [String(twin.value)];
      const b = Array.isArray(f.value) ? f.value : [String(f.value)];
      const merged = [...a];
      for (const item of b) if (!merged.some((x) => x.toLowerCase() === item.toLowerCase())) merged.push(item);
      byKey.set(f.key, { ...twin, value: merged, confidence: Math.max(twin.confidence, f.confidence) });
    } else if (f.confidence >= twin.confidence) {
      byKey.set(f.key, f);
    }
  }
  return [...byKey.values()].map((f) => {
    const fact: ExtractedFact = {
      key: f.key,
      value: f.value,
      category: f.category,
      bucket: f.bucket,
      confidence: Math.round(f.confidence * 100) / 100,
    };
    if (f.bucket === 'dynamic') fact.ttl_seconds = f.ttl ?? ACTIVITY_TTL;
    return fact;
  });
}
