import type { ConceptDef } from './types.js';

/** The user at work: role, employer, schedule, skills, tools, goals, what they are busy with now. */

const PROGRAMMING_LANGUAGES =
  'python javascript typescript java kotlin swift swiftui golang rust ruby php scala haskell elixir erlang clojure c++ c# ' +
  'fortran cobol matlab sql perl lua dart flutter react vue angular django rails node.js nodejs';

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekday weekdays';

export const WORK: readonly ConceptDef[] = [
  {
    name: 'work',
    noun: 'work',
    triggers: [
      'job', 'jobs', 'line of work', 'occupation', 'profession', 'career', 'role', 'position', 'job title', 'for a living',
      'do at work', 'do for work', 'still working', 'day job', 'employed', 'retired', 'unemployed', 'what do for a living',
    ],
    weak: ['work', 'works', 'working', 'professional', 'professionally', 'title'],
    keys: ['role', 'job_title', 'occupation', 'title', 'position', 'job', 'profession', 'employment_status'],
    near: ['seniority', 'company', 'industry', 'department'],
    categories: ['role'],
  },
  {
    name: 'company',
    noun: 'employer',
    triggers: ['company', 'firm', 'employer', 'outfit', 'organisation', 'organization', 'work for', 'works for', 'working for', 'work at', 'works at', 'agency', 'startup', 'employ'],
    weak: ['business'],
    keys: ['company', 'employer', 'organisation', 'organization', 'workplace', 'firm'],
    near: ['role'],
  },
  {
    name: 'industry',
    noun: 'industry',
    triggers: ['industry', 'industries', 'sector', 'in tech', 'trade', 'line of business', 'field'],
    keys: ['industry', 'sector', 'field'],
    near: ['company', 'role'],
    categories: ['industry'],
  },
  {
    name: 'tech_sector',
    noun: 'industry',
    triggers: ['in tech', 'software', 'software engineer', 'developer', 'programmer', 'saas', 'ios', 'android', 'app developer', 'web', 'digital', 'data science', 'data scientist', 'machine learning', 'analytics', 'ai', 'fintech', 'healthtech', 'edtech'],
    weak: ['tech', 'technology'],
    // No key answers it: only values that name a technology job or sector ("iOS developer").
    keys: [],
  },
  {
    name: 'seniority',
    noun: 'seniority',
    triggers: ['senior', 'junior', 'seniority', 'how experienced', 'grade', 'career level'],
    weak: ['level'],
    keys: ['seniority', 'level', 'career_level'],
    near: ['role'],
  },
  {
    name: 'work_place',
    noun: 'work arrangement',
    triggers: ['remote', 'remotely', 'hybrid', 'on site', 'onsite', 'on-site', 'in the office', 'into the office', 'from home', 'wfh', 'in person', 'office days', 'at the office'],
    keys: ['work_style', 'work_location', 'work_arrangement', 'remote_work', 'work_mode'],
    near: ['work_schedule'],
  },
  {
    name: 'schedule',
    noun: 'schedule',
    triggers: [
      'schedule', 'scheduling', 'availability', 'available', 'working hours', 'work hours', 'office hours', 'hours', 'days',
      'meeting', 'meetings', 'call:NOUN', 'calls:NOUN', 'phone:VERB', 'ring:VERB', 'sync', 'catch her', 'catch him', 'book:VERB', 'invite:NOUN', 'invites:NOUN', 'appointment',
      'kick-off', 'kickoff', 'stand-up', 'standup', 'slot', 'end of the week', 'start of the week', 'calendar', 'diary',
      'part-time', 'full-time', 'part time', 'full time', '<time>', ...WEEKDAYS.split(' '),
    ],
    weak: ['free', 'busy', 'week', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'day', 'weekend', 'weekends', 'time'],
    keys: ['work_hours', 'work_schedule', 'working_hours', 'schedule', 'availability', 'work_days', 'hours', 'working_days', 'office_hours'],
    near: ['work_style', 'timezone'],
  },
  {
    name: 'timezone',
    noun: 'timezone',
    triggers: ['timezone', 'time zone', 'time difference', 'local time', 'what time', 'hours ahead', 'hours behind', 'couple of hours', 'few hours', 'shift', 'time is it'],
    keys: ['timezone', 'time_zone', 'tz'],
    related: ['location', 'current_location'],
    categories: ['timezone'],
  },
  {
    name: 'expertise',
    noun: 'expertise',
    triggers: [
      'expert', 'experts', 'expertise', 'skill', 'skills', 'skilled', 'good at', 'know about', 'knows about', 'know her way around',
      'know his way around', 'know their way around', 'her way around', 'his way around', 'person to ask', 'ask about', 'experience',
      'experienced', 'specialise', 'specialize', 'specialist', 'speciality', 'specialty', 'strength', 'strengths', 'proficient',
      'familiar with', 'competent', 'knowledge', 'knowledgeable', 'help with', 'help us with', 'help me with',
    ],
    weak: ['background'],
    keys: ['expertise', 'skills', 'specialty', 'specialties', 'experience', 'strengths', 'specialisms'],
    near: ['seniority'],
    related: ['role', 'education', 'tools'],
    categories: ['expertise'],
  },
  {
    name: 'professional',
    noun: 'professional interests',
    triggers: ['professional interests', 'professional interest', 'work interests', 'career interests', 'technical interests', 'professional background', 'professional focus'],
    keys: ['expertise', 'skills'],
    near: ['interests', 'role', 'industry', 'goals'],
    categories: ['expertise'],
    questionOnly: true,
  },
  {
    name: 'tools',
    noun: 'tools',
    triggers: ['tool', 'tools', 'tooling', 'editor', 'ide', 'tech stack', 'stack', 'framework', 'frameworks', 'use to', 'uses to', 'plugin', 'extension'],
    weak: ['software', 'app', 'apps', 'use', 'uses', 'using'],
    keys: ['tools', 'editor', 'stack', 'tech_stack', 'software', 'favorite_editor', 'ide'],
    near: ['devices'],
    related: ['expertise'],
  },
  {
    name: 'programming',
    noun: 'programming languages',
    triggers: ['programming language', 'programming languages', 'coding language', 'code in', 'program in', 'write code', 'coding', 'programming', ...PROGRAMMING_LANGUAGES.split(' ')],
    keys: ['programming_languages', 'coding_languages', 'tech_stack', 'stack', 'languages_programming'],
    near: ['expertise', 'skills', 'tools'],
  },
  {
    name: 'tech_comfort',
    noun: 'comfort with technology',
    triggers: ['spreadsheet', 'spreadsheets', 'excel', 'computer', 'computers', 'tech-savvy', 'savvy', 'booking system', 'online form', 'smartphone', 'technical ability', 'with technology'],
    weak: ['tech', 'technology', 'system', 'digital', 'online'],
    keys: ['tech_comfort', 'tech_skills', 'computer_skills', 'digital_skills', 'tech_level', 'technical_level'],
    near: ['devices'],
    related: ['tools'],
  },
  {
    name: 'education',
    noun: 'education',
    triggers: [
      'education', 'educated', 'study', 'studied', 'studies', 'degree', 'degrees', 'university', 'uni', 'college', 'school',
      'graduate', 'graduated', 'postgrad', 'postgraduate', 'grad school', 'masters', "master's", 'phd', 'doctorate', 'bachelor',
      "bachelor's", 'diploma', 'qualification', 'qualifications', 'alma mater', 'major', 'majored',
    ],
    keys: ['education', 'degree', 'university', 'school', 'college', 'alma_mater', 'qualifications', 'degrees'],
  },
  {
    name: 'goals',
    noun: 'goals',
    triggers: [
      'goal', 'goals', 'aim', 'aims', 'ambition', 'ambitions', 'aspire', 'aspiration', 'aspirations', 'hoping to', 'hope to',
      'hopes to', 'plans to', 'planning to', 'plan to', 'dream', 'next step', 'career step', 'side project', 'launch', 'achieve',
      'target', 'working towards', 'working toward', 'resolution', 'long-term', 'trying to', 'promotion', 'promoted', 'ship',
      'future', 'five years', 'ten years', 'see herself', 'see himself', 'see themselves',
    ],
    keys: ['goals', 'goal', 'aspirations', 'ambitions', 'objectives', 'plans', 'career_goals', 'resolutions'],
    near: ['learning_goals'],
    related: ['current_focus'],
    categories: ['goals'],
  },
  {
    name: 'learning',
    noun: 'learning goals',
    triggers: ['learn', 'learning', 'teach', 'teaching', 'lesson', 'lessons', 'course', 'courses', 'tutorial', 'tutorials', 'training', 'upskill', 'improve', 'mentor', 'coach', 'coaching'],
    keys: ['learning_goals', 'learning', 'learning_style'],
    near: ['goals', 'tech_comfort'],
  },
  {
    name: 'current',
    noun: 'current focus',
    triggers: [
      'working on', 'busy with', 'focus', 'focused', 'focusing', 'heads-down', 'heads down', 'deadline', 'deadlines',
      'due', 'this week', 'next week', 'this month', 'lately', 'nowadays', 'today', 'tonight', 'preparing', 'what is new', 'going on',
      'up against', 'current project', 'crunch',
    ],
    weak: ['up to', 'project', 'projects', 'these days', 'right now', 'at the moment', 'currently', 'now', 'current'],
    keys: ['current_focus', 'current_project', 'current_status', 'current_activity', 'current_task', 'current_projects'],
    dynamic: true,
  },
  {
    name: 'travel',
    noun: 'travel plans',
    triggers: [
      'travel', 'travelling', 'traveling', 'trip', 'trips', 'holiday', 'holidays', 'vacation', 'away', 'abroad', 'fly', 'flying',
      'flight', 'flights', 'out of office', 'out of town', 'annual leave', 'coming up', 'upcoming',
      'january', 'february', 'march:NOUN', 'april', 'may:PROPN', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    ],
    weak: ['visit', 'visiting'],
    keys: ['travel_plans', 'upcoming_travel', 'trips', 'vacation', 'holiday', 'travel', 'upcoming_trips'],
    near: ['current_status', 'current_location'],
  },
  {
    name: 'commute',
    noun: 'way of getting around',
    triggers: [
      'commute', 'commuting', 'drive', 'drives', 'driving', 'car', 'cars', 'bus', 'train', 'tram', 'transit', 'public transport',
      'transport', 'pick me up', 'pick up', 'lift', 'give me a ride', 'get to work', 'get around', 'station', 'parking', 'licence',
      'license', 'cycle to work', 'bike to work', 'ctrain', 'subway', 'metro', 'tube',
    ],
    keys: ['commute', 'transport', 'transportation', 'car', 'vehicle', 'getting_around', 'travel_mode'],
    near: ['work_style'],
  },
];
