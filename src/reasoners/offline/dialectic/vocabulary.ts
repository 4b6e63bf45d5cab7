import type { Category } from '../../../profiles/model.js';

/**
 * The profile vocabulary for offline retrieval: what people ask about a user, and which keys and
 * categories answer it. Order matters: specific phrases come first and consume their words, so
 * "what do they do for fun" is about interests, not work, and "programming languages" about tools.
 */

export interface Concept {
  name: string;
  /** For abstentions: "The profile has nothing about <label>." */
  label: string;
  /** Keys that answer it; "favorite_*" matches a prefix. */
  keys: string[];
  categories: Category[];
  /** Keys or categories that answer it less directly (cited only when nothing direct exists). */
  also?: string[];
  /** Phrases that name the concept. */
  strong: RegExp[];
  /** Vague cues ("where", "like") that count only when nothing more specific was asked. */
  weak?: RegExp[];
  /** Dynamic (short-lived) facts answer it. */
  dynamic?: boolean;
}

const SUBJ = "(?:they|he|she|the user|this user|this person|the person|[a-z]+)";

export const CONCEPTS: Concept[] = [
  {
    name: 'summary',
    label: 'this user',
    keys: [],
    categories: [],
    strong: [
      /\b(?:tell me (?:everything |all |more )?about (?:the user|this user|them|him|her|this person|the person)|summari[sz]e|summary|overview|rundown|describe (?:the user|this user|them|him|her|this person)|who (?:is|are) (?:the user|this user|this person|they)\b(?! (?:talking|working))|what (?:do|does) (?:you|we|the profile) know about|everything (?:you know|we know|in the profile)|all you know|the whole profile|what(?:'s| is) in (?:the|their|his|her) profile)\b/,
    ],
  },
  {
    name: 'contact',
    label: 'their contact details',
    keys: ['email', 'phone', 'phone_number', 'contact', 'website', 'linkedin', 'twitter', 'github'],
    categories: [],
    strong: [/\b(?:e-?mail address|email|phone|phone number|contact details?|contact info\w*|reach (?:them|him|her)|linkedin|twitter|github|website)\b/],
  },
  {
    name: 'professional',
    label: 'their professional interests',
    keys: ['expertise', 'skills', 'role', 'industry', 'interests', 'goals', 'job_title'],
    categories: ['expertise', 'role', 'industry'],
    strong: [/\b(?:professional|work|career|technical) (?:interests?|focus|passions?|background|profile)\b/],
  },
  {
    name: 'current',
    label: 'what they are doing these days',
    keys: ['current_focus', 'current_status', 'current_project', 'current_location', 'current_activity'],
    categories: [],
    dynamic: true,
    strong: [
      /\b(?:working on|busy with|up to|these days|this week|this weekend|this month|right now|currently|at the moment|lately|nowadays|today|focus(?:ing|ed)? on|preparing(?: for)?|current(?:ly)? (?:project|focus|status|situation)|what(?:'s| is) (?:going on|new) with|on vacation|on holiday|out of office|availability|available (?:this|next)|projects?|deadlines?)\b/,
    ],
  },
  {
    name: 'tools',
    label: 'the tools they use',
    keys: ['tools', 'editor', 'os', 'stack', 'tech_stack', 'programming_languages', 'favorite_editor', 'favorite_language', 'favorite_programming_language'],
    categories: [],
    strong: [
      /\b(?:programming languages?|coding languages?|tech(?:nology)? stack|stack|tools?|tooling|editor|ide|software|apps?|operating system|os|computer|laptop|mac|windows|linux|phone|frameworks?|setup|code in|program in|write code in|develop in|what (?:do|does) (?:they|he|she|the user) (?:code|program|build) (?:in|with))\b/,
    ],
    weak: [/\b(?:uses?|using)\b/],
  },
  {
    name: 'interests',
    label: 'their interests',
    keys: ['interests', 'hobbies', 'passions'],
    categories: ['interests'],
    also: ['preferences', 'favorite_*'],
    strong: [
      /\b(?:for fun|free time|spare time|down ?time|hobb(?:y|ies)|pastimes?|interests?|interested in|passions?|passionate about|enjoys?|enjoy doing|into|weekends?|to relax|unwind|leisure|gifts?|presents?|fun)\b/,
    ],
  },
  {
    name: 'communication',
    label: 'how they like to be spoken to',
    keys: ['communication_style', 'tone', 'response_style', 'learning_style', 'communication'],
    categories: ['communication_style'],
    also: ['personality_traits', 'language'],
    strong: [
      /\b(?:talk(?:ing)? (?:to|with)|speak(?:ing)? (?:to|with)|communicat\w*|write (?:to|for)|writing (?:to|for)|email (?:them|him|her)|tone|style|phrase|phrasing|word (?:things|it)|respond|responses?|answers?|repl(?:y|ies)|explain\w*|explanations?|format\w*|feedback|how (?:should|do|can|could) i (?:approach|address|deal with|work with|present|pitch|brief|help)|approach (?:them|him|her)|prefer to be (?:spoken|talked|written|addressed)|like to be (?:spoken|talked|written|addressed)|bullet points?|emojis?|jargon|verbose|concise|brief|detail(?:ed)? level|how much detail|long or short|short or long|presentation|present (?:information|things)|learn best|learner|learning style)\b/,
    ],
  },
  {
    name: 'personality',
    label: 'their personality',
    keys: ['personality_traits', 'personality'],
    categories: ['personality_traits'],
    strong: [
      /\b(?:personality|what kind of person|what (?:are|is) (?:they|he|she|the user) like(?! to)|temperament|traits?|character|introvert\w*|extrovert\w*|ambivert|morning person|night owl|early bird|early riser|shy|outgoing|perfectionist|detail[- ]oriented|patient|organi[sz]ed)\b/,
    ],
  },
  {
    name: 'name',
    label: 'their name',
    keys: ['name', 'nickname', 'preferred_name', 'pronouns', 'full_name'],
    categories: ['name'],
    strong: [/\b(?:name|named|called|call (?:them|him|her)|address (?:them|him|her)|pronouns?|who am i (?:talking|speaking|chatting) (?:to|with))\b/],
  },
  {
    name: 'age',
    label: 'their age',
    keys: ['age', 'birthday', 'birth_date', 'date_of_birth', 'birth_year'],
    categories: [],
    strong: [/\b(?:age|ages|how old|birthday|birth ?date|date of birth|year of birth|when (?:were|was) (?:they|he|she|the user) born)\b/],
  },
  {
    name: 'education',
    label: 'their education',
    keys: ['education', 'degree', 'school', 'university', 'alma_mater', 'major'],
    categories: [],
    strong: [/\b(?:educat\w*|degrees?|university|universities|college|school|studied|study|studies|graduat\w*|phd|doctorate|masters?|bachelor'?s?|major(?:ed)?|alma mater|qualifications?|diploma)\b/],
  },
  {
    name: 'family',
    label: 'their family',
    keys: ['family', 'children', 'kids', 'spouse', 'partner', 'marital_status', 'relationship_status'],
    categories: [],
    strong: [/\b(?:family|families|kids?|children|child|married|marriage|spouse|wife|husband|partner|parents?|mom|mum|dad|father|mother|sons?|daughters?|relationship|single|siblings?)\b/],
  },
  {
    name: 'pets',
    label: 'pets',
    keys: ['pets', 'pet', 'dog', 'cat'],
    categories: [],
    strong: [/\b(?:pets?|dogs?|cats?|animals?|puppy|kitten)\b/],
  },
  {
    name: 'food',
    label: 'their diet and food preferences',
    keys: ['diet', 'dietary_restrictions', 'allergies', 'favorite_food', 'favorite_cuisine', 'favorite_drink', 'favorite_dish', 'food_preferences'],
    categories: [],
    also: ['dislikes'],
    strong: [/\b(?:eat|eats|eating|food|foods|diet|dietary|meals?|restaurants?|dinner|lunch|breakfast|cook|cooking|recipes?|vegetarian|vegan|cuisine|snacks?|menu|catering|allerg\w*|dishes|take ?out|order (?:food|lunch|dinner))\b/],
  },
  {
    name: 'work',
    label: 'their work',
    keys: ['role', 'company', 'industry', 'job_title', 'department', 'work_style', 'employer', 'team', 'occupation', 'title', 'position'],
    categories: ['role', 'industry'],
    also: ['expertise'],
    strong: [
      new RegExp(`\\b(?:what (?:do|does) ${SUBJ} do\\b(?! for fun| in (?:their|his|her) (?:free|spare) time| on (?:the )?weekends?| to relax| for a hobby)|for a living|jobs?|work|works|working|occupation|profession|professional(?:ly)?|careers?|role|position|title|employer|company|companies|employed|industry|industries|sector|field|business|colleagues?|team|boss|department|workplace|office|what line of work)\\b`),
    ],
  },
  {
    name: 'expertise',
    label: 'their expertise',
    keys: ['expertise', 'skills', 'specialty', 'experience'],
    categories: ['expertise'],
    also: ['education', 'role', 'tools'],
    strong: [
      /\b(?:experts?|expertise|skills?|skilled|good at|strengths?|know(?:s)? (?:a lot )?about|knowledge|knowledgeable|experience[d]?|proficien\w*|background|speciali[sz]\w*|specialty|speciality|qualified|technical|senior|seniority|beginner|novice|level|competen\w*|capable|familiar with|how well (?:do|does) (?:they|he|she) know)\b/,
    ],
  },
  {
    name: 'goals',
    label: 'their goals',
    keys: ['goals', 'goal', 'aspirations', 'ambitions', 'objectives', 'plans'],
    categories: ['goals'],
    also: ['current_focus'],
    strong: [
      /\b(?:goals?|aims?|objectives?|ambitions?|aspir\w*|trying to|want(?:s)? to|hoping|hopes? to|plans?|planning|working toward\w*|achieve|dreams?|future|next steps?|long[- ]term|short[- ]term|motivat\w*|improve)\b/,
    ],
  },
  {
    name: 'location',
    label: 'where they are',
    keys: ['location', 'city', 'country', 'hometown', 'current_location', 'address', 'region', 'state'],
    categories: [],
    also: ['timezone', 'nationality'],
    strong: [/\b(?:live|lives|living|based|located|location|reside|resides|residence|city|country|home ?town|grow up|grew up|born|moved|address|neighbou?rhood|region|state|which part of)\b/],
    weak: [/\b(?:where|from)\b/],
  },
  {
    name: 'time',
    label: 'their timezone',
    keys: ['timezone', 'time_zone', 'work_hours', 'working_hours', 'schedule', 'availability'],
    categories: ['timezone'],
    also: ['location', 'current_location'],
    strong: [
      /\b(?:time ?zones?|timezone|what time|local time|hours|working hours|time difference|when (?:can|should|could|to) (?:i|we) (?:meet|call|schedule|reach|contact|ping|message)|schedul\w*|meetings?|calls?|awake|online)\b/,
    ],
    weak: [/\bwhen\b/],
  },
  {
    name: 'language',
    label: 'the languages they speak',
    keys: ['language', 'languages', 'native_language', 'languages_spoken', 'preferred_language'],
    categories: ['language'],
    strong: [/\b(?:languages?|speak|speaks|spoken|native|mother tongue|tongue|fluent|translat\w*|bilingual|multilingual|english|spanish|french|german|portuguese|italian|japanese|chinese|mandarin|korean|arabic|hindi|russian|dutch)\b/],
  },
  {
    name: 'nationality',
    label: 'their nationality',
    keys: ['nationality', 'citizenship', 'hometown'],
    categories: [],
    strong: [/\b(?:nationality|citizen\w*|passport|ethnicity|heritage)\b/],
  },
  {
    name: 'health',
    label: 'their health',
    keys: ['allergies', 'health', 'medical_conditions', 'conditions', 'disabilities', 'accessibility'],
    categories: [],
    strong: [/\b(?:health|medical|conditions?|disabilit\w*|accessibility|medications?|allerg\w*)\b/],
  },
  {
    name: 'preferences',
    label: 'their preferences',
    keys: ['preferences', 'favorite_*', 'dislikes'],
    categories: ['preferences'],
    strong: [/\b(?:preferences?|prefers?|preferred|dislikes?|hates?|rather|can't stand|pet peeves?)\b/],
    weak: [/\b(?:favou?rites?|likes?|love|loves)\b/],
  },
];

/** Words that are about the question, not its topic; never count as unmatched topic words. */
export const GENERIC = new Set(
  (
    'user person people profile someone they them their he him his she her theirs this these that those what which who whom whose when where why how ' +
    'is are was were be been do does did have has had can could would should will shall may might must any some anything something ' +
    'tell know knows say says said about me you your we our us i my main mostly usually generally typically currently really actually exactly ' +
    'much many more most best good kind sort type thing things stuff info information detail details fact facts answer question ' +
    'please give share mention mentioned stated state listed store stored saved record recorded describe also else other another there here ' +
    'like likes lot lots well get gets got go goes going make makes use just one ones yes no not either both all every each any way ways ' +
    'prefer prefers preferred want wants need needs think thinks feel feels seem seems look looks happen happens often ever still yet already ' +
    'year years day days time times new old right left'
  ).split(/\s+/),
);

/** Key words too generic to carry a match on their own ("favorite" in favorite_food). */
export const MODIFIERS = new Set(['favorite', 'favourite', 'preferred', 'current', 'main', 'primary', 'usual', 'typical', 'personal', 'general', 'other', 'best', 'top', 'most', 'style', 'custom', 'field', 'fields']);
