import { lexicon } from './index.js';

/**
 * Things that happen on a date: the head of "my X is on Tuesday", "X on the 3rd", "got my X Friday".
 * Broad real-world vocabulary (life events, health appointments, exams, work and travel dates, sport
 * and stage events); a clause names an upcoming event when one of these sits near its start and the
 * clause carries a present or near-future time. A word outside the model's vocabulary one edit from an entry
 * ("anniversery") is read as it.
 */
export const EVENT_NOUNS = lexicon(
  'event',
  `wedding|funeral|memorial|memorial service|wake|cremation|burial|christening|baptism|naming ceremony|mehndi|mehendi|nikah|walima|sangeet|quinceanera|quinceañera|bar mitzvah|bat mitzvah|confirmation|first communion|graduation|ceremony|citizenship ceremony|award ceremony|awards|prize giving|prizegiving|party|birthday|birthday party|anniversary|engagement party|hen do|stag do|hen party|stag party|bachelor party|bachelorette|bachelorette party|baby shower|gender reveal|housewarming|reunion|school reunion|leaving do|leaving party|leaving drinks|retirement party|retirement do|retirement bash|christmas do|works do|birthday do|family do|christmas party|office party|dinner party|date|first date|
  exam|exams|test|tests|refresher|refresher course|refresher training|driving test|theory test|practical|mock|mocks|finals|final exam|midterm|midterms|quiz|viva|defence|defense|thesis defence|dissertation|coursework|assessment|osce|board exam|boards|bar exam|resit|retake|ielts|toefl|pte|oet|nclex|gre|gmat|lsat|mcat|ucat|bmat|usmle|plab|jlpt|hsk|topik|dele|delf|dalf|cfa exam|acca exam|cpa exam|gcse|gcses|a-levels|a levels|leaving cert|jamb|waec|neco|atar exams|gaokao|jee|neet|11 plus|eleven plus|open evening|open day|taster day|taster session|enrolment day|enrollment day|book club|choir practice|band practice|rehearsal|dress rehearsal|support group|group session|support meeting|bereavement group|grief group|counselling|counseling|oral exam|oral|speaking exam|
  interview|job interview|second interview|final interview|audition|trial|tryout|try-out|assessment centre|assessment center|
  appointment|appt|dentist|dentist appointment|dental appointment|doctor's appointment|doctors appointment|gp appointment|hospital appointment|check-up|checkup|check up|follow-up|follow up|consultation|scan|ultrasound|mri|ct scan|x-ray|xray|mammogram|smear test|blood test|bloods|biopsy|colonoscopy|endoscopy|surgery|operation|op|procedure|root canal|filling|extraction|wisdom teeth|hip replacement|knee replacement|c-section|induction|physio|physio session|therapy session|counselling session|vaccination|vaccine|jab|booster|chemo|chemo session|infusion|eye test|hearing test|
  flight|trip|holiday|vacation|getaway|road trip|cruise|honeymoon|visit|move|house move|removal|removals|moving day|closing|completion|settlement|handover|
  hearing|court date|court hearing|tribunal|mediation|visa appointment|visa interview|citizenship test|
  renewal|licence renewal|medical|inspection|audit|strike|walkout|sim check|checkride|check ride|line check|revalidation|observation|
  deadline|presentation|pitch|demo|launch|go-live|release|review|appraisal|performance review|probation review|meeting|board meeting|agm|offsite|away day|conference|summit|expo|trade show|meetup|hackathon|talk|keynote|webinar|workshop|training|training course|course|induction day|first day|last day|final day|last shift|start date|orientation|placement|rotation|shift|night shift|
  gig|concert|show|recital|performance|play|opening night|exhibition|show and tell|match|game|final|cup final|tournament|race|marathon|half marathon|ultra|10k|5k|triathlon|ironman|competition|comp|grading|belt grading|regatta|meet|swim meet|sportive|event|festival|fundraiser|bake sale|fete|school play|nativity|sports day|parents evening|parents' evening|
  due date|birth|scan appointment|maternity leave|paternity leave|leave|annual leave|time off|
  ramadan|lent|passover|pesach|diwali|deepavali|eid|eid al-fitr|eid al-adha|hanukkah|chanukah|yom kippur|rosh hashanah|navratri|holi|vaisakhi|lunar new year|chinese new year|sukkot`,
).fuzzy();
