// Writes eval/sets/relevance-300.json: a 300-fact profile and 30 tasks, each naming the fact(s) a person
// would need for it (SPEC §7, issue 16). Run: node eval/relevance/build-set.mjs
// The profile: ~55 facts that matter for some task, ~245 realistic distractors (notes, past trips, books,
// purchases, meetings) that share many of the tasks' words. Deterministic (fixed seed).
import { writeFileSync } from 'node:fs';

const core = {
  name: 'Priya Raman',
  timezone: 'America/Chicago',
  language: 'en',
  preferred_name: 'Pri',
  pronouns: 'she/her',
  role: 'Staff data engineer',
  company: 'Northwind Logistics',
  industry: 'logistics',
  manager: 'Tom Becker',
  team: 'platform data team of 6 (Ana, Luis, Mei, Sam, Olu, Kit)',
  work_hours: '7am to 3pm on weekdays',
  meeting_preference: 'no meetings before 9am; camera off is fine',
  communication_style: 'short bullet points, no small talk, lead with the decision',
  programming_languages: ['Python', 'Scala', 'SQL'],
  editor: 'VS Code with vim keybindings',
  cloud: 'AWS, mostly Glue, EMR and Redshift',
  education: 'MS Computer Science, UIUC',
  diet: 'vegetarian',
  allergies: ['tree nuts', 'penicillin'],
  favorite_cuisine: 'South Indian',
  dislikes: 'cilantro and loud restaurants',
  coffee: 'oat milk flat white',
  tea: 'jasmine green tea',
  home_airport: 'ORD',
  seat_preference: 'aisle, near the front',
  hotel_preference: 'quiet room on a high floor, mid-range (under $200 a night)',
  passport_country: 'India',
  location: 'Evanston, Illinois',
  partner: 'Arjun, a high-school teacher',
  kids: 'two daughters, Anika (9) and Tara (6)',
  pet: 'a beagle called Mango',
  hobbies: ['bouldering', 'watercolor painting'],
  favorite_band: 'Radiohead',
  reading: 'science fiction; currently The Three-Body Problem',
  music_for_focus: 'lo-fi beats',
  fitness_goal: 'run the Chicago half marathon in spring',
  health: 'mild asthma, carries an inhaler',
  car: '2019 Subaru Outback',
  birthday: 'March 14',
  gift_ideas: 'likes house plants, good notebooks and loose-leaf tea',
  clothing_size: 'M (t-shirts), EU 39 shoes',
  learning_goal: 'learning Spanish on Duolingo, 120-day streak',
  volunteering: 'sorts donations at the Evanston food bank on Saturday mornings',
  sleep: 'early riser, in bed by 10pm',
  phone_os: 'Android (Pixel 8)',
  favorite_movie: 'Arrival',
  podcast: 'Hard Fork and Data Engineering Podcast',
  home: 'a two-storey house with a small garden',
  charity: 'donates to Doctors Without Borders',
};
const dynamic = {
  current_project: 'migrating the warehouse ETL jobs from Glue to Spark on EMR',
  upcoming_trip: 'Lisbon data conference, 10 to 14 December',
  this_week: 'on call for the data platform until Friday',
};

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(rnd() * list.length)];

const cities = ['Denver', 'Austin', 'Toronto', 'Berlin', 'Kyoto', 'Mumbai', 'Boston', 'Seattle', 'Madrid', 'Oslo', 'Lima', 'Cape Town'];
const topics = [
  'shipment delays dashboard',
  'late trucks report',
  'warehouse sensor feed',
  'invoice reconciliation',
  'route optimiser',
  'carrier SLA metrics',
  'inventory snapshot',
  'customs data feed',
  'fuel cost model',
  'driver scheduling export',
];
const books = [
  'Dune',
  'Project Hail Mary',
  'The Martian',
  'Educated',
  'Sapiens',
  'Klara and the Sun',
  'Designing Data-Intensive Applications',
  'The Pragmatic Programmer',
  'Piranesi',
  'Station Eleven',
];
const items = [
  'standing desk',
  'noise-cancelling headphones',
  'climbing shoes',
  'watercolor set',
  'kitchen scale',
  'rain jacket',
  'bike lights',
  'monitor arm',
  'backpack',
  'water bottle',
];
const people = ['Ana', 'Luis', 'Mei', 'Sam', 'Olu', 'Kit', 'Grace', 'Hiro', 'Noor', 'Ben'];
const templates = [
  (i) => [`project_note_${i}`, `Q${1 + (i % 4)} retro: ${pick(topics)} needs a backfill; ticket NW-${1000 + i}`],
  (i) => [
    `past_trip_${i}`,
    `went to ${pick(cities)} in ${2018 + (i % 7)}; ${pick(['liked the food markets', 'rained all week', 'conference talk went well', 'visited family', 'hiked a lot'])}`,
  ],
  (i) => [`book_read_${i}`, `read ${pick(books)} in ${2019 + (i % 6)}, ${pick(['loved it', 'found it slow', 'recommended it to Arjun', 'gave up halfway'])}`],
  (i) => [`purchase_${i}`, `bought a ${pick(items)} in ${pick(['January', 'April', 'July', 'October'])}`],
  (i) => [`meeting_note_${i}`, `1:1 with ${pick(people)}: discussed ${pick(topics)} and next sprint priorities`],
  (i) => [`idea_${i}`, `idea: automate the ${pick(topics)} with a nightly job`],
  (i) => [
    `event_${i}`,
    `attended ${pick(['a team lunch', 'a meetup', 'a school play', 'a birthday party', 'a webinar'])} on ${pick(['Monday', 'Tuesday', 'Thursday', 'Saturday'])} about ${pick(topics)}`,
  ],
];
const facts = [];
for (const [key, value] of Object.entries(core)) facts.push({ key, value, bucket: 'static' });
for (const [key, value] of Object.entries(dynamic)) facts.push({ key, value, bucket: 'dynamic' });
let i = 0;
while (facts.length < 300) {
  const [key, value] = templates[i % templates.length](i);
  facts.push({ key, value, bucket: 'static' });
  i++;
}

// needed: any one of these keys (the fact a person would need); name/timezone/language are always shown.
const tasks = [
  { task: 'Book a restaurant for a team dinner on Friday', needed: ['diet', 'allergies'] },
  { task: 'Schedule a meeting with her next week', needed: ['meeting_preference', 'work_hours'] },
  { task: 'Book her flights to the Lisbon conference', needed: ['home_airport'] },
  { task: 'Which seat should I pick for her on the plane?', needed: ['seat_preference'] },
  { task: 'Reserve a hotel room for her stay', needed: ['hotel_preference'] },
  { task: 'Write a code sample for her in a language she knows', needed: ['programming_languages'] },
  { task: 'Format the weekly status summary the way she likes it', needed: ['communication_style'] },
  { task: 'Plan a weekend activity for her family', needed: ['kids', 'partner'] },
  { task: 'Find someone to look after her dog while she travels', needed: ['pet'] },
  { task: 'Recommend a novel for the long flight', needed: ['reading'] },
  { task: 'Make her a playlist to concentrate while coding', needed: ['music_for_focus'] },
  { task: 'Put together a training plan for her race', needed: ['fitness_goal'] },
  { task: 'Is amoxicillin safe to give her? Any drug allergy?', needed: ['allergies'] },
  { task: 'Grab her a drink from the cafe downstairs', needed: ['coffee', 'tea'] },
  { task: 'Which AWS services do her pipelines run on?', needed: ['cloud', 'current_project'] },
  { task: 'What is she busy with at work right now?', needed: ['current_project', 'this_week'] },
  { task: 'Who is her boss? I need approval for her expenses', needed: ['manager'] },
  { task: 'Draft an intro email to her colleagues', needed: ['team'] },
  { task: 'Suggest resources to practise Spanish', needed: ['learning_goal'] },
  { task: 'Reserve a parking spot that fits her vehicle', needed: ['car'] },
  // held out: not looked at while tuning the relevance tables
  { task: 'Send flowers to her home town address', needed: ['location', 'home'] },
  { task: 'Sign her up for a weekend class she would enjoy', needed: ['hobbies'] },
  { task: 'Get concert tickets she would love', needed: ['favorite_band'] },
  { task: 'Pick a gift for her birthday', needed: ['gift_ideas', 'birthday'] },
  { task: 'Order a team t-shirt in her size', needed: ['clothing_size'] },
  { task: 'Plan a mountain hike with her: any health concerns?', needed: ['health'] },
  { task: 'How should I address her in the introduction?', needed: ['preferred_name', 'pronouns'] },
  { task: 'Recommend a plugin for her code editor', needed: ['editor'] },
  { task: 'Suggest a charity event she could volunteer at on a Saturday', needed: ['volunteering'] },
  { task: 'Order lunch for her from a place nearby', needed: ['diet', 'allergies', 'favorite_cuisine'] },
];
const HOLDOUT_FROM = 20;
const set = {
  about: 'SPEC §7 relevance: for each task, is a needed fact inside a 500-token get_profile of this 300-fact profile? Tasks 21-30 are held out.',
  budget: 500,
  holdout_from: HOLDOUT_FROM,
  facts,
  tasks: tasks.map((t, n) => ({ ...t, split: n < HOLDOUT_FROM ? 'dev' : 'holdout' })),
};
writeFileSync(new URL('../sets/relevance-300.json', import.meta.url), `${JSON.stringify(set, null, 1)}\n`);
console.error(`relevance-300: ${facts.length} facts, ${tasks.length} tasks`);
