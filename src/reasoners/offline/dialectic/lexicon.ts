import { GRANDCHILD_WORDS } from './concepts/index.js';
import { splitOn } from './words.js';

/**
 * Word lists of the offline dialectic (data): other people and animals a question may be about,
 * words that mark the past, words too generic to be a topic, and a few synonyms for matching.
 * Every list is matched on lemmas / stems through a Set or Map, never through Object lookups.
 */

const set = (words: string): ReadonlySet<string> => new Set(splitOn(words, ' \n'));

/**
 * Nouns naming someone other than the user (or an animal). Each belongs to a group whose names may
 * stand in a fact key ("spouse_name", "kids") when the profile does hold that person's details.
 */
export const RELATION_GROUPS: ReadonlyMap<string, readonly string[]> = new Map([
  ['spouse', ['wife', 'husband', 'spouse', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée']],
  [
    'child',
    [
      'son',
      'daughter',
      'child',
      'children',
      'kid',
      'kids',
      'baby',
      'toddler',
      'teenager',
      'stepson',
      'stepdaughter',
      'eldest',
      'youngest',
      'oldest',
      'boys',
      'girls',
      'boy',
      'girl',
      'lad',
      'lads',
    ],
  ],
  ['grandchild', GRANDCHILD_WORDS],
  ['parent', ['mother', 'father', 'mum', 'mom', 'dad', 'parent', 'parents', 'stepmother', 'stepfather', 'mama', 'papa']],
  ['grandparent', ['grandmother', 'grandfather', 'grandma', 'grandpa', 'granny', 'grandparent', 'grandparents', 'nan', 'nana']],
  ['sibling', ['brother', 'sister', 'sibling', 'siblings', 'twin']],
  ['relative', ['cousin', 'aunt', 'uncle', 'niece', 'nephew', 'in-law', 'relative', 'relatives']],
  [
    'work',
    [
      'boss',
      'manager',
      'colleague',
      'colleagues',
      'coworker',
      'co-worker',
      'teammate',
      'employee',
      'client',
      'customer',
      'mentor',
      'mentee',
      'assistant',
      'cofounder',
      'co-founder',
      'supervisor',
      'director',
      'ceo',
      'headteacher',
      'principal',
      'coach',
      'trainer',
      'lead',
      'doctor',
      'gp',
      'therapist',
      'dentist',
      'vet',
      'lawyer',
      'solicitor',
      'accountant',
      // ("where did her bookkeeper train?", "what are her preparers' names?": people who work for the user.)
      'bookkeeper',
      'bookkeepers',
      'preparer',
      'preparers',
      'nanny',
      'physio',
      // ("what camera does her second shooter use?": a photographer's assistant at a shoot.)
      'shooter',
      // ("has his groundie got a chainsaw ticket yet?": a tree surgeon's ground worker; a childminder's children minded.)
      'groundie',
      'mindee',
      'mindees',
    ],
  ],
  [
    'friend',
    [
      'friend',
      'friends',
      'bestie',
      'neighbour',
      'neighbor',
      'roommate',
      'flatmate',
      'housemate',
      'landlord',
      'landlady',
      'ex',
      'mate',
      'classmate',
      'labmate',
      'coursemate',
      // ("what's the name of the guy with the loud generator?", "the lady at number 9": someone the user knows of.)
      'guy',
      'bloke',
      'fella',
      'lady',
    ],
  ],
  ['pet', ['dog', 'cat', 'pet', 'puppy', 'pup', 'pooch', 'kitten', 'kitty', 'hen', 'horse', 'rabbit', 'parrot', 'hamster', 'bird', 'tortoise', 'kelpie']],
]);

/** relation word -> its group. */
export const RELATIONS: ReadonlyMap<string, string> = new Map([...RELATION_GROUPS].flatMap(([group, words]) => words.map((w) => [w, group] as const)));

/** Key words that stand for any member of a relation group ("spouse_name" answers "her husband's name"). */
export const RELATION_KEY_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['spouse', ['spouse', 'partner', 'wife', 'husband']],
  ['parent', ['parents']],
  ['grandparent', ['grandparents']],
  ['sibling', ['siblings']],
  ['child', ['child', 'children', 'kids', 'kid']],
]);

/**
 * Words by which a family fact speaks of a kind of relative: "does she have siblings?" is answered by a
 * family fact only when it speaks of siblings ("widowed" speaks of a spouse, "one son" of children).
 */
export const RELATION_MENTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'spouse',
    [
      'married',
      'marry',
      'widowed',
      'widow',
      'widower',
      'divorced',
      'separated',
      'single',
      'engaged',
      'partner',
      'husband',
      'wife',
      'spouse',
      'boyfriend',
      'girlfriend',
      'fiance',
      'fiancee',
      'relationship',
      'dating',
    ],
  ],
  [
    'child',
    [
      'son',
      'sons',
      'daughter',
      'daughters',
      'child',
      'children',
      'kid',
      'kids',
      'baby',
      'expecting',
      'pregnant',
      'childless',
      'stepson',
      'stepdaughter',
      'toddler',
      'teenager',
      // "twin boys (9)", "two girls": the user's children, said the everyday way (as a question may ask "how old are his boys?").
      'boys',
      'girls',
      'twins',
      'stepkids',
      'stepchildren',
    ],
  ],
  ['grandchild', GRANDCHILD_WORDS],
  ['parent', ['mother', 'father', 'mum', 'mom', 'dad', 'parent', 'parents', 'orphan']],
  ['grandparent', ['grandmother', 'grandfather', 'grandma', 'grandpa', 'grandparents']],
  ['sibling', ['brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'twin', 'only child']],
  ['relative', ['cousin', 'cousins', 'aunt', 'uncle', 'niece', 'nephew', 'relatives', 'in-laws']],
  ['pet', ['dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'puppy', 'pup', 'pooch', 'kitten', 'kitty']],
]);

/** How a family item may name a relation without its word ("married to Tiago" names a husband). */
export const RELATION_PHRASES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['husband', ['married to']],
  ['wife', ['married to']],
  ['spouse', ['married to']],
  ['fiance', ['engaged to']],
  ['fiancee', ['engaged to']],
  ['fiancé', ['engaged to']],
  ['fiancée', ['engaged to']],
  ['partner', ['lives with', 'married to', 'engaged to', 'relationship with', 'together with']],
  ['boyfriend', ['dating', 'seeing', 'lives with', 'relationship with', 'together with']],
  ['girlfriend', ['dating', 'seeing', 'lives with', 'relationship with', 'together with']],
  // One parent, spelt as each English writes it ("where does her mom live?" beside "mum in Nyeri").
  ['mom', ['mum', 'mam', 'mother']],
  ['mum', ['mom', 'mam', 'mother']],
  ['mam', ['mum', 'mom', 'mother']],
  ['mother', ['mum', 'mom', 'mam']],
  ['dad', ['father', 'da']],
  ['father', ['dad']],
  ['grandma', ['gran', 'granny', 'nan', 'nana', 'grandmother']],
  ['gran', ['grandma', 'granny', 'nan', 'nana', 'grandmother']],
  ['nan', ['gran', 'grandma', 'granny', 'nana', 'grandmother']],
  ['grandmother', ['gran', 'grandma', 'granny', 'nan', 'nana']],
  ['grandpa', ['grandad', 'granddad', 'grandfather']],
  ['grandad', ['grandpa', 'granddad', 'grandfather']],
  ['grandfather', ['grandpa', 'grandad', 'granddad']],
  // "how old is the grandbaby?" beside "grandson Hugo, 9 months".
  ...['grandbaby', 'grandkid', 'grandwean'].map((w): [string, readonly string[]] => [w, ['grandson', 'granddaughter', 'grandchild']]),
]);

/** "is she a mother?" asks whether she has children: the relative a role of the user speaks of. */
export const ROLE_OF_USER: ReadonlyMap<string, string> = new Map([
  ['parent', 'child'],
  ['mother', 'child'],
  ['mum', 'child'],
  ['mom', 'child'],
  ['father', 'child'],
  ['dad', 'child'],
  ['grandmother', 'grandchild'],
  ['grandfather', 'grandchild'],
  ['grandparent', 'grandchild'],
  ['grandma', 'grandchild'],
  ['grandpa', 'grandchild'],
  ['wife', 'spouse'],
  ['husband', 'spouse'],
  ['sister', 'sibling'],
  ['brother', 'sibling'],
  ['aunt', 'niece'],
  ['uncle', 'niece'],
]);

/** Words for any child, that a family item may replace by "kids", "sons"... ("how old is his eldest?"). */
export const ANY_CHILD: ReadonlySet<string> = new Set(['eldest', 'youngest', 'oldest', 'kid', 'kids', 'child', 'children']);
export const CHILD_WORDS: readonly string[] = [
  'kids',
  'kid',
  'children',
  'child',
  'son',
  'sons',
  'daughter',
  'daughters',
  'boys',
  'girls',
  // ("two teenagers: Mia (17) and Josh (15)", "twin toddlers Ava and Noah")
  'teenagers',
  'teens',
  'toddlers',
  'twins',
];

/** Kinds of animal a pets item may name instead of "dog" or "cat" ("a collie called Bess"). */
export const ANIMAL_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    'dog',
    (
      'collie kelpie labrador lab retriever spaniel terrier poodle greyhound beagle dachshund husky shepherd bulldog pug whippet ' +
      'corgi schnauzer boxer sheepdog chihuahua lurcher doberman rottweiler mastiff pointer setter dalmatian cockapoo labradoodle puppy pup ' +
      'inu shiba akita pomeranian maltese shih tzu bichon cavalier staffie staffy jack russell vizsla weimaraner samoyed malamute ' +
      'newfoundland bernese sheltie border collie greyhound saluki basenji pekingese pinscher keeshond spitz heeler ridgeback ' +
      'frenchie westie yorkie springer cocker cavapoo cockerpoo goldendoodle sprocker jackapoo bullmastiff sharpei mutt mongrel aspin askal ' +
      'huntaway patterdale bloodhound basset groodle spoodle cavoodle malinois corso chow pitbull scottie'
    ).split(' '),
  ],
  ['cat', 'tabby siamese persian ragdoll bengal sphynx kitten moggy burmese tortie tortoiseshell coon shorthair'.split(' ')],
]);

/** Keys that list several people or animals: only their items say who is who. */
export const COLLECTION_KEYS = set('family children kids pets household relationships dogs cats animals siblings parents grandchildren');

/** Facts whose items may name the user's people and animals ("partner Jess", "kelpie called Milo"). */
export const PEOPLE_KEYS = set(
  'family children kids spouse partner pets pet dog dogs cat cats household relationships relationship_status marital_status ' +
    'grandchildren grandkids siblings parents husband wife son sons daughter daughters brother brothers sister sisters ' +
    'family_members spouse_name partner_name children_names kids_names pet_names pet_name dog_name cat_name boyfriend girlfriend fiance fiancee',
);

/** Keys whose meaning is all in their value ("dislikes": "voice notes"): a value's topic answers for them. */
export const PREFERENCE_KEYS = set('dislikes likes pet_peeves hates loves avoid avoids dealbreakers');

/** Words that ask about the past (the profile holds the present); the weak ones only with a past tense. */
export const PAST_MARKERS = set('previously previous former formerly prior');
export const WEAK_PAST_MARKERS = set('before earlier old ex first last');
export const PAST_AUX = set('did was were had');
/** Phrases that set a question in the user's past ("which team did he play for as a kid?"). */
export const PAST_PHRASES: readonly (readonly string[])[] = [
  'as a kid',
  'as a child',
  'as a teenager',
  'as a teen',
  'growing up',
  'years ago',
  'back then',
  'in her youth',
  'in his youth',
  'when she was young',
  'when he was young',
  'when she was younger',
  'when he was younger',
].map((p) => p.split(' '));
/** Keys that do hold the past. */
export const PAST_KEY_WORDS = set('previous former past prior history old ex earlier');

/** Words that never carry a topic of their own. */
export const GENERIC = set(
  'user users person people profile someone somebody anyone anything something everything thing things stuff ' +
    'what which who whom whose when where why how is are was were be been being do does did done have has had can could would ' +
    'should will shall may might must any some all every each no not yes just really actually exactly ideally usually generally ' +
    'typically probably maybe perhaps still too also else other another more most much many lot lots kind sort type way ways part ' +
    'bit one ones info information detail fact facts answer question tell know say said mention think want need get go come make ' +
    'give take put let see look try ask okay ok please thanks thank hey hi hello so and or but if then than that this these those ' +
    'there here it its they them their theirs he him his she her hers we us our you your i me my mine a an the of to in on at for ' +
    'with by from as into about over up down out off again once only own same such both few very good great nice best new old ' +
    'right left first last next day time year years favorite favourite fave fav main usual typical current general overall ' +
    'primary preferred normal regular particular specific exact actual real big biggest major huge latest',
);

/** Head nouns too vague to be what a question asks for ("what part does she sing?"). */
export const GENERIC_HEADS = set(
  'part kind sort type thing things stuff way ways one ones bit lot lots sort something anything everything idea option options choice ' +
    'answer reason reasons cause time good bad best worst person people member form issue issues problem problems concern concerns matter matters situation ' +
    'ticket tickets voucher vouchers gift gifts present presents girl girls guy guys boy lady man woman gal bloke chap fella ' +
    // ("whats wrong with her achilles": what ails it, not a thing called "wrong".)
    'wrong',
);

/** The days of the week, lower case. */
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Words that point at the user. */
export const USER_WORDS = set('she her hers herself he him his himself they them their theirs themselves user person');
/** How a question refers to the user as a subject ("would she …", "is he …"). */
export const USER_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'they']);
/** How a question refers to the user as an object ("is that ok for her?", "can I ring him?"). */
export const USER_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/** Possessive forms for the wording of an abstention. */
export const POSSESSIVE: ReadonlyMap<string, string> = new Map([
  ['she', 'her'],
  ['her', 'her'],
  ['hers', 'her'],
  ['he', 'his'],
  ['him', 'his'],
  ['his', 'his'],
  ['they', 'their'],
  ['them', 'their'],
  ['their', 'their'],
]);

/** Synonyms for word matching (stems on both sides): question word -> words a stored value may use. */
export const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  // How often, as an adjective and as the period a value names ("her yearly travel budget": "€3,000 a year").
  ['yearly', ['year', 'annual', 'annually', 'annum']],
  ['annual', ['year', 'yearly', 'annually', 'annum']],
  ['annually', ['year', 'yearly', 'annual']],
  ['monthly', ['month']],
  ['weekly', ['week']],
  ['daily', ['day']],
  ['nightly', ['night']],
  ['fortnightly', ['fortnight']],
  ['earthquake', ['seismic']],
  ['quake', ['seismic']],
  ['uni', ['university', 'college']],
  // One language by its other names ("a segment in Bisaya" beside "Cebuano").
  ['bisaya', ['cebuano', 'visayan']],
  ['visayan', ['cebuano', 'bisaya']],
  ['cebuano', ['bisaya', 'visayan']],
  ['farsi', ['persian']],
  ['persian', ['farsi']],
  // ("can she read a leaflet in filipino?" beside "Tagalog": Filipino is Tagalog as the Philippines teaches it.)
  ['filipino', ['tagalog']],
  ['tagalog', ['filipino']],
  ['mandarin', ['chinese']],
  ['flemish', ['dutch']],
  ['castilian', ['spanish']],
  ['bahasa', ['malay', 'indonesian']],
  ['net', ['internet', 'broadband', 'wifi']],
  ['fallback', ['backup', 'spare']],
  ['backup', ['fallback', 'spare']],
  // "who's the house insured with?" beside "home with Aviva": the house is the home.
  ['house', ['home']],
  ['postgrad', ['meng', 'msc', 'ma', 'mba', 'phd', 'master', 'masters', 'postgraduate']],
  ['kid', ['child', 'children', 'son', 'daughter']],
  ['grandchild', ['grandson', 'granddaughter']],
  // "how many hours a year is she expected to bill?" beside "billable target".
  ['bill', ['billable']],
  ['mobile', ['phone']],
  ['audio', ['voice']],
  ['zoom', ['video']],
  ['spreadsheet', ['excel']],
  ['telly', ['tv']],
  ['footy', ['football']],
  ['talk', ['speaking', 'speak', 'presentation', 'presenting', 'keynote', 'panel']],
  ['presentation', ['talk', 'speaking', 'presenting', 'keynote']],
  ['speech', ['talk', 'speaking', 'keynote']],
  ['veggie', ['vegetarian']],
  ['iphone', ['ios']],
  ['ipad', ['ios']],
  ['chart', ['colour', 'color']],
  ['lobster', ['shellfish']],
  ['crab', ['shellfish']],
  ['prawn', ['shellfish']],
  ['shrimp', ['shellfish']],
  ['oyster', ['shellfish']],
  ['mussel', ['shellfish']],
  ['scallop', ['shellfish']],
  ['peanut', ['nut', 'nuts']],
  ['almond', ['nut', 'nuts']],
  ['cashew', ['nut', 'nuts']],
  ['cheese', ['dairy', 'lactose', 'vegan']],
  ['milk', ['dairy', 'lactose', 'vegan']],
  ['butter', ['dairy', 'vegan']],
  ['cream', ['dairy', 'vegan']],
  ['yoghurt', ['dairy', 'vegan']],
  ['egg', ['vegan']],
  ['honey', ['vegan']],
  ['bread', ['gluten', 'wheat']],
  ['pasta', ['gluten', 'wheat']],
  ['croissant', ['gluten', 'wheat']],
  ['pastry', ['gluten', 'wheat']],
  ['cake', ['gluten', 'diabetes', 'diabetic']],
  ['biscuit', ['gluten']],
  ['cookie', ['gluten']],
  ['muffin', ['gluten']],
  ['pizza', ['gluten', 'dairy']],
  ['nutella', ['hazelnut', 'hazelnuts', 'nut', 'nuts']],
  ['praline', ['hazelnut', 'nut', 'nuts']],
  ['pesto', ['pine nut', 'nut', 'nuts']],
  ['marzipan', ['almond', 'nut', 'nuts']],
  ['satay', ['peanut', 'nut', 'nuts']],
  ['tofu', ['soy']],
  ['edamame', ['soy']],
  ['beer', ['alcohol', 'gluten']],
  ['wine', ['alcohol']],
  ['smoke', ['asthma']],
  ['smoky', ['asthma']],
  ['sugar', ['diabetes', 'diabetic']],
  ['sweet', ['diabetes', 'diabetic']],
  ['chocolate', ['diabetes', 'diabetic']],
  ['dessert', ['diabetes', 'diabetic']],
  ['nickname', ['preferred']],
  // Everyday and regional names of the same thing ("is she a JP?" beside "magistrate", "at the mosque" beside "masjid").
  ['jp', ['magistrate']],
  ['mosque', ['masjid']],
  ['masjid', ['mosque']],
  ['barbie', ['bbq', 'barbecue', 'braai']],
  ['braai', ['bbq', 'barbecue']],
  ['bbq', ['barbecue', 'braai']],
  ['barbecue', ['bbq', 'braai']],
  // Languages named with or without their own prefix ("will she understand Swahili?" beside "Kiswahili").
  ['swahili', ['kiswahili']],
  ['kiswahili', ['swahili']],
  ['zulu', ['isizulu']],
  ['isizulu', ['zulu']],
  ['xhosa', ['isixhosa']],
  ['isixhosa', ['xhosa']],
  ['tswana', ['setswana']],
  ['setswana', ['tswana']],
  ['sotho', ['sesotho']],
  ['sesotho', ['sotho']],
  ['ganda', ['luganda']],
  ['luganda', ['ganda']],
  ['tagalog', ['filipino']],
  ['filipino', ['tagalog']],
  // Nicknames of places ("the tassie trip" beside "Tasmania 3–17 November").
  ['tassie', ['tasmania']],
  ['brissie', ['brisbane']],
  ['brizzy', ['brisbane']],
  ['brisvegas', ['brisbane']],
  ['melbs', ['melbourne']],
  ['sydders', ['sydney']],
  ['freo', ['fremantle']],
  ['philly', ['philadelphia']],
  ['joburg', ['johannesburg']],
  ['jozi', ['johannesburg']],
  ['brum', ['birmingham']],
  ['straya', ['australia']],
  ['naija', ['nigeria']],
  ['bout', ['fight']],
  ['stereo', ['hi-fi', 'hifi', 'receiver', 'receivers', 'amplifier', 'amp', 'turntable']],
]);

/** Verbs that, asked with a final preposition ("what does she write it in?"), ask for a programming language. */
/**
 * Words that do not make the word before them a modifier: a noun followed by one of these heads its own
 * phrase ("a car to get to work", "podcasts about crime"), while one followed by another word ("car
 * journeys", "phone calls") names a kind of that word.
 */
export const PHRASE_CLOSERS = set(
  'about of for in on at to from with without by over under after before since during into onto near than like as via per ' +
    'and or but nor so yet plus a an the this that these those my his her their our your its i he she they we you it me him them us ' +
    'who which whom whose what where when why how is are was were be been being am has have had do does did will would can could ' +
    'should may might must not no never daily weekly monthly now often always sometimes usually every each only too also very ' +
    'really mostly mainly just still again today tomorrow yesterday tonight currently here there etc ' +
    // Words that close a counted phrase after its noun ("3 processes open", "two weeks left").
    'open left pending ongoing remaining outstanding',
);

export const CODING_VERBS = set('write code program build develop implement script');

/**
 * Words that head fact keys, in rings of everyday synonyms: a question that names one member of a ring
 * ("which rugby side?", "what does he charge?", "her quickest 10k") asks about a key that writes another
 * ("rugby_team", "day_rate", "personal_best"). Matched against key words only, on stems, both ways.
 */
export const KEY_WORD_RINGS: readonly (readonly string[])[] = [
  ['team', 'side', 'club', 'squad'],
  ['rate', 'rates', 'fee', 'fees', 'charge', 'charges', 'charging', 'price', 'prices', 'pricing', 'tariff'],
  ['salary', 'pay', 'wage', 'wages', 'income', 'earnings'],
  ['gear', 'kit', 'equipment', 'gadget', 'gadgets'],
  ['shop', 'store'],
  ['flat', 'apartment'],
  ['mobile', 'cellphone', 'phone'],
  ['trip', 'journey'],
  ['business', 'trading'],
  // ("which arena does she mostly work out of?" beside work_venues)
  ['venue', 'venues', 'arena', 'arenas', 'stadium', 'theatre', 'theater'],
];
