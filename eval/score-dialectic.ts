import { askProfile } from '../src/profiles/dialectic.js';
import type { Reasoner } from '../src/profiles/reasoning.js';
import type { CreateFactParams } from '../src/profiles/schemas.js';
import { questionId, type DialecticProfile } from './format.js';
import { ACCOUNT, freshService } from './service.js';
import { add, ratio, type Ratio } from './tally.js';

/**
 * Dialectic scoring: each profile is loaded into a fresh scope (keys in `dynamic_keys` dynamic with a
 * 7-day expiry, the rest static, as manual facts), then every question is asked through askProfile.
 */

const WEEK_SECONDS = 7 * 24 * 3600;

/** "The profile has nothing about it", in the ways an answer may say so. */
export const ABSTAINS =
  /\b(?:(?:has|have|holds?|contains?|there(?:'s| is)) (?:nothing|no (?:information|info|record|details?|facts?|data|mention))|no (?:information|info|record|details?|facts?|data|mention)|does(?:n't| not) (?:say|mention|include|contain|record|know|have|hold|specify|tell|list|cover)|(?:isn't|is not|aren't|are not|not) (?:recorded|stored|mentioned|known|listed|specified|saved|in (?:the|their|this|your|his|her) profile)|nothing (?:about|on|in|recorded|stored|relevant)|(?:can't|cannot|can not|unable to) (?:tell|say|answer|find)|(?:don't|do not) (?:know|have))\b/i;

export interface DialecticFailure {
  id: string;
  why: string;
  answer: string;
  cited: string[];
}

export interface DialecticReport {
  questions: number;
  /** Answerable questions whose every expect_key was cited. */
  retrieval: Ratio;
  /** Answerable questions whose answer text holds answer_token. */
  answer: Ratio;
  /** Cited keys (answerable questions) that are in expect_keys or also_ok_keys. */
  citation: Ratio;
  /** Unknown questions answered with no citation and an abstention. */
  abstention: Ratio;
  /** The same, on unknown questions about other people (tag third_party). */
  thirdParty: Ratio;
  /** Questions whose askProfile call threw (each also fails its question). */
  errors: number;
  failures: DialecticFailure[];
}

async function loadProfile(profile: DialecticProfile) {
  const service = freshService();
  const dynamic = new Set(profile.dynamic_keys ?? []);
  for (const [key, raw] of Object.entries(profile.facts)) {
    const value = raw as CreateFactParams['value'];
    await service.createFact(ACCOUNT, dynamic.has(key) ? { key, value, bucket: 'dynamic', ttl_seconds: WEEK_SECONDS } : { key, value });
  }
  return service;
}

export async function scoreDialectic(reasoner: Reasoner, profiles: readonly DialecticProfile[]): Promise<DialecticReport> {
  const r: DialecticReport = {
    questions: 0,
    retrieval: ratio(),
    answer: ratio(),
    citation: ratio(),
    abstention: ratio(),
    thirdParty: ratio(),
    errors: 0,
    failures: [],
  };
  for (const profile of profiles) {
    const service = await loadProfile(profile);
    for (const q of profile.questions) {
      r.questions++;
      const id = questionId(profile.profile_id, q.q);
      let text = '';
      let cited: string[] = [];
      let error: string | undefined;
      try {
        const result = await askProfile(service, reasoner, ACCOUNT, { user_message: q.q });
        text = result.assistant_message;
        cited = result.facts_used.map((f) => f.key);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        r.errors++;
      }
      const fail = (why: string) => r.failures.push({ id, why: error ? `${why} (error: ${error})` : why, answer: text, cited });
      if (q.unknown) {
        const abstained = error === undefined && cited.length === 0 && ABSTAINS.test(text);
        add(r.abstention, abstained);
        if (q.tags?.includes('third_party')) add(r.thirdParty, abstained);
        if (!abstained) fail(cited.length > 0 ? 'should abstain, but cited facts' : 'should abstain, but did not say the profile has nothing');
        continue;
      }
      const expected = q.expect_keys ?? [];
      const allowed = new Set([...expected, ...(q.also_ok_keys ?? [])]);
      const missing = expected.filter((k) => !cited.includes(k));
      const answered = q.answer_token === undefined || text.toLowerCase().includes(q.answer_token.toLowerCase());
      add(r.retrieval, missing.length === 0 && error === undefined);
      add(r.answer, answered && error === undefined);
      for (const k of cited) add(r.citation, allowed.has(k));
      const why = [
        missing.length > 0 ? `missing ${missing.join(', ')}` : '',
        answered ? '' : `answer lacks ${JSON.stringify(q.answer_token)}`,
        cited
          .filter((k) => !allowed.has(k))
          .map((k) => `cited off-topic ${k}`)
          .join(', '),
      ].filter(Boolean);
      if (why.length > 0 || error) fail(why.join('; ') || 'error');
    }
  }
  return r;
}
