import type { Category } from '../../profiles/model.js';
import {
  COMM_TERMS,
  DIETS,
  ENTHUSIAST_INTERESTS,
  FAMILY_NOUNS,
  INDUSTRIES,
  LANGUAGES,
  NATIONALITIES,
  NUMBER_WORDS,
  PET_NOUNS,
  ROLE_HEADS,
  TOOLS,
  TRAITS,
  TZ_ABBREVIATIONS,
  WORKPLACE_INDUSTRY,
} from './lexicon.js';
import { capitaliseWords } from './text.js';

/**
 * The extraction rules. Each rule reads one clause (original text plus a same-length lower-case copy)
 * and proposes candidates. Rules anchor on a first-person subject, so statements about other people
 * never match; the pipeline (extract.ts) filters questions, requests, hypotheticals, negations and
 * past states before and around them.
 */

/** How a rule's fact reacts to "currently"/"this week": identity facts only to strong markers. */
export type Kind = 'identity' | 'preference' | 'activity';

export interface Candidate {
  key: string;
  value: string | string[] | number;
  category: Category;
  confidence: number;
  kind: Kind;
  /** Key to use instead when the statement is short-lived (location -> current_location). */
  dynamicKey?: string;
  /** Where the trigger ended in the clause: negation is checked before this point. */
  at: number;
  /** The rule tolerates a negation before the trigger (diet: "I don't eat pork"). */
  allowNegation?: boolean;
  /** The rule is about a lasting past event (born, grew up, studied, moved). */
  allowPast?: boolean;
  /** Which rule family produced it, when the pipeline needs to know ("from" for "I'm from X"). */
  via?: string;
}

export interface Clause {
  /** Original text (typography normalised). */
  text: string;
  /** Same-length lower case. */
  lower: string;
}

type Rule = (c: Clause) => Candidate[];

// ---- building blocks ----

const alt = (items: readonly string[]) =>
  [...items]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const ADV =
  "(?:(?:currently|now|also|still|actually|really|mostly|mainly|primarily|usually|generally|basically|just|recently|originally|already|definitely|absolutely|totally|truly|honestly|personally|very|so|quite|pretty|super|kind of|sort of|kinda|a bit of|a little|somewhat|probably|typically|always|mainly|happily|proudly|full-time|part-time|officially|technically)\\s+)*";
const IM = `\\b(?:i'm|i've been|i have been)\\s+${ADV}`;
const I = `\\bi\\s+${ADV}`;
const ART = '(?:(?:a|an|the)\\s+)?';

const ROLE_HEAD_RE = alt(ROLE_HEADS);
const INDUSTRY_RE = alt(INDUSTRIES);
const LANG_RE = alt(LANGUAGES);
const NATIONALITY_RE = alt(NATIONALITIES);
const TRAIT_RE = alt(TRAITS);
const DIET_RE = alt(DIETS);
const TOOL_SET = new Set(TOOLS);
const LANG_SET = new Set(LANGUAGES);
const INDUSTRY_SET = new Set(INDUSTRIES);
const COMM_RE = new RegExp(`(?:^|[^a-z])(?:${alt(COMM_TERMS)})(?:$|[^a-z])`);
const TZ_RE = `(?:[a-z]+/[a-z_]+(?:/[a-z_]+)?|(?:utc|gmt)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|(?:${alt(TZ_ABBREVIATIONS)})|(?:pacific|eastern|central|mountain|atlantic|alaska|hawaii|central european|eastern european|western european|british summer|greenwich mean|india standard|japan standard|australian eastern)\\s+(?:standard\\s+|daylight\\s+)?time)`;

/** Words that end a value. */
const STOP_AT =
  /\s+(?:and i|and my|but|because|since|so that|so i|which|who|where|when|while|although|though|except|unless|until|as well as|for (?:the )?(?:past|last)\b|for (?:\d+|a|many|several|two|three|four|five|six|seven|eight|nine|ten|over|almost|about|nearly) (?:\w+ )?(?:years?|months?|weeks?|decades?)|these days|right now|at the moment|this week|this month|this year|currently|nowadays|lately|today|anyway|btw|by the way|haha|lol)\b|\s*[,;:!?()"]|\.(?:\s|$)|\s+-\s+/;

const STOP_AT_LIST = new RegExp(STOP_AT.source.replace('|\\s*[,;:!?()"]|', '|\\s*[;:!?()"]|'));

/** The value part of a clause, cut where the value ends; `list` keeps commas (for "a, b and c"). */
export function cut(text: string, extra?: RegExp, list = false): string {
  let out = text;
  const m = (list ? STOP_AT_LIST : STOP_AT).exec(out);
  if (m) out = out.slice(0, m.index);
  if (extra) {
    const e = extra.exec(out);
    if (e) out = out.slice(0, e.index);
  }
  return out
    .replace(/\s+(?:too|as well|also|a lot|very much|so much|really|though|tbh|honestly|lol|haha)$/i, '')
    .replace(/[.\s]+$/, '')
    .trim();
}

const cutList = (text: string, extra?: RegExp) => cut(text, extra, true);

/** Match `re` (case-insensitive source on the lower copy) with group indices. */
function find(c: Clause, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(c.lower);
}

/** The original-cased text of a named group. */
function group(c: Clause, m: RegExpExecArray, name: string): string | undefined {
  const span = m.indices?.groups?.[name];
  if (!span) return undefined;
  return c.text.slice(span[0], span[1]);
}

function groupStart(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index + m[0].length;
}

/** Text of the clause from a named group's start to the clause end. */
function restFrom(c: Clause, m: RegExpExecArray, name: string): string {
  return c.text.slice(groupStart(m, name));
}

const R = (source: string) => new RegExp(source, 'du');

const PROPER = /^(?:the\s+)?((?:[A-Z0-9][\p{L}\p{N}&'.\-]*)(?:\s+(?:&\s+)?(?:[A-Z0-9][\p{L}\p{N}&'.\-]*|(?:of|de|da|do|del|la|le|du|am|upon|on|sur)(?=\s+[A-Z])|and(?=\s+[A-Z])|for(?=\s+[A-Z])))*)/u;
const PLACE_TAIL = /^,\s*([A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)?)/u;
const NOT_A_NAME = /^(?:i|a|an|the|my|me|it|this|that|there|here|now|today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|ok|okay|yes|no|sure|hi|hello|hey|thanks|lol|haha)$/i;
const LOWER_PLACE_STOP = /^(?:a|an|the|my|our|their|his|her|this|that|some|one|two|three|here|there|home|town|bed|love|charge|favor|favour|touch|trouble|pain|time|need|doubt|general|fact|order|line|person|public|private|case|front|between|search|shape|debt|college|school|work|hospital)$/;

/** A proper-noun phrase (company, place) starting at `from` in the original text. */
function properAt(text: string, from: number, place = false): string | undefined {
  const slice = text.slice(from);
  const m = PROPER.exec(slice);
  if (m) {
    let name = m[1]!.replace(/[.'-]+$/, (s) => (/\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St)\.$/.test(m[1]!) ? s : ''));
    if (place) {
      const tail = PLACE_TAIL.exec(slice.slice(m[0].length));
      if (tail) name = `${name}, ${tail[1]}`;
    }
    name = name.replace(/\s+(?:and|for|of|on)$/i, '');
    if (NOT_A_NAME.test(name.split(/\s+/)[0]!)) return undefined;
    return name;
  }
  // All-lower-case typing: accept up to three plain words (places only; a company needs its capitals).
  if (!place) return undefined;
  const words = cut(slice).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return undefined;
  if (words.some((w) => LOWER_PLACE_STOP.test(w) || !/^[\p{Ll}][\p{Ll}'.-]*$/u.test(w))) return undefined;
  return capitaliseWords(words.join(' '));
}

/** Split "hiking, photography and jazz" into items; drop pronouns and deictic or vague items. */
const BAD_ITEM =
  /^(?:it|this|that|these|those|them|you|your|yours|my|mine|our|his|her|their|the idea|the way|how|when|what|why|where|who|whatever|everything|anything|something|nothing|stuff|things|lots|a lot|much|more|not|no|none|doing that|doing this|being|to be|one|ones|him|us|me|myself|people|he|she|they|here|there)\b/i;

export function items(text: string, maxWords = 6): string[] {
  const parts = text
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+&\s+|\s+or\s+|\s+as well as\s+|\s*\/\s*(?=[a-z])/i)
    .map((s) => s.replace(/^(?:a|an|also|especially|mostly|mainly|really|all kinds of|all sorts of|lots of|a lot of|anything to do with|everything about)\s+/i, '').trim())
    .map((s) => s.replace(/^to\s+/i, ''));
  // "I like it, let's go with..." — a deictic object makes the whole list meaningless.
  if (parts.length === 0 || BAD_ITEM.test(parts[0]!)) return [];
  return parts.filter((s) => s.length > 1 && !BAD_ITEM.test(s) && !/\b(?:let's|let us|go with|you)\b/i.test(s) && s.split(/\s+/).length <= maxWords);
}

const c = (
  key: string,
  value: Candidate['value'],
  category: Category,
  confidence: number,
  kind: Kind,
  at: number,
  extra: Partial<Candidate> = {},
): Candidate => ({ key, value, category, confidence, kind, at, ...extra });

function hasRoleHead(phrase: string): boolean {
  return new RegExp(`(?:^|\\s)(?:${ROLE_HEAD_RE})s?$`, 'i').test(phrase.toLowerCase().trim());
}

const FUNCTION_WORD = /\b(?:of|for|with|in|to|the|and|at|who|that|this|my|your|like|than|fan|bit|lot|little|big fan|huge fan|from|on|about|by)\b/i;

function cleanRole(raw: string): string | undefined {
  const phrase = cut(raw, /\s+(?:at|for|with|in|on|since|from|by|who|working|based|and)\b/i);
  if (!phrase || phrase.split(/\s+/).length > 6) return undefined;
  if (!hasRoleHead(phrase)) return undefined;
  if (FUNCTION_WORD.test(phrase.replace(/\b(?:head|vp|director|vice president|chief \w+ officer) of\b/i, ''))) return undefined;
  return phrase;
}

function industryOf(phrase: string): string | undefined {
  const lowered = phrase.toLowerCase();
  for (const [noun, industry] of Object.entries(WORKPLACE_INDUSTRY)) {
    if (new RegExp(`\\b${noun}\\b`).test(lowered)) return industry;
  }
  const words = lowered.split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const w = words.slice(i, i + n).join(' ');
      if (INDUSTRY_SET.has(w) && !['product', 'engineering', 'operations', 'data', 'design', 'research', 'sales', 'it'].includes(w)) return w;
    }
  }
  return undefined;
}

/** Company after "at/for": a proper name, or "a fintech startup"-style description. */
function workplace(c0: Clause, from: number): { company?: string; industry?: string } {
  const proper = properAt(c0.text, from);
  if (proper && /^[A-Z0-9]/.test(proper)) return { company: proper };
  const generic = /^(?:a|an)\s+((?:[\w-]+\s+){0,3}?(?:startup|start-up|company|firm|agency|hospital|clinic|bank|school|university|college|restaurant|hotel|non-?profit|ngo|studio|lab|shop|store|bakery|cafe|factory|government agency|consultancy|pharmacy|newspaper|magazine|publisher|retailer|manufacturer|charity|nonprofit))\b/i.exec(
    c0.text.slice(from),
  );
  if (!generic) return {};
  // A description ("a fintech startup") is not a company name; keep only the industry it implies.
  return { industry: industryOf(generic[1]!) };
}

// ---- the rules ----

const nameRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\bmy (?:full |first |real |given )?name(?:'s| is)\\s+(?<v>[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2})`));
    if (!m) return [];
    const words = group(cl, m, 'v')!.split(/\s+/);
    const kept: string[] = [];
    for (const w of words) {
      if (/^(?:and|but|by|from|i|i'm|btw|though|too|also|not|which)$/i.test(w)) break;
      kept.push(w);
    }
    if (kept.length === 0 || NOT_A_NAME.test(kept[0]!)) return [];
    return [c('name', capitaliseWords(kept.join(' ')), 'name', 0.9, 'identity', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`(?:^|\\b)(?:(?:you can |please |just )?call me|i go by|people call me|everyone calls me|my friends call me|name's)\\s+(?<v>\\S+(?:\\s+\\S+)?)`));
    if (!m) return [];
    const raw = group(cl, m, 'v')!;
    const name = /^([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u.exec(raw)?.[1];
    if (!name || NOT_A_NAME.test(name) || /\//.test(raw)) return [];
    return [c('name', name, 'name', 0.85, 'identity', groupStart(m, 'v'))];
  },
  (cl) => {
    // "Hi, I'm Sarah" / a clause that is only "I'm Sarah" / "this is Sarah".
    const m = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening))(?: there)?[,!.]?\s+)?(?:[Ii]'m|[Tt]his is|[Ii]t's)\s+(?<v>[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)(?<rest>.*)$/du.exec(cl.text);
    if (!m) return [];
    const name = m.groups!.v!;
    const greeted = /^(?:hi|hello|hey|hiya|greetings|good)/i.test(cl.text);
    const rest = m.groups!.rest!.trim();
    const restOk = rest === '' || /^(?:[,.!-]|here\b|and\b|from\b|by the way\b)/i.test(rest);
    if (!restOk || (!greeted && !/^i'm\s/i.test(cl.text))) return [];
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (NOT_A_NAME.test(first) || LANG_SET.has(first) || new RegExp(`^(?:${NATIONALITY_RE})$`).test(first)) return [];
    if (/^(?:back|fine|good|great|ok|okay|sorry|new|ready|done|here|busy|tired|happy|excited|curious|confused|stuck|lost|sure|not)$/i.test(first)) return [];
    const at = m.indices?.groups?.v?.[0] ?? 0;
    const out = [c('name', name, 'name', greeted ? 0.85 : 0.7, 'identity', at)];
    // "I'm Sarah, a nurse at St. Mary's"
    const appositive = /^,\s+(?:a|an|the)\s+/i.exec(rest);
    if (appositive) {
      const from = cl.text.length - rest.length + appositive[0].length;
      const role = cleanRole(cl.text.slice(from)) ?? headOfRole(cl.text.slice(from));
      if (role) out.push(c('role', role, 'role', 0.8, 'identity', from), ...companyAfter(cl, from + role.length));
    }
    return out;
  },
  (cl) => {
    const m = find(cl, R(`\\bmy pronouns are\\s+(?<v>[a-z]+\\s*/\\s*[a-z]+(?:\\s*/\\s*[a-z]+)?)|\\bi use\\s+(?<w>(?:she|he|they|xe|ze)\\s*/\\s*[a-z]+)\\s+pronouns`));
    if (!m) return [];
    const v = (group(cl, m, 'v') ?? group(cl, m, 'w'))!.replace(/\s+/g, '').toLowerCase();
    return [c('pronouns', v, 'custom_fields', 0.9, 'identity', m.index + m[0].length)];
  },
];

const ageRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\bi'm\\s+(?<v>\\d{1,3})(?<unit>\\s+years?\\s+old|\\s*(?:yo|y/o|yrs old)\\b)?(?=$|\\s*[,.!;]|\\s+(?:and|but|so)\\b)`));
    if (m) {
      const n = Number(m.groups!.v);
      if (n >= 10 && n <= 110) return [c('age', n, 'custom_fields', m.groups!.unit ? 0.9 : 0.75, 'identity', m.index)];
    }
    const d = find(cl, R(`\\bi'm in my\\s+(?<v>(?:early |mid |mid-|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|[1-9]0s|[1-9]0's))`));
    if (d) return [c('age', group(cl, d, 'v')!.replace("'s", 's'), 'custom_fields', 0.8, 'identity', d.index)];
    const t = find(cl, R(`\\bi (?:just )?turned\\s+(?<v>\\d{2})\\b`));
    if (t) return [c('age', Number(t.groups!.v), 'custom_fields', 0.85, 'identity', t.index, { allowPast: true })];
    return [];
  },
];

const roleRules: Rule[] = [
  (cl) => {
    // "I'm a senior engineer at Acme", "I've been a nurse for ten years"
    const m = find(cl, R(`${IM}(?:a|an|the)\\s+(?<v>[^,;.!?]+)`));
    if (!m) return [];
    const raw = group(cl, m, 'v')!;
    const role = cleanRole(raw) ?? headOfRole(raw);
    if (!role) return [];
    const out = [c('role', role, 'role', 0.8, 'identity', groupStart(m, 'v'))];
    out.push(...companyAfter(cl, groupStart(m, 'v') + role.length));
    return out;
  },
  (cl) => {
    const m = find(cl, R(`\\b(?:i\\s+${ADV}(?:work|am working|'m working|have been working|'ve been working)|i'm\\s+${ADV}(?:working|employed)|i've been\\s+${ADV}(?:working|employed)|i\\s+${ADV}serve|my (?:day )?job)\\s+as\\s+${ART}(?<v>[^,;.!?]+)`));
    if (!m) return [];
    const phrase = cut(group(cl, m, 'v')!, /\s+(?:at|for|with|in|on|since|from|by|and)\b/i);
    if (!phrase || phrase.split(/\s+/).length > 6 || /\b(?:well|hard|much|team|part of)\b/i.test(phrase)) return [];
    return [c('role', phrase, 'role', 0.9, 'identity', groupStart(m, 'v')), ...companyAfter(cl, groupStart(m, 'v') + phrase.length)];
  },
  (cl) => {
    const m = find(cl, R(`\\bmy (?:current |official |new )?(?<k>job title|title|role|position|job|occupation|profession) is\\s+${ART}(?<v>[^,;.!?]+)`));
    if (!m) return [];
    const explicit = m.groups!.k !== 'job';
    const phrase = cut(group(cl, m, 'v')!, /\s+(?:at|for|with|in|on|since|from|and)\b/i);
    if (!phrase || phrase.split(/\s+/).length > 6) return [];
    if (!hasRoleHead(phrase) && (!explicit || /^(?:very|so|really|quite|pretty|too|kind of|a bit|boring|hard|stressful|fun|great|ok|okay|fine|busy|demanding|tough|easy)\b/i.test(phrase))) return [];
    return [c('role', phrase, 'role', 0.9, 'identity', groupStart(m, 'v')), ...companyAfter(cl, groupStart(m, 'v') + phrase.length)];
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?<v>retired|unemployed|self-employed|between jobs|a stay-at-home (?:mom|mum|dad|parent)|a full-time (?:mom|mum|dad|parent)|freelancing|job hunting|a freelancer|a contractor)\\b`));
    if (!m) return [];
    const v = group(cl, m, 'v')!.replace(/^a\s+/i, '');
    return [c('role', v.toLowerCase(), 'role', 0.8, 'identity', groupStart(m, 'v'))];
  },
  (cl) => {
    // "I run a small bakery", "I own a consulting firm", "I founded Acme"
    const m = find(cl, R(`\\bi\\s+${ADV}(?<verb>run|own|founded|co-founded|cofounded|started|manage)\\s+(?<v>(?:a|an|my own|my|our)\\s+[^,;.!?]+|[A-Z][^,;.!?]*)`));
    if (!m) return [];
    const verb = m.groups!.verb!;
    const raw = group(cl, m, 'v')!;
    if (/^[A-Z]/.test(raw)) {
      const company = properAt(cl.text, groupStart(m, 'v'));
      if (!company || !/^[A-Z]/.test(company) || verb === 'manage') return [];
      return [
        c('company', company, 'custom_fields', 0.85, 'identity', groupStart(m, 'v')),
        c('role', /found/.test(verb) ? 'founder' : 'owner', 'role', 0.75, 'identity', groupStart(m, 'v')),
      ];
    }
    const phrase = cut(raw.replace(/^(?:my own|my|our)\s+/i, 'a '), /\s+(?:in|at|with|for|called|named)\b/i).replace(/^(?:a|an)\s+/i, '');
    if (!/\b(?:business|company|startup|start-up|firm|agency|shop|store|bakery|restaurant|cafe|studio|practice|clinic|consultancy|nonprofit|non-profit|charity|team|department|lab|farm|salon|gym|bar|brewery)\b/i.test(phrase)) return [];
    if (phrase.split(/\s+/).length > 5) return [];
    if (verb === 'manage') return [c('role', `manager of a ${phrase}`, 'role', 0.75, 'identity', groupStart(m, 'v'))];
    const out = [c('role', `${/found|start/.test(verb) ? 'founder' : 'owner'} of a ${phrase}`, 'role', 0.8, 'identity', groupStart(m, 'v'))];
    const industry = industryOf(phrase);
    if (industry) out.push(c('industry', industry, 'industry', 0.7, 'identity', groupStart(m, 'v')));
    return out;
  },
  (cl) => {
    // "I'm a runner" and friends: an interest, not a job.
    const m = find(cl, R(`${IM}(?:a|an)\\s+(?:(?:big|huge|avid|keen|passionate|serious|casual|amateur|hobby|hobbyist|enthusiastic|dedicated|total|real|bit of a)\\s+)*(?<v>${alt(Object.keys(ENTHUSIAST_INTERESTS))})\\b`));
    if (!m) return [];
    const what = group(cl, m, 'v')!.toLowerCase().replace(/\s+/g, ' ');
    const prefix = cl.lower.slice(m.index, groupStart(m, 'v'));
    // A professional photographer/baker is a job; handled by the role rule.
    if (/\b(?:professional|full-time)\b/.test(prefix)) return [];
    if (['photographer', 'baker'].includes(what) && !/\b(?:amateur|hobby|hobbyist|avid|keen|passionate|casual|big|huge)\b/.test(prefix)) return [];
    const interest = ENTHUSIAST_INTERESTS[what];
    return interest ? [c('interests', [interest], 'interests', 0.75, 'preference', groupStart(m, 'v'))] : [];
  },
];

/** "head of engineering", "VP of Sales", "director of marketing" */
function headOfRole(raw: string): string | undefined {
  const m = /^((?:senior |junior |associate |assistant |deputy |interim |acting )?(?:head|director|vp|vice president|chief [a-z]+ officer|manager|lead|dean|chair|professor) of [a-z][a-z &-]{1,40}?)(?=$|\s+(?:at|for|with|in|since|and)\b|[,.;])/i.exec(cut(raw));
  return m?.[1];
}

function companyAfter(cl: Clause, from: number): Candidate[] {
  const inPlace = /^\s+(?:in|based in|from)\s+/i.exec(cl.text.slice(from));
  if (inPlace) return workIn(cl, from + inPlace[0].length).filter((x) => x.key !== 'department');
  const m = /^\s+(?:at|for|with)\s+/i.exec(cl.text.slice(from));
  if (!m) return [];
  const start = from + m[0].length;
  const place = workplace(cl, start);
  const out: Candidate[] = [];
  if (place.company) out.push(c('company', place.company, 'custom_fields', 0.8, 'identity', start));
  if (place.industry) out.push(c('industry', place.industry, 'industry', 0.7, 'identity', start));
  return out;
}

const workRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\b(?:i\\s+${ADV}(?:work|intern|consult|am working|'m working|have worked|'ve worked)|i'm\\s+${ADV}(?:working|employed|interning)|i've been\\s+${ADV}(?:working|employed)|i\\s+${ADV}(?:just |recently )?(?:joined|started at|started working at|started working for))\\s+(?:(?:full-time|part-time|remotely|remote)\\s+)?(?:(?<prep>at|for|with|in)\\s+)?(?<v>\\S[^,;!?]*)`));
    if (!m) return [];
    const prep = m.groups!.prep;
    const at = groupStart(m, 'v');
    if (prep === 'in' || prep === undefined) {
      if (prep === undefined && !/joined|started/.test(m[0])) return [];
      if (prep === 'in') return workIn(cl, at);
    }
    const place = workplace(cl, at);
    const out: Candidate[] = [];
    if (place.company) out.push(c('company', place.company, 'custom_fields', 0.85, 'identity', at));
    if (place.industry) out.push(c('industry', place.industry, 'industry', 0.7, 'identity', at));
    return out;
  },
  (cl) => {
    const m = find(cl, R(`\\bmy (?:company|employer|startup|firm|workplace) is\\s+(?:called\\s+)?(?<v>\\S[^,;!?]*)`));
    if (!m) return [];
    const company = properAt(cl.text, groupStart(m, 'v'));
    return company && /^[A-Z0-9]/.test(company) ? [c('company', company, 'custom_fields', 0.9, 'identity', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    // "I'm in finance", "I'm in the games industry"
    const m = find(cl, R(`\\bi'm\\s+(?:${ADV})in\\s+(?:the\\s+)?(?<v>${INDUSTRY_RE})(?:\\s+(?:industry|sector|space|field|business|world))?(?=$|[\\s,.;!])`));
    if (m && !/^(?:the\s+)?(?:it|data|design|product|research|operations|engineering|sales|support|hr|law|space|security)\s*$/i.test(group(cl, m, 'v')!) ) {
      return [c('industry', group(cl, m, 'v')!.toLowerCase(), 'industry', 0.8, 'identity', groupStart(m, 'v'))];
    }
    const f = find(cl, R(`\\bmy (?:industry|field|sector) is\\s+(?<v>[^,;.!?]+)`));
    if (f) return [c('industry', cut(group(cl, f, 'v')!).toLowerCase(), 'industry', 0.9, 'identity', groupStart(f, 'v'))];
    return [];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?:work|'m working|am working)\\s+(?<v>remotely|from home|remote|hybrid|in an office|on-site|onsite|part-time|part time|full-time|full time|nights|night shifts|freelance|as a freelancer)\\b`));
    if (!m) return [];
    const v = group(cl, m, 'v')!.toLowerCase().replace('from home', 'remote (from home)').replace('remotely', 'remote');
    return [c('work_style', v, 'custom_fields', 0.8, 'identity', groupStart(m, 'v'))];
  },
];

/** "I work in X": an industry, a department, or a place. */
function workIn(cl: Clause, at: number): Candidate[] {
  const rest = cl.text.slice(at);
  const lowerRest = cl.lower.slice(at).replace(/^the\s+/, '');
  const ind = new RegExp(`^(?<v>${INDUSTRY_RE})(?:\\s+(?:industry|sector|space|field|business|world))?(?=$|[\\s,.;!])`).exec(lowerRest);
  if (ind) {
    const v = ind.groups!.v!;
    if (['product', 'engineering', 'operations', 'design', 'research', 'sales', 'it', 'hr', 'data', 'customer support', 'customer service', 'it support'].includes(v)) {
      return [c('department', v, 'role', 0.75, 'identity', at)];
    }
    return [c('industry', v, 'industry', 0.85, 'identity', at)];
  }
  const sector = /^(?:the\s+)?(?<v>[a-z][a-z -]{2,30}?)\s+(?:industry|sector|space|field)\b/.exec(lowerRest);
  if (sector) return [c('industry', sector.groups!.v!, 'industry', 0.8, 'identity', at)];
  if (/^[A-Z]/.test(rest.replace(/^the\s+/, ''))) {
    const place = properAt(cl.text, at, true);
    if (place && /^[A-Z0-9&]{2,6}$/.test(place)) return [c('company', place, 'custom_fields', 0.7, 'identity', at)];
    if (place && !/^(?:the\s+)?[A-Z][a-z]+ (?:team|department|group|division|office|lab)$/.test(place)) {
      return [c('location', place, 'custom_fields', 0.75, 'identity', at, { dynamicKey: 'current_location' })];
    }
  }
  return [];
}

const placeRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\b(?:i\\s+${ADV}(?:live|reside|am living|'m living|have lived|moved|relocated|settled)|i've\\s+${ADV}(?:lived|been living|settled)|i'm\\s+${ADV}(?:living|based|located|staying|settled)|i've been\\s+${ADV}(?:living|based)|i\\s+${ADV}(?:just |recently )?moved|i\\s+call)\\s+(?:here\\s+)?${ADV}(?:in|near|outside(?:\\s+of)?|around|out of|to|from|at)\\s+(?<v>\\S[^;!?]*)`));
    if (!m) return [];
    if (/\bfrom\s*$/.test(cl.lower.slice(0, groupStart(m, 'v'))) && !/based|working/.test(m[0])) return [];
    const place = properAt(cl.text, groupStart(m, 'v'), true);
    if (!place) return [];
    return [c('location', place, 'custom_fields', 0.9, 'identity', groupStart(m, 'v'), { dynamicKey: 'current_location', allowPast: /moved|relocated|settled|lived/.test(m[0]) })];
  },
  (cl) => {
    const m = find(cl, R(`\\b(?:i'm\\s+${ADV}(?<orig>originally\\s+)?from|i\\s+${ADV}(?<born>come from|grew up in|was born in|was born and raised in|was raised in))\\s+(?<v>\\S[^;!?]*)`));
    if (!m) return [];
    const place = properAt(cl.text, groupStart(m, 'v'), true);
    if (!place) return [];
    const hometown = /\boriginally\b/.test(m[0]) || Boolean(m.groups!.born && !/come from/.test(m.groups!.born));
    return [c(hometown ? 'hometown' : 'location', place, 'custom_fields', hometown ? 0.85 : 0.75, 'identity', groupStart(m, 'v'), { allowPast: true, dynamicKey: hometown ? undefined : 'current_location', via: hometown ? undefined : 'from' })];
  },
  (cl) => {
    // "I'm in Berlin" (not an industry, not a time zone)
    const m = find(cl, R(`\\bi'm\\s+(?:${ADV})(?:in|at)\\s+(?<v>\\S[^;!?]*)`));
    if (!m) return [];
    const start = groupStart(m, 'v');
    const original = cl.text.slice(start);
    if (!/^[A-Z]/.test(original)) return [];
    const lowerRest = cl.lower.slice(start);
    if (new RegExp(`^(?:${TZ_RE})\\b`).test(lowerRest) || new RegExp(`^(?:${INDUSTRY_RE})\\b`).test(lowerRest)) return [];
    const place = properAt(cl.text, start, true);
    if (!place || /^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:team|department|office|meeting|class|hospital)$/i.test(place)) return [];
    return [c('location', place, 'custom_fields', 0.7, 'identity', start, { dynamicKey: 'current_location' })];
  },
  (cl) => {
    const m = find(cl, R(`\\bmy (?<k>home ?town|city|country|location) is\\s+(?<v>\\S[^;!?]*)`));
    if (!m) return [];
    const place = properAt(cl.text, groupStart(m, 'v'), true);
    if (!place) return [];
    return [c(/home/.test(m.groups!.k!) ? 'hometown' : 'location', place, 'custom_fields', 0.9, 'identity', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?<v>${NATIONALITY_RE})(?=$|[\\s,.;!])`));
    if (!m) return [];
    if (/\b(?:half|part)\s*$/.test(cl.lower.slice(0, groupStart(m, 'v')))) return [];
    return [c('nationality', capitaliseWords(group(cl, m, 'v')!.toLowerCase()), 'custom_fields', 0.8, 'identity', groupStart(m, 'v'))];
  },
];

const tzRules: Rule[] = [
  (cl) => {
    const m =
      find(cl, R(`\\bmy (?:time ?zone|tz) is\\s+(?<v>${TZ_RE})`)) ??
      find(cl, R(`\\b(?:i'm|i live|i work|i'm based|i'm located)\\s+(?:${ADV})(?:in|on|using|at)\\s+(?:the\\s+)?(?<v>${TZ_RE})(?:\\s+(?:time ?zone|time))?(?=$|[\\s,.;!)])`)) ??
      find(cl, R(`\\b(?:my time ?zone|time ?zone)\\s*(?::|=|-)\\s*(?<v>${TZ_RE})`)) ??
      find(cl, R(`\\bi\\s+${ADV}(?:work|keep|follow)\\s+(?<v>${TZ_RE})\\s+hours`));
    if (!m) return [];
    const raw = group(cl, m, 'v')!.trim();
    const value = /\//.test(raw) ? raw.replace(/(^|\/)(\p{Ll})/gu, (_s, p: string, ch: string) => p + ch.toUpperCase()) : /time$/i.test(raw) ? capitaliseWords(raw.toLowerCase()) : raw.toUpperCase().replace(/\s+/g, '');
    return [c('timezone', value, 'timezone', /my (?:time ?zone|tz)/.test(m[0]) ? 0.9 : 0.85, 'identity', groupStart(m, 'v'))];
  },
];

const languageRules: Rule[] = [
  (cl) => {
    const m =
      find(cl, R(`\\bmy (?:native|first|mother|primary|preferred|main|home) (?:language|tongue) is\\s+(?<v>${LANG_RE})\\b`)) ??
      find(cl, R(`${IM}(?:a\\s+)?native\\s+(?<v>${LANG_RE})\\s+speaker`)) ??
      find(cl, R(`^(?<v>${LANG_RE}) is my (?:native|first|mother|main) (?:language|tongue)`)) ??
      find(cl, R(`\\bi\\s+${ADV}prefer\\s+(?:to\\s+(?:talk|chat|speak|write)|answers|responses|replies|messages|talking|writing|communicating|speaking)\\s+in\\s+(?<v>${LANG_RE})\\b`)) ??
      find(cl, R(`^(?:please\\s+)?(?:always\\s+)?(?:reply|respond|answer|write|talk|speak)(?:\\s+to me)?\\s+in\\s+(?<v>${LANG_RE})\\b(?![^,.]*\\b(?:this|here|for this|below)\\b)`));
    if (m) return [c('language', capitaliseWords(group(cl, m, 'v')!.toLowerCase()), 'language', 0.9, 'identity', groupStart(m, 'v'))];
    const s = find(cl, R(`\\b(?:i\\s+${ADV}speak|${IM}fluent in|i\\s+${ADV}can speak)\\s+(?<v>(?:(?:${LANG_RE})(?:\\s*(?:,|and|&|as well as)\\s*)?)+)`));
    if (!s) return [];
    const langs = group(cl, s, 'v')!
      .split(/\s*(?:,|\band\b|&|as well as)\s*/i)
      .map((x) => x.trim().toLowerCase())
      .filter((x) => LANG_SET.has(x))
      .map((x) => capitaliseWords(x));
    if (langs.length === 0) return [];
    return [c('language', langs.length === 1 ? langs[0]! : langs, 'language', 0.8, 'identity', groupStart(s, 'v'))];
  },
];

const STANDING = /\b(?:always|from now on|going forward|in (?:the )?future|in general|generally|every time|whenever|by default|as a rule|never)\b/;
const ONE_OFF = /\b(?:this time|in this (?:answer|reply|response|one|email|message|case|thread|doc|document)|for this(?: one)?|here|below|above|for now|right now|today|the following|this question)\b/;

function commValue(raw: string): string | undefined {
  let v = cut(raw, /\s+(?:please|thanks|thank you|for (?:me|my)\b)/i, true)
    .replace(/^(?:it|things|them|you|your answers|answers)\s+(?=(?:short|brief|concise|simple|direct|casual|formal|detailed)\b)/i, '')
    .replace(/^(?:when you|if you|that you|you to|for you to)\s+/i, '')
    .replace(/^(?:to\s+)?(?:get|receive|have|see|read)\s+/i, '')
    .trim();
  v = v.replace(/^(?:a|an|the)\s+/i, '');
  if (!v || v.split(/\s+/).length > 8) return undefined;
  if (!COMM_RE.test(` ${v.toLowerCase()} `)) return undefined;
  return v.toLowerCase();
}

const commRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?<verb>prefer|like|love|want|appreciate|value|need|enjoy|respond best to|work best with|do better with)\\s+(?:it\\s+when\\s+you\\s+|when\\s+you\\s+|(?:it|things)\\s+(?=(?:short|brief|concise|simple|direct|casual|formal|detailed)\\b))?(?<v>[^;!?]+)`));
    if (!m) return [];
    const v = commValue(group(cl, m, 'v')!);
    if (!v) return [];
    if (/^(?:want|need)$/.test(m.groups!.verb!) && !STANDING.test(cl.lower)) return [];
    return [c('communication_style', [v], 'communication_style', m.groups!.verb === 'prefer' ? 0.85 : 0.8, 'preference', groupStart(m, 'v'))];
  },
  (cl) => {
    // Standing directives: "Always answer in bullet points", "From now on keep it short", "Never use emojis"
    if (!STANDING.test(cl.lower) && !/^(?:please\s+)?(?:don't|do not|never)\b/.test(cl.lower)) return [];
    if (ONE_OFF.test(cl.lower)) return [];
    const m = find(cl, R(`^(?:(?:please|and|also|oh|btw|ok|okay)[,]?\\s+)*(?:(?:from now on|going forward|in (?:the )?future|in general|generally|by default|as a rule)[,]?\\s+)?(?:please\\s+)?(?<neg>always\\s+|never\\s+|don't\\s+|do not\\s+|don't ever\\s+|please don't\\s+)?(?<verb>keep|be|use|give me|answer|respond|reply|write|explain|format|include|add|skip|avoid|talk|speak|stick to)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const neg = /never|don't|do not/.test(m.groups!.neg ?? '');
    const verb = m.groups!.verb!;
    let raw = group(cl, m, 'v')!.replace(/^(?:to me|with me|me|things|it|your answers|answers|responses|everything)\s+/i, '');
    raw = raw.replace(/^(?:in|with|using)\s+/i, '');
    if (new RegExp(`^(?:${LANG_RE})\\b`, 'i').test(raw)) return [];
    const v = commValue(raw) ?? (verb === 'explain' ? commValue(`${verb} ${raw}`) : undefined);
    if (!v) return [];
    const negative = neg || verb === 'avoid' || verb === 'skip';
    const value = negative ? `no ${v.replace(/^(?:any|the|so many|too many|too much)\s+/, '')}` : verb === 'be' ? v : v;
    return [c('communication_style', [value], 'communication_style', 0.8, 'preference', groupStart(m, 'v'), { allowNegation: true })];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?:hate|dislike|can't stand|cannot stand|detest|despise|am not a fan of|'m not a fan of)\\s+(?<v>[^;!?]+)`)) ?? find(cl, R(`\\bi'm\\s+not\\s+(?:a|really a|much of a)\\s+fan\\s+of\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const raw = group(cl, m, 'v')!;
    const comm = commValue(raw);
    if (comm) return [c('communication_style', [`no ${comm}`], 'communication_style', 0.8, 'preference', groupStart(m, 'v'), { allowNegation: true })];
    const its = items(cutList(raw), 5);
    return its.length > 0 ? [c('dislikes', its, 'preferences', 0.75, 'preference', groupStart(m, 'v'), { allowNegation: true })] : [];
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?:a\\s+|an\\s+)?(?<v>visual|auditory|hands-on|kinesthetic|reading/writing|verbal)\\s+learner\\b|\\bi\\s+${ADV}learn best\\s+(?<w>(?:by|with|through|from|when)\\s+[^,;.!?]+)`));
    if (!m) return [];
    const v = group(cl, m, 'v') ? `${group(cl, m, 'v')!.toLowerCase()} learner` : `learns best ${cut(group(cl, m, 'w')!).toLowerCase()}`;
    return [c('communication_style', [v], 'communication_style', 0.8, 'preference', m.index + m[0].length)];
  },
  (cl) => {
    const m = find(cl, R(`\\b(?:explain|talk to me|write)\\s+(?:things\\s+)?(?:to me\\s+)?(?:like|as if)\\s+i'm\\s+(?<v>five|5|a beginner|a child|a kid|new to this|not technical|non-technical)\\b`));
    if (!m || (!STANDING.test(cl.lower) && !/^(?:please\s+)?(?:always\s+)?(?:explain|talk to me)/.test(cl.lower))) return [];
    if (ONE_OFF.test(cl.lower)) return [];
    return [c('communication_style', ['simple explanations (explain like I\'m five)'], 'communication_style', 0.75, 'preference', m.index)];
  },
];

const preferenceRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\bmy (?:all-time |absolute |current )?(?:favou?rite|fave|preferred)\\s+(?<k>[a-z][a-z -]{1,30}?)\\s+(?:is|are|has to be|would be)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const what = group(cl, m, 'k')!.toLowerCase().trim().replace(/[\s-]+/g, '_');
    const v = cut(group(cl, m, 'v')!);
    if (!v || v.split(/\s+/).length > 8 || BAD_ITEM.test(v)) return [];
    return [c(`favorite_${what}`.slice(0, 64), v, 'preferences', 0.85, 'preference', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`^(?<v>[^,;!?]{2,40}?)\\s+(?:is|are)\\s+my\\s+(?:all-time\\s+|absolute\\s+)?(?:favou?rite|fave)\\s+(?<k>[a-z][a-z -]{1,30})`));
    if (!m) return [];
    const v = group(cl, m, 'v')!.trim();
    if (BAD_ITEM.test(v) || /^(?:i|i'm|my)\b/i.test(v)) return [];
    const what = cut(group(cl, m, 'k')!).toLowerCase().replace(/[\s-]+/g, '_');
    return [c(`favorite_${what}`.slice(0, 64), v, 'preferences', 0.85, 'preference', m.index)];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?:prefer|'d rather|would rather|'d much rather|tend to prefer|always go for|always choose|always pick)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const raw = group(cl, m, 'v')!;
    if (commValue(raw)) return [];
    if (LANG_SET.has(raw.toLowerCase().replace(/^(?:to\s+\w+\s+in\s+|answers in\s+)/, '').trim())) return [];
    const v = cut(raw, /\s+(?:if possible|when possible|please)\b/i).replace(/^(?:to\s+)/i, '');
    if (!v || BAD_ITEM.test(v) || v.split(/\s+/).length > 9) return [];
    return [c('preferences', [v], 'preferences', 0.8, 'preference', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?:a|an)\\s+(?<v>(?:dog|cat|morning|night|beach|mountain|city|coffee|tea|summer|winter|book|movie|people|numbers|details|big-picture|early) person)\\b`));
    if (!m) return [];
    const v = group(cl, m, 'v')!.toLowerCase();
    if (/^(?:morning|night|people|early|details|big-picture|numbers) person$/.test(v)) {
      return [c('personality_traits', [v], 'personality_traits', 0.8, 'preference', groupStart(m, 'v'))];
    }
    return [c('preferences', [v], 'preferences', 0.8, 'preference', groupStart(m, 'v'))];
  },
];

const interestRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\b(?:i\\s+${ADV}(?<verb>love|enjoy|like|adore|dig|am into|am really into|am passionate about|am interested in|am fascinated by|am obsessed with|am a (?:big |huge )?fan of|have a passion for|dabble in|spend (?:my|a lot of|most of my) (?:free |spare )?time)|i'm\\s+${ADV}(?<verb2>into|passionate about|interested in|fascinated by|obsessed with|a (?:big |huge |massive )?fan of|hooked on|crazy about|mad about|keen on|big on|learning about))\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const raw = group(cl, m, 'v')!;
    if (commValue(raw)) return [];
    const verb = m.groups!.verb ?? m.groups!.verb2 ?? '';
    let text = cutList(raw, /\s+(?:on (?:the )?weekends?|in my (?:free|spare) time|when i can|whenever i can|every \w+|at night|in the (?:morning|evening)s?|with my \w+)\b/i);
    text = text.replace(/^(?:to\s+)/i, '').replace(/^(?:reading about|learning about|watching|playing|doing)\s+(?=\S)/i, (s) => s);
    if (/^spend/.test(verb)) text = text.replace(/^(?:on\s+)?/i, '');
    // "I like Python" where Python is a tool: still an interest; "I like it when..." is not.
    const its = items(text, 6).filter((i) => !/^(?:when|if|that|how|what|about)\b/i.test(i));
    if (its.length === 0) return [];
    const confidence = /like|dig|dabble/.test(verb) && !/passion|love|obsess/.test(verb) ? 0.75 : 0.8;
    return [c('interests', its.map((i) => i.toLowerCase() === i ? i : i), 'interests', confidence, 'preference', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`\\bmy (?:main |favou?rite )?(?:hobbies|hobby|interests|passions?|pastimes?) (?:are|is|include|includes)\\s+(?<v>[^;!?]+)`)) ?? find(cl, R(`^(?<v>[^,;!?]{2,40}?)\\s+is\\s+my\\s+(?:main |favou?rite |big |biggest )?(?:hobby|passion|thing)\\b`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 6).filter((i) => !/^(?:i|i'm|my)\b/i.test(i));
    return its.length > 0 ? [c('interests', its, 'interests', 0.9, 'preference', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m = find(cl, R(`\\bin my (?:free|spare|down) time,?\\s+i\\s+${ADV}(?:like to |love to |enjoy |tend to |usually |often )?(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 6);
    return its.length > 0 ? [c('interests', its, 'interests', 0.8, 'preference', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?:play|practice|practise|go|do)\\s+(?<v>(?:the\\s+)?[a-z][a-z -]{1,30}?)(?=$|\\s+(?:on|every|at|in|with|for|since|and|a lot|regularly|competitively|twice|three|most)\\b|[,.;!])`));
    if (!m) return [];
    const v = group(cl, m, 'v')!.toLowerCase().replace(/^the\s+/, '');
    const ok = /^(?:tennis|golf|soccer|football|basketball|baseball|volleyball|hockey|rugby|cricket|badminton|squash|chess|poker|bridge|guitar|piano|violin|drums|bass|cello|saxophone|ukulele|flute|trumpet|video games|board games|d&d|dungeons and dragons|yoga|pilates|crossfit|karate|judo|jiu-jitsu|jiu jitsu|bjj|boxing|kickboxing|martial arts|climbing|bouldering|running|hiking|swimming|cycling|skiing|snowboarding|surfing|fishing|hunting|camping|kayaking|sailing|rowing|diving|scuba diving|skating|skateboarding|dancing|salsa|ballet|tai chi|meditation|pottery|woodworking|gardening|knitting|photography|birdwatching|sudoku|crosswords|table tennis|ping pong|pickleball|padel|handball|lacrosse|water polo|triathlons?|marathons?|trail running)$/.test(v);
    return ok ? [c('interests', [v], 'interests', 0.75, 'preference', groupStart(m, 'v'))] : [];
  },
];

const expertiseRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`${IM}(?:an?\\s+)?(?:(?:recognized|recognised|certified|seasoned|total|real|true|complete|absolute|relative|bit of a|bit of an|self-taught|self-proclaimed)\\s+)*(?<lvl>expert|specialist|pro|authority|guru|wizard|ninja|veteran|beginner|novice|newbie|amateur|intermediate)\\s+(?:(?:in|at|on|with|when it comes to)\\s+)(?<v>[^;!?]+)`)) ?? find(cl, R(`${IM}(?<lvl>new|brand new|fairly new|relatively new|pretty new|completely new)\\s+to\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const lvl = m.groups!.lvl!.replace(/^(?:brand|fairly|relatively|pretty|completely)\s+/, '');
    const level = /new|beginner|novice|newbie|amateur/.test(lvl) ? 'beginner' : lvl === 'intermediate' ? 'intermediate' : 'expert';
    const its = items(cutList(group(cl, m, 'v')!), 5);
    return its.length > 0 ? [c('expertise', its.map((i) => `${i} (${level})`), 'expertise', 0.85, 'identity', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?:(?:very|really|pretty|quite|extremely|reasonably|fairly)\\s+)?(?<lvl>good|great|skilled|proficient|experienced|strong|competent|well-versed|well versed|knowledgeable|solid|comfortable|fluent)\\s+(?:at|in|with|on)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const raw = cut(group(cl, m, 'v')!);
    if (LANG_SET.has(raw.toLowerCase())) return [];
    const its = items(raw, 5);
    if (its.length === 0) return [];
    const lvl = /comfortable|competent|good|solid/.test(m.groups!.lvl!) ? 'proficient' : m.groups!.lvl!.replace(/\s+/g, '-');
    return [c('expertise', its.map((i) => `${i} (${lvl})`), 'expertise', 0.8, 'identity', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`\\bi(?:\\s+${ADV}(?:have|bring|got)|'ve\\s+${ADV}(?:got|had|gained|accumulated))\\s+(?<n>(?:over |more than |almost |nearly |about |around )?(?:\\d+\\+?|a few|several|many|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\+?)\\s+years?(?:\\s+of)?\\s+(?:professional\\s+|hands-on\\s+|industry\\s+)?(?:experience|exp)\\s+(?:in|with|as|doing|using|on)\\s+(?:an?\\s+)?(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 5);
    const years = m.groups!.n!.trim();
    return its.length > 0 ? [c('expertise', its.map((i) => `${i} (${years} years)`), 'expertise', 0.85, 'identity', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m = find(cl, R(`\\bi've been\\s+${ADV}(?:doing|working with|working in|working on|using|coding in|programming in|writing|building|developing|practicing|practising|teaching)\\s+(?<v>[^;!?]+?)\\s+for\\s+(?<n>(?:over |more than |almost |nearly |about )?(?:\\d+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\\+?)\\s+years`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 5);
    return its.length > 0 ? [c('expertise', its.map((i) => `${i} (${m.groups!.n!.trim()} years)`), 'expertise', 0.8, 'identity', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m =
      find(cl, R(`\\bi\\s+${ADV}(?:specialize|specialise)\\s+in\\s+(?<v>[^;!?]+)`)) ??
      find(cl, R(`\\bmy (?:specialty|speciality|area of expertise|expertise|background|core skill|main skill|skill set|skillset|skills?) (?:is|are|lies|include|includes)\\s+(?:in\\s+)?(?<v>[^;!?]+)`)) ??
      find(cl, R(`\\bi\\s+${ADV}know\\s+(?<v>[^;!?]+?)\\s+(?:really |very |pretty |quite |extremely )?well\\b`)) ??
      find(cl, R(`\\bi\\s+${ADV}know\\s+(?:a lot|a ton|plenty|a great deal|quite a bit)\\s+about\\s+(?<v>[^;!?]+)`)) ??
      find(cl, R(`\\bi\\s+${ADV}have\\s+(?:a\\s+)?(?:strong|solid|deep|extensive|good)\\s+(?:background|experience|knowledge|expertise)\\s+(?:in|with)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 5).filter((i) => !/^(?:you|him|her|them|people|everyone|the answer)\b/i.test(i));
    return its.length > 0 ? [c('expertise', its, 'expertise', 0.8, 'identity', groupStart(m, 'v'))] : [];
  },
];

const GOAL_VERBS =
  'learn|become|get better at|improve|master|switch|transition|move to|start|launch|build|grow|run|finish|complete|publish|lose|gain|save|retire|travel|visit|buy|open|get promoted|get a promotion|earn|pass|change careers|change jobs|speak|pay off|quit|found|raise|scale|reach|hit|climb|compete|get into|get fit|get certified|get my|get a job|land a job|land|write a book|write a novel|write my|read more|read \\d+|ship|release|become fluent|hire|double|triple|increase|reduce|cut|stop|break into|study|apply to|go back to|make a career|make the switch';

const goalRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\bmy (?:main |big |biggest |long-term |short-term |ultimate |current |primary |personal |career |professional |top )?(?:goal|aim|objective|ambition|dream|plan|mission|target|priority)(?:\\s+for\\s+(?:this|the|next)\\s+\\w+)?\\s+(?:is|right now is|this year is)\\s+to\\s+(?<v>[^;!?]+)`)) ?? find(cl, R(`\\bmy (?:main |big |long-term |short-term |ultimate |career )?(?:goals|aims|objectives) (?:are|include)\\s+(?:to\\s+)?(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!, /\s+(?:by|before|within|in) (?:the end of|next|\d{4})\b/i), 10);
    return its.length > 0 ? [c('goals', its, 'goals', 0.9, 'preference', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?<verb>want|hope|plan|intend|aim|aspire|would love|'d love|'d like|would like|dream)\\s+to\\s+(?<v>(?:${GOAL_VERBS})\\b[^;!?]*)|\\bi'm\\s+${ADV}(?<verb2>planning|hoping|trying|aiming|working|saving up|studying|preparing|looking)\\s+(?:to|towards?|toward)\\s+(?<w>(?:${GOAL_VERBS})\\b[^;!?]*|(?:a|an|my|the)\\s+[^;!?]+)`));
    if (!m) return [];
    const raw = group(cl, m, 'v') ?? group(cl, m, 'w')!;
    const v = cut(raw, /\s+(?:by|before|within) (?:the end of|next|\d{4})\b/i);
    if (!v || v.split(/\s+/).length > 10) return [];
    if (/^(?:write|draft|make|get|find|see|know)\s+(?:an?\s+)?(?:email|letter|message|function|script|code|summary|list|post|reply|answer|this|that|it|you|some|the answer)\b/i.test(v)) return [];
    const verb = m.groups!.verb ?? m.groups!.verb2 ?? '';
    const confidence = /plan|intend|aim|aspire|planning|aiming|working|trying/.test(verb) ? 0.8 : 0.75;
    return [c('goals', [v], 'goals', confidence, 'preference', groupStart(m, m.groups!.v !== undefined ? 'v' : 'w'))];
  },
];

const traitRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`${IM}(?:(?:a|an|a bit of a|a bit of an|a total|a real|a huge|a big|a true|such a|kind of a|sort of a|quite a|an absolute|more of a|more of an|definitely a|definitely an|very much a|very much an|something of a)\\s+)?(?<v>${TRAIT_RE})(?=$|[\\s,.;!])`));
    if (!m) return [];
    const rest = cl.lower.slice(m.index + m[0].length);
    if (/^\s+(?:about|with|of|when|for|at|in)\b/.test(rest) && !/^\s+at heart\b/.test(rest)) return [];
    const v = group(cl, m, 'v')!.toLowerCase().replace(/^a\s+/, '');
    const its = [v];
    // "I'm an introvert and a night owl"
    const more = new RegExp(`^\\s*(?:,|and|&)\\s*(?:(?:a|an|a total|a real|a huge|a big|a true|also a|also an|kind of a|a bit of a|quite a|an absolute)\\s+)?(?<w>${TRAIT_RE})(?=$|[\\s,.;!])`).exec(rest);
    if (more?.groups?.w) its.push(more.groups.w);
    return [c('personality_traits', its, 'personality_traits', 0.8, 'preference', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}(?:consider|see|describe|would describe)\\s+myself\\s+(?:as\\s+)?(?:(?:a|an|pretty|very|quite|fairly|rather)\\s+)*(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 3);
    return its.length > 0 ? [c('personality_traits', its, 'personality_traits', 0.8, 'preference', groupStart(m, 'v'))] : [];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}tend to\\s+(?<v>(?:be\\s+)?[^;!?]+)`));
    if (!m) return [];
    const v = cut(group(cl, m, 'v')!);
    if (!v || v.split(/\s+/).length > 6 || /^(?:prefer|like|use|work|go|get|ask)\b/.test(v)) return [];
    return [c('personality_traits', [`tends to ${v}`], 'personality_traits', 0.7, 'preference', groupStart(m, 'v'))];
  },
];

function toolItems(cl: Clause, start: number, text: string): string[] {
  return items(cutList(text, /\s+(?:for|to|at|in|on|with|every|daily|because|when|as my|mostly|mainly|a lot|all the time|most of the time)\b/i), 3).filter((i) => {
    const low = i.toLowerCase();
    if (TOOL_SET.has(low)) return true;
    // Product names: capitalised (not because the sentence starts there) or with digits/dots.
    const idx = cl.text.indexOf(i, start);
    return idx > 0 && /^[A-Z0-9]/.test(i) && !/^(?:I|A|An|The|It|This|That|My)$/.test(i);
  });
}

const toolRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\b(?:i\\s+${ADV}(?<verb>use|work with|work in|code in|program in|write code in|develop in|build with|develop with|rely on|live in|swear by|run|daily-drive|main|write)|i'm\\s+${ADV}(?:using|on|coding in|working with|running)|i've been\\s+${ADV}using|we\\s+${ADV}use|my team\\s+${ADV}uses|our (?:team|company)\\s+${ADV}uses)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const start = groupStart(m, 'v');
    const verb = m.groups!.verb;
    let raw = group(cl, m, 'v')!.replace(/^(?:a|an|the)\s+(?=(?:mac|macbook|pc|linux box|windows machine|thinkpad|chromebook|iphone|android)\b)/i, '');
    const its = toolItems(cl, start, raw);
    if (its.length === 0) return [];
    if ((verb === 'run' || verb === 'write' || verb === 'live in' || verb === 'main') && !its.every((i) => TOOL_SET.has(i.toLowerCase()))) return [];
    if (/^i'm\s/.test(m[0]) && /\bon\s*$/.test(cl.lower.slice(0, start)) && !its.every((i) => TOOL_SET.has(i.toLowerCase()))) return [];
    raw = '';
    const team = /^(?:we|my team|our)/.test(m[0].trim());
    return [c('tools', its, 'custom_fields', team ? 0.7 : 0.8, 'identity', start)];
  },
  (cl) => {
    const m = find(cl, R(`\\bmy (?:main |primary |daily |go-to |current )?(?:editor|ide|os|operating system|stack|tech stack|laptop|computer|machine|phone|setup|shell|browser|tools?|language of choice|programming language|toolchain) (?:is|are|of choice is)\\s+(?:a\\s+|an\\s+)?(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 3);
    return its.length > 0 ? [c('tools', its, 'custom_fields', 0.85, 'identity', groupStart(m, 'v'))] : [];
  },
];

const dietRules: Rule[] = [
  (cl) => {
    const m =
      find(cl, R(`${IM}(?:a\\s+|an\\s+|strictly\\s+|strict\\s+|mostly\\s+|fully\\s+)*(?<v>${DIET_RE})(?=$|[\\s,.;!])`)) ??
      find(cl, R(`\\bi\\s+${ADV}(?:eat|follow|keep|stick to|am on|'m on|do|eat only)\\s+(?:a\\s+|an\\s+|strict\\s+|strictly\\s+)*(?<v>${DIET_RE}|low-carb|mediterranean|intermittent fasting|whole foods|high-protein)(?:\\s+diet)?(?=$|[\\s,.;!])`)) ??
      find(cl, R(`${IM}on\\s+(?:a\\s+)?(?<v>[a-z-]+(?:\\s+[a-z-]+)?)\\s+diet\\b`)) ??
      find(cl, R(`\\bmy diet is\\s+(?<v>[^,;.!?]+)`));
    if (!m) return [];
    let v = group(cl, m, 'v')!.toLowerCase();
    if (/teetotal|sober/.test(v)) v = 'no alcohol';
    if (/^(?:strict|new|special|crash)$/.test(v)) return [];
    return [c('diet', v, 'custom_fields', 0.85, 'identity', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+(?:${ADV})(?:don't|can't|never|do not|cannot|won't)\\s+(?:eat|drink|touch|consume)\\s+(?:any\\s+)?(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!, /\s+(?:anymore|any more|at all|because|since|for)\b/i), 3).filter((i) => /^[a-z][a-z -]*$/i.test(i));
    if (its.length === 0 || /anymore|any more|tonight|today|now/.test(cl.lower)) return [];
    return [c('diet', `no ${its.join(', ')}`.toLowerCase(), 'custom_fields', 0.8, 'identity', groupStart(m, 'v'), { allowNegation: true })];
  },
  (cl) => {
    const m =
      find(cl, R(`${IM}(?:(?:severely|very|mildly|deathly|highly|quite|really|super|slightly)\\s+)?allergic\\s+to\\s+(?<v>[^;!?]+)`)) ??
      find(cl, R(`\\bi\\s+${ADV}have\\s+(?:a|an)?\\s*(?:(?:severe|mild|bad|serious|life-threatening)\\s+)?(?<v>[a-z][a-z -]{1,30}?)\\s+allerg(?:y|ies)\\b`)) ??
      find(cl, R(`\\bmy allergies (?:are|include)\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const its = items(cutList(group(cl, m, 'v')!), 3).map((i) => i.toLowerCase());
    return its.length > 0 ? [c('allergies', its, 'custom_fields', 0.9, 'identity', groupStart(m, 'v'))] : [];
  },
];

const familyRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}have\\s+(?<v>(?:${NUMBER_WORDS})\\s+(?:(?:young|little|teenage|grown|grown-up|adult|twin|baby|newborn|small|\\d+-year-old|lovely|wonderful|beautiful|amazing)\\s+)*(?:${FAMILY_NOUNS}))\\b(?<rest>(?:\\s+(?:named|called)\\s+[A-Z][a-z]+(?:\\s+and\\s+[A-Z][a-z]+)?)?)`));
    const out: Candidate[] = [];
    if (m) {
      const v = `${group(cl, m, 'v')!}${group(cl, m, 'rest') ?? ''}`.trim();
      out.push(c('family', [v], 'custom_fields', 0.85, 'identity', groupStart(m, 'v')));
    }
    const p = find(cl, R(`\\bi\\s+${ADV}have\\s+(?:[^.;!?]*?\\s+and\\s+)?(?<v>(?:${NUMBER_WORDS})\\s+(?:(?:\\w+|\\w+-\\w+)\\s+)?(?:${PET_NOUNS}))\\b(?<rest>(?:\\s+(?:named|called)\\s+[A-Z][a-z]+(?:\\s+and\\s+[A-Z][a-z]+)?)?)`));
    if (p) {
      const v = `${group(cl, p, 'v')!}${group(cl, p, 'rest') ?? ''}`.trim();
      if (!/\b(?:hot dog|catfish)\b/i.test(v)) out.push(c('pets', [v], 'custom_fields', 0.85, 'identity', groupStart(p, 'v')));
    }
    return out;
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?<v>(?:happily\\s+)?married|single|divorced|engaged|widowed|separated|in a relationship|a (?:single |proud |new |first-time |busy |working )?(?:mom|mum|mother|dad|father|parent|grandparent|grandmother|grandfather|grandma|grandpa|stepmom|stepdad|stepmother|stepfather)(?:\\s+(?:of|to)\\s+(?:${NUMBER_WORDS})(?:\\s+(?:${FAMILY_NOUNS}|little ones|boys|girls))?)?|expecting(?: a baby| our first child| twins)?|pregnant)(?=$|[\\s,.;!])`));
    if (!m) return [];
    const v = group(cl, m, 'v')!.replace(/^happily\s+/i, '').replace(/^a\s+(?:proud\s+)?/i, '');
    const dynamic = /expecting|pregnant/.test(v);
    return [c('family', [v.toLowerCase()], 'custom_fields', 0.85, dynamic ? 'preference' : 'identity', groupStart(m, 'v'))];
  },
];

const educationRules: Rule[] = [
  (cl) => {
    const m =
      find(cl, R(`\\bi\\s+${ADV}(?:have|hold|earned|got|completed|finished)\\s+(?:a\\s+|an\\s+|my\\s+)?(?<v>(?:phd|ph\\.d\\.?|doctorate|master'?s(?:\\s+degree)?|masters|mba|bachelor'?s(?:\\s+degree)?|bachelors|b\\.?a\\.?|b\\.?s\\.?c?\\.?|m\\.?a\\.?|m\\.?s\\.?c?\\.?|md|m\\.d\\.|jd|j\\.d\\.|degree|associate'?s(?:\\s+degree)?|diploma|certificate)(?:\\s+degree)?(?:\\s+(?:in|from)\\s+[^,;.!?]+)?)`)) ??
      find(cl, R(`\\bi\\s+${ADV}(?:studied|majored in|graduated in|did my (?:degree|phd|masters|master's|bachelors|bachelor's) in|have a degree in|got my degree in)\\s+(?<v>[^;!?]+)`)) ??
      find(cl, R(`\\bi\\s+${ADV}graduated from\\s+(?<v>[^;!?]+)`)) ??
      find(cl, R(`${IM}(?:studying(?!\\s+for\\b)|majoring in|doing (?:a|my) (?:phd|masters|master's|degree|bachelor's|bachelors) in|a (?:phd |grad |graduate |master's |masters |college |university |medical |law )?student (?:of|in|studying))\\s+(?<v>[^;!?]+)`));
    if (!m) return [];
    const v = cut(group(cl, m, 'v')!, /\s+(?:because|but|and then|which)\b/i);
    if (!v || v.split(/\s+/).length > 10) return [];
    return [c('education', v, 'custom_fields', 0.85, 'identity', groupStart(m, 'v'), { allowPast: true })];
  },
];

const ACTIVITY =
  'preparing|prepping|working on|writing|building|studying for|studying|learning|reading|training for|planning|organizing|organising|moving|packing|traveling|travelling|recovering from|interviewing|job hunting|looking for a (?:new )?job|focusing on|focused on|busy with|swamped with|dealing with|handling|migrating|refactoring|debugging|launching|finishing|wrapping up|getting ready for|practicing|practising|cramming for|revising for|renovating|redesigning|researching|drafting|editing|hiring|onboarding|fundraising|raising|visiting|attending|presenting|speaking at|running|organizing|hosting|mentoring|teaching';

const currentRules: Rule[] = [
  (cl) => {
    const m = find(cl, R(`${IM}(?<v>(?:${ACTIVITY})\\b[^;!?]*)`));
    if (!m) return [];
    let v = cut(group(cl, m, 'v')!.replace(/\s+(?:this|next) (?:week|weekend|month|quarter|semester)\b|\s+(?:right now|at the moment|currently|today|tonight|these days|for now|lately)\b/gi, ''));
    v = v.replace(/^(?:currently|now)\s+/i, '');
    if (!v || v.split(/\s+/).length > 12) return [];
    if (/^(?:working on|writing|reading|looking for|dealing with|handling)\s+(?:it|this|that|something|a (?:question|reply|response)|an? (?:email|message|answer))\b/i.test(v)) return [];
    if (/^learning\s+/i.test(v) && !/^learning\s+(?:about\s+)?[a-z0-9]/i.test(v)) return [];
    return [c('current_focus', v, 'goals', 0.75, 'activity', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`${IM}(?<v>on (?:vacation|holiday|holidays|leave|parental leave|maternity leave|paternity leave|sick leave|a trip|a business trip|call|sabbatical|a deadline|the road|a break)|(?:sick|ill|out of office|ooo|at a conference|in meetings all day|swamped|jet-lagged|jetlagged|under the weather|snowed under|off work|working from (?:home|[A-Z][a-z]+)|traveling|travelling|away|abroad|offline))\\b`));
    if (!m) return [];
    let v = group(cl, m, 'v')!;
    if (/^(?:swamped|away|offline|sick|ill)$/i.test(v) && !/\b(?:this|today|right now|currently|at the moment|week|until)\b/.test(cl.lower)) return [];
    const tail = /^\s+(?:to|in)\s+([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)/u.exec(cl.text.slice(groupStart(m, 'v') + v.length));
    if (tail) v = `${v} (${tail[1]})`;
    return [c('current_status', v.toLowerCase() === v ? v : v, 'other', 0.75, 'activity', groupStart(m, 'v'))];
  },
  (cl) => {
    const m = find(cl, R(`\\bi\\s+${ADV}have\\s+(?:a|an|my|two|three|several)?\\s*(?:(?:big|important|major|huge|final|job|crucial|first)\\s+)*(?<v>(?:deadline|presentation|interview|exam|exams|meeting|launch|demo|talk|release|trip|flight|appointment|surgery|wedding|conference|review|performance review|hackathon|recital|race|marathon|test)s?\\b[^;!?]*)`));
    if (!m) return [];
    const whole = cut(cl.text.slice(m.index + m[0].length - group(cl, m, 'v')!.length));
    const phrase = cl.text.slice(m.index, m.index + m[0].length - group(cl, m, 'v')!.length).replace(/^\s*i\s+(?:\w+\s+)*?have\s+/i, '');
    const v = `${phrase}${whole}`.replace(/\s+/g, ' ').trim();
    if (!v) return [];
    return [c('current_focus', v, 'goals', 0.7, 'activity', groupStart(m, 'v'))];
  },
];

export const RULES: Rule[] = [
  ...nameRules,
  ...ageRules,
  ...roleRules,
  ...workRules,
  ...placeRules,
  ...tzRules,
  ...languageRules,
  ...commRules,
  ...preferenceRules,
  ...interestRules,
  ...expertiseRules,
  ...goalRules,
  ...traitRules,
  ...toolRules,
  ...dietRules,
  ...familyRules,
  ...educationRules,
  ...currentRules,
];

export { COMM_RE, STANDING, ONE_OFF };
