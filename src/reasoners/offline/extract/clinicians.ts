import { clausesOf, type Clause } from '../nlp/clauses.js';
import type { Token } from '../nlp/wink.js';
import { DIETS } from './lexicon/food.js';

/**
 * What a clinician or a test said about the user is the user's own health fact: "my doctor says I have
 * high blood pressure", "Doctor told I am having hypothyroidism", "the tests showed I'm coeliac". Other
 * reports stay reports ("my boss says I'm a genius"). The words after the saying verb are read as the
 * user's own clauses.
 */

const CLINICIANS = new Set(
  (
    'doctor doctors doc docs dr gp consultant specialist neurologist cardiologist psychiatrist psychologist therapist counsellor counselor nurse physio ' +
    'physiotherapist dietitian dietician optician optometrist audiologist dentist endocrinologist rheumatologist dermatologist ' +
    'oncologist midwife obstetrician paediatrician pediatrician surgeon hospital clinic test tests scan scans results bloods mri'
  ).split(' '),
);
const SAYING = new Set(['say', 'says', 'said', 'told', 'tell', 'tells', 'confirmed', 'confirm', 'confirms', 'showed', 'shows', 'show', 'reckons', 'thinks']);
const LEAD = new Set(['me', 'us', 'that', ',', ':']);
/** Words that make a verbless report a regime ("soft food only", "no alcohol for a week", "off dairy"). */
const REGIME_WORDS = new Set(['only', 'no', 'off', 'less', 'nothing']);
/** The speaker is a few words at most ("my GP", "the heart specialist at St James"). */
const MAX_SPEAKER = 6;

/** A word made up to read what a clinician said as the user's own clause ("I", "am", "on"). */
const word = (text: string, pos: string, lemma = text.toLowerCase()): Token => ({
  text,
  low: text.toLowerCase(),
  lemma,
  pos,
  neg: false,
  space: true,
  oov: false,
});

/** Where the verb of saying is when a clinician (a few words at most) says it ("my GP says …"), or -1. */
function clinicianSays(tokens: readonly Token[]): number {
  const say = tokens.findIndex((t, k) => k <= MAX_SPEAKER && SAYING.has(t.low));
  return say > 0 && tokens.slice(0, say).some((t) => CLINICIANS.has(t.low)) ? say : -1;
}

/** The user's own clauses inside a clinician's report, or none when the clause is no such report. */
export function clinicianReport(clause: Clause): Clause[] {
  if (!clause.reported) return [];
  const tokens = clause.tokens;
  const say = clinicianSays(tokens);
  if (say < 0) return [];
  let from = say + 1;
  while (from < tokens.length && LEAD.has(tokens[from]!.low)) from++;
  const rest = tokens.slice(from);
  // "the doctor's told me to keep salt right down": an instruction to the user is the user's own to keep.
  if (tokens[from - 1]?.low === 'me' && rest[0]?.low === 'to' && rest[1]?.pos === 'VERB')
    return ownClauses([{ ...word('I', 'PRON', 'i'), space: rest[0].space }, ...rest.slice(1)]);
  if (!rest.some((t) => t.low === 'i' || t.low === "i'm")) return [];
  return ownClauses(rest);
}

/** The user's own clauses among words a clinician said or set (not someone else's, not a report inside them). */
function ownClauses(tokens: readonly Token[]): Clause[] {
  return clausesOf(tokens, false).filter((c) => c.subject === 'self' && !c.reported);
}

/** Verbs of a clinician setting the user's treatment, by lemma ("put me on", "started me on", "switched me to"). */
const SETTING = new Set(['put', 'start', 'switch', 'move', 'change', 'swap', 'take', 'have', 'get']);
/** Where the treatment set begins ("on metformin", "onto insulin", "to fluoxetine"). */
const ONTO = new Set(['on', 'onto', 'to']);
/** Words that end the treatment's span ("… for my IBS", "… because of the side effects"). */
const SPAN_ENDS = new Set(['for', 'because', 'since', 'after', 'and', 'but', ',', '.', ';', '-', '—']);

/** The user's own clause "I am on …" (or "I am no longer on …") for a treatment span, and how long it lasts ("for the next 4 weeks"). */
function onTreatment(span: readonly Token[], stopped: boolean, lasting: readonly Token[] = []): Clause[] {
  if (span.length === 0) return [];
  const lead = [word('I', 'PRON', 'i'), word('am', 'AUX', 'be'), ...(stopped ? [word('no', 'ADV'), word('longer', 'ADV')] : []), word('on', 'ADP')];
  return ownClauses([...lead, ...span, ...lasting]);
}

/** "for the next 4 weeks", "for a fortnight", "until my op": how long a treatment set is kept, right after it. */
function howLong(tokens: readonly Token[], at: number): readonly Token[] {
  const first = tokens[at]?.low;
  if (first !== 'for' && first !== 'until' && first !== 'till') return [];
  let k = at + 1;
  while (k < tokens.length && k <= at + 5 && tokens[k]!.pos !== 'PUNCT' && tokens[k]!.pos !== 'CCONJ') k++;
  return tokens.slice(at, k);
}

/** Whose diagnosis it is when the verb names someone ("diagnosed my son with …", "diagnosed him"): not the user's. */
const SOMEONE = new Set(['my', 'his', 'her', 'their', 'him', 'them', 'our', 'your', 'you']);

/** Verbs of a clinician or a test finding a condition ("diagnosed", "my audiologist found mild hearing loss"). */
const FINDING = new Set(['diagnosed', 'diagnosing', 'found', 'spotted', 'detected', 'picked']);
const NOTHING = new Set(['nothing', 'no', 'none', 'anything', 'out', 'that', 'it', 'them', 'me', 'him', 'her']);

/**
 * "my GP's now diagnosed shift work sleep disorder", "the consultant diagnosed me with endometriosis": a diagnosis a
 * clinician made is the user's own "I have been diagnosed with …" (not "diagnosed my son with ADHD").
 */
function clinicianDiagnosed(tokens: readonly Token[], end: (from: number) => number): Clause[] | undefined {
  const at = tokens.findIndex((t, k) => k <= MAX_SPEAKER + 3 && FINDING.has(t.low));
  if (at <= 0 || !tokens.slice(0, at).some((t) => CLINICIANS.has(t.low))) return undefined;
  let k = at + 1;
  // "my audiologist picked up mild hearing loss"
  if (tokens[at]!.low === 'picked') {
    if (tokens[k]?.low !== 'up') return undefined;
    k++;
  }
  // ("the scan found nothing", "the GP found no sign of it", "the nurse found me a chair": no condition was found.)
  if (!tokens[at]!.low.startsWith('diagnos') && NOTHING.has(tokens[k]?.low ?? '')) return undefined;
  if (SOMEONE.has(tokens[k]?.low ?? '') || tokens[k]?.pos === 'PROPN') return undefined;
  if (tokens[k]?.low === 'me') k++;
  if (tokens[k]?.low === 'with' || tokens[k]?.low === 'as') k++;
  const span = tokens.slice(k, end(k));
  if (span.length === 0) return undefined;
  const lead = [word('I', 'PRON', 'i'), word('have', 'AUX'), word('been', 'AUX', 'be'), word('diagnosed', 'VERB', 'diagnose'), word('with', 'ADP')];
  return ownClauses([...lead, ...span]);
}

/** Who may sign the user off sick besides a clinician named: the one just spoken of ("she's signed me off for two weeks"). */
const SIGNERS = new Set(['she', 'he', 'they']);
/** What follows "signed me off" when it is sick leave: a condition, a span, "sick" (not "signed me off on cannulation"). */
const SICK_NOTE = new Set(['with', 'for', 'until', 'till', 'sick', 'work', 'from']);

/**
 * "The GP signed me off with burnout", "she's signed me off for two weeks starting Monday": a clinician's sick note is the
 * user's own "I have been signed off …", which says the condition and the time off.
 */
function clinicianSignedOff(tokens: readonly Token[]): Clause[] | undefined {
  const at = tokens.findIndex((t, k) => k <= MAX_SPEAKER + 2 && t.lemma === 'sign' && tokens[k + 1]?.low === 'me' && tokens[k + 2]?.low === 'off');
  if (at <= 0 || !tokens.slice(0, at).some((t) => CLINICIANS.has(t.low) || SIGNERS.has(t.low))) return undefined;
  const rest = tokens.slice(at + 3);
  if (!SICK_NOTE.has(rest[0]?.low ?? '')) return undefined;
  const lead = [word('I', 'PRON', 'i'), word('have', 'AUX'), word('been', 'AUX', 'be'), word('signed', 'VERB', 'sign'), word('off', 'ADP')];
  return ownClauses([...lead, ...rest]);
}

/**
 * What a clinician put the user on is the user's own treatment: "my dietitian has put me on low FODMAP",
 * "the GP started me on metformin", "my psychiatrist switched me from sertraline to fluoxetine" (and the
 * medicine switched from no longer holds), "the consultant took me off warfarin". Read as the user's
 * own "I am on …" / "I am no longer on …". Not what someone else put on anyone else, nor a boss's rota.
 */
export function clinicianRegime(clause: Clause): Clause[] {
  if (clause.subject !== 'other' || clause.question || clause.hypothetical) return [];
  const tokens = clause.tokens;
  // "Dentist says soft food only for the next fortnight", "my GP says low salt from now on": a regime said without a verb.
  const say = clinicianSays(tokens);
  const said = tokens.slice(say + 1);
  if (
    say > 0 &&
    said.length > 0 &&
    said.length <= 10 &&
    !said.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') &&
    // (a regime: a diet named, or what is kept to or cut out — not any words, nor a quotation's stand-in)
    said.some((t, k) => DIETS.matchAt(said, k) > 0 || REGIME_WORDS.has(t.low))
  )
    return onTreatment(said, false);
  const end = (from: number): number => {
    let k = from;
    // ("low-salt": a hyphen inside a word does not end it.)
    const inWord = (t: Token, n: number) => t.text === '-' && !t.space && tokens[n + 1]?.space === false;
    while (k < tokens.length && (!SPAN_ENDS.has(tokens[k]!.low) || inWord(tokens[k]!, k)) && !(k > from && ONTO.has(tokens[k]!.low))) k++;
    return k;
  };
  const diagnosis = clinicianDiagnosed(tokens, end);
  if (diagnosis) return diagnosis;
  const signedOff = clinicianSignedOff(tokens);
  if (signedOff) return signedOff;
  const verb = tokens.findIndex((t, k) => k <= MAX_SPEAKER + 2 && SETTING.has(t.lemma) && tokens[k + 1]?.low === 'me');
  if (verb <= 0 || !tokens.slice(0, verb).some((t) => CLINICIANS.has(t.low))) return [];
  let k = verb + 2;
  const out: Clause[] = [];
  if (tokens[verb]!.lemma === 'take') {
    if (tokens[k]?.low !== 'off') return [];
    return onTreatment(tokens.slice(k + 1, end(k + 1)), true);
  }
  if (tokens[k]?.low === 'from') {
    const to = end(k + 1);
    out.push(...onTreatment(tokens.slice(k + 1, to), true));
    k = to;
  }
  if (!ONTO.has(tokens[k]?.low ?? '')) return out;
  const to = end(k + 1);
  return [...out, ...onTreatment(tokens.slice(k + 1, to), false, howLong(tokens, to))];
}
