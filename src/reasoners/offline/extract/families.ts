import type { Category } from '../../../profiles/model.js';
import type { Lexicon } from './lexicon/index.js';
import { ACTIVITIES, FOLLOWING, KITCHEN_KIT, PASTIME_KIT } from './lexicon/activities.js';
import { QUALIFICATIONS, SCHOOL_WORDS, SUBJECTS } from './lexicon/education.js';
import { ALLERGENS, DIETS, FOODS } from './lexicon/food.js';
import { ACCESSIBILITY, BODY_PARTS, CONDITIONS, MEDICATIONS } from './lexicon/health.js';
import { GENDERS, LIFESTYLES, NATIONALITY_WORDS, PRONOUN_SETS, RELIGIONS, TITLES } from './lexicon/identity.js';
import { LANGUAGES, PROGRAMMING, TOOLS } from './lexicon/languages.js';
import { CLOSE_FAMILY, OCCUPATIONS, PERSON_NOUNS, PETS, RELATIONS } from './lexicon/people.js';
import { PLACES, TIMEZONES } from './lexicon/places.js';
import { CHANNELS, UNITS } from './lexicon/style.js';
import { CAUSES, POLITICS, VOLUNTEER_PLACES } from './lexicon/values.js';
import { CHAINS, FORCES, INDUSTRIES, JOBS, PLATFORMS, SHIFTS } from './lexicon/work.js';
import { lexicon, namesLexicon } from './lexicon/index.js';
import type { Family } from './pattern.js';

/** The category a family's facts get unless an entry says otherwise. */
export const FAMILY_CATEGORY: Readonly<Record<Family, Category>> = {
  identity: 'other',
  work: 'role',
  places: 'other',
  languages: 'language',
  health: 'other',
  diet: 'preferences',
  family: 'other',
  preferences: 'preferences',
  interests: 'interests',
  skills: 'expertise',
  goals: 'goals',
  events: 'other',
  education: 'other',
  values: 'personality_traits',
};

/** Keys whose value is a list that grows by union; every other key holds one value. */
export const LIST_KEYS: ReadonlySet<string> = new Set([
  'benefits',
  'nationality',
  'language',
  'language_learning',
  'preferred_language',
  'health_conditions',
  'accessibility',
  'medications',
  'diet',
  'allergies',
  'family',
  'pets',
  'past_pets',
  'communication_style',
  'preferences',
  'dislikes',
  'interests',
  'expertise',
  'skills',
  'tools',
  'goals',
  'upcoming_events',
  'travel_plans',
  'education',
  'values',
  'certifications',
]);

/** Work arrangements ("I work remotely", "fully remote", "self-employed"). */
export const WORK_STYLES = lexicon(
  'workstyle',
  `remote|remotely|fully remote|from home|wfh|hybrid|in the office|onsite|on-site|part-time|part time|full-time|full time|nights|night shifts|shifts|shift work|rotating shifts|rotating nights|rotating shift|rota|a rota|shift pattern|earlies|lates|12 hour shifts|twelve hour shifts|weekends|fifo|fly-in fly-out|fly in fly out|dido|freelance|freelancer|self-employed|self employed|sole trader|contractor|contract|on contract|agency|locum|zero hours|gig work|four day week|4 day week|compressed hours|flexi|flexitime|job share|on call|on-call|seasonal|casual|volunteer|unpaid`,
);

/** Work situations that are not a job title ("semi-retired now", "between jobs"). */
export const WORK_STATUS = lexicon(
  'workstatus',
  `retired|semi-retired|semi retired|unemployed|out of work|between jobs|job hunting|job-hunting|looking for work|on maternity leave|on paternity leave|on parental leave|on mat leave|on furlough|furloughed|on sabbatical|on a career break|self-employed|a stay at home parent|stay-at-home parent|a full-time carer|full-time carer|studying full time|medically retired|made redundant|laid off|redundant`,
);

/** Words that mark a short-lived status ("off sick", "on leave", "fasting", "on light duties", "rained off"). */
export const STATUS_WORDS = namesLexicon(
  'status',
  `sick|off sick|ill|unwell|poorly|on leave|annual leave|leave|holiday|on holiday|vacation|on vacation|pto|ooo|out of office|away|off|off work|fasting|jury duty|on call|on-call|on standby|on stand-by|covering|isolating|self-isolating|in hospital|recovering|travelling|traveling|on the road|on a trip|at a conference|snowed under|swamped|drowning|busy|exhausted|jet lagged|jetlagged|grieving|bereaved|moving house|on strike|on nights|on earlies|on lates|quarantining|on bed rest|laid up|housebound|on annual leave|on maternity leave|on paternity leave|on parental leave|on sick leave|on study leave|on compassionate leave|on mat leave|on furlough|furloughed|on sabbatical|on restricted duties|restricted duties|on light duties|light duties|rained off|day off|on lockdown|in lockdown|back at work|back in work|back on shift|back on duty|back in the office|back teaching|back working|back on the tools`,
);

/** Religious observances ("I keep Shabbat", "I observe Lent"). */
export const OBSERVANCES = lexicon(
  'observance',
  `shabbat|shabbos|sabbath|the sabbath|the sabbath day|ramadan|lent|kosher|halal|the fast|fasts|holy days|passover|diwali|navratri|karva chauth|ekadashi|yom kippur|eid|sunday as a day of rest|prayer times|salah|namaz|five daily prayers`,
);

/** Heads that make a noun phrase a workplace ("a construction firm" -> industry "construction"). */
export const WORKPLACES = lexicon(
  'workplace',
  `firm|company|startup|start-up|agency|consultancy|practice|hospital|clinic|surgery|school|college|university|bank|studio|shop|store|restaurant|hotel|cafe|café|bar|pub|factory|plant|warehouse|lab|laboratory|charity|ngo|nonprofit|non-profit|council|department|ministry|office|site|mine|farm|salon|gym|nursery|care home|trust|fund|corporation|corp|group|organisation|organization|business|brand|publisher|newspaper|magazine|channel|station|airline|airport|port|garage|workshop|bakery|b&b|bed and breakfast|guesthouse|guest house|hostel|campsite|vineyard|winery|brewery|distillery|bookshop|florist|boutique|deli|takeaway|food truck|market stall|stall|greengrocer|greengrocers|greengrocery|butchers|butcher shop|fishmonger|fishmongers|chippy|chip shop|newsagent|newsagents|corner shop|barbers|barbershop|hairdressers|launderette|coffee van|food van|burger van|ice cream van|coffee cart|food cart|laundrette|spaza|spaza shop|kiosk|kitchen|centre|center|library|museum|gallery|archive|archives|record office|records office|theatre|theater|church|mosque|temple|school district|academy|institute|foundation|co-op|cooperative|union|government|civil service|army|navy|air force|police force|fire service|nhs|federal government`,
);

/**
 * State benefits and payments one is on or claims ("I'm on universal credit", "I get PIP", "in the LCWRA group"): the
 * UK's, Australia's, New Zealand's, Canada's and the United States' main ones, by name and by their usual letters.
 */
export const BENEFITS = lexicon(
  'benefit',
  `universal credit|uc|pension credit|pip|personal independence payment|esa|employment and support allowance|jsa|jobseeker's allowance|jobseekers allowance|housing benefit|council tax reduction|council tax support|carer's allowance|carers allowance|attendance allowance|disability living allowance|dla|child benefit|tax credits|working tax credit|child tax credit|lcwra|the lcwra group|lcw|the lcw group|motability|centrelink|jobseeker|jobseeker payment|disability support pension|dsp|age pension|carer payment|carer allowance|youth allowance|austudy|rent assistance|jobseeker support|supported living payment|accommodation supplement|odsp|aish|cpp disability|ei|employment insurance|snap benefits|food stamps|medicaid|ssi|ssdi|wic|section 8|a housing voucher|housing choice voucher`,
);

/** Words that name a qualification one holds ("licence", "ticket", "certificate"). */
export const CERTIFICATES = lexicon(
  'certificate',
  `licence|license|ticket|certificate|certification|cert|qualification|accreditation|card|badge|permit|registration|endorsement`,
);

/**
 * Licences and certificates known by their letters ("I've got my PPL", "my Driver CPC", "NEBOSH"), written in capitals
 * (so that "sia" or "cpc" in lower case are left alone).
 */
const CERTIFICATE_LETTERS =
  'ppl|cpl|atpl|cpc|driver cpc|cscs|sia|pcv|cdl|nebosh|iosh|efaw|sqe|qts|acca|cima|cfa|cpa|pmp|prince2|itil|ccna|nclex|nmc pin|ahpra|dbs|imdg|nrswa|ipaf|pasma|adr|cpcs|npors|smsts|sssts|ecs';
export const NAMED_CERTIFICATES = lexicon('named_certificate', CERTIFICATE_LETTERS).abbreviations(
  CERTIFICATE_LETTERS.split('|').filter((w) => !w.includes(' ')),
);

/** How separated parents share their children ("co-parenting", "50/50", "every other weekend"). */
export const CUSTODY = lexicon(
  'custody',
  `co-parenting|coparenting|co-parent|coparent|co-parents|shared custody|split custody|joint custody|sole custody|50/50|fifty-fifty|every other weekend|alternate weekends`,
);

/** Every lexicon a pattern may name as `$name`. */
export const LEXICONS: ReadonlyMap<string, Lexicon> = new Map(
  [
    OCCUPATIONS,
    PERSON_NOUNS,
    RELATIONS,
    CLOSE_FAMILY,
    PETS,
    CONDITIONS,
    BODY_PARTS,
    ACCESSIBILITY,
    MEDICATIONS,
    DIETS,
    ALLERGENS,
    FOODS,
    LANGUAGES,
    PROGRAMMING,
    TOOLS,
    RELIGIONS,
    NATIONALITY_WORDS,
    PRONOUN_SETS,
    TITLES,
    ACTIVITIES,
    PASTIME_KIT,
    KITCHEN_KIT,
    CUSTODY,
    FOLLOWING,
    QUALIFICATIONS,
    SCHOOL_WORDS,
    PLACES,
    TIMEZONES,
    WORK_STYLES,
    WORK_STATUS,
    STATUS_WORDS,
    OBSERVANCES,
    WORKPLACES,
    UNITS,
    CHANNELS,
    GENDERS,
    CERTIFICATES,
    BENEFITS,
    PLATFORMS,
    CHAINS,
    FORCES,
    LIFESTYLES,
    JOBS,
    INDUSTRIES,
    SHIFTS,
    CAUSES,
    POLITICS,
    VOLUNTEER_PLACES,
    SUBJECTS,
  ].map((l) => [l.name, l] as const),
);
