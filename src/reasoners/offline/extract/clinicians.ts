import { clausesOf, type Clause } from '../nlp/clauses.js';

/**
 * What a clinician or a test said about the user is the user's own health fact: "my doctor says I have
 * high blood pressure", "Doctor told I am having hypothyroidism", "the tests showed I'm coeliac". Other
 * reports stay reports ("my boss says I'm a genius"). The words after the saying verb are read as the
 * user's own clauses.
 */

const CLINICIANS = new Set(
  (
    'doctor doctors doc docs dr gp consultant specialist neurologist cardiologist psychiatrist psychologist therapist nurse physio ' +
    'physiotherapist dietitian dietician optician optometrist audiologist dentist endocrinologist rheumatologist dermatologist ' +
    'oncologist midwife obstetrician paediatrician pediatrician surgeon hospital clinic test tests scan scans results bloods mri'
  ).split(' '),
);
const SAYING = new Set(['say', 'says', 'said', 'told', 'tell', 'tells', 'confirmed', 'confirm', 'confirms', 'showed', 'shows', 'show', 'reckons', 'thinks']);
const LEAD = new Set(['me', 'us', 'that', ',', ':']);
/** The speaker is a few words at most ("my GP", "the heart specialist at St James"). */
const MAX_SPEAKER = 6;

/** The user's own clauses inside a clinician's report, or none when the clause is no such report. */
export function clinicianReport(clause: Clause): Clause[] {
  if (!clause.reported) return [];
  const tokens = clause.tokens;
  const say = tokens.findIndex((t, k) => k <= MAX_SPEAKER && SAYING.has(t.low));
  if (say <= 0 || !tokens.slice(0, say).some((t) => CLINICIANS.has(t.low))) return [];
  let from = say + 1;
  while (from < tokens.length && LEAD.has(tokens[from]!.low)) from++;
  const rest = tokens.slice(from);
  // "the doctor's told me to keep salt right down": an instruction to the user is the user's own to keep.
  if (tokens[from - 1]?.low === 'me' && rest[0]?.low === 'to' && rest[1]?.pos === 'VERB')
    return clausesOf([{ ...rest[0], text: 'I', low: 'i', lemma: 'i', pos: 'PRON', neg: false }, ...rest.slice(1)], false).filter(
      (c) => c.subject === 'self' && !c.reported,
    );
  if (!rest.some((t) => t.low === 'i' || t.low === "i'm")) return [];
  return clausesOf(rest, false).filter((c) => c.subject === 'self' && !c.reported);
}
