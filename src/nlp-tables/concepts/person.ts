import type { ConceptDef } from './types.js';

/** Who the user is: names, age, family, places, languages, health, beliefs. */

const LANGUAGE_NAMES =
  'english french spanish german italian portuguese dutch polish russian ukrainian greek turkish arabic hebrew farsi persian ' +
  'urdu hindi bengali punjabi gujarati marathi tamil telugu kannada malayalam sinhala nepali mandarin cantonese chinese ' +
  'japanese korean vietnamese thai indonesian malay tagalog filipino swahili kikuyu igbo yoruba hausa amharic zulu xhosa ' +
  'afrikaans twi somali welsh irish gaelic swedish norwegian danish finnish icelandic czech slovak hungarian romanian ' +
  'bulgarian serbian croatian maori samoan';

export const PERSON: readonly ConceptDef[] = [
  {
    name: 'name',
    noun: 'name',
    triggers: ['name', '=called', '=named', 'full name', 'first name', 'surname', 'last name', 'who am i talking to', 'spell her name', 'spell his name'],
    keys: ['name', 'full_name', 'first_name', 'last_name', 'surname'],
    near: ['preferred_name', 'nickname'],
    categories: ['name'],
  },
  {
    name: 'nickname',
    noun: 'nickname',
    triggers: ['nickname', 'go by', 'goes by', 'preferred name', 'what to call', 'known as'],
    keys: ['preferred_name', 'nickname', 'goes_by', 'nicknames'],
    near: ['name'],
  },
  {
    name: 'pronouns',
    noun: 'pronouns',
    triggers: ['pronoun', 'pronouns', 'gender', 'she/her', 'he/him', 'they/them'],
    keys: ['pronouns', 'gender'],
  },
  {
    name: 'age',
    noun: 'age',
    triggers: ['age', 'how old', 'birth date', 'date of birth', 'year of birth', '=thirties', '=twenties', '=forties', '=fifties', '=sixties', '=seventies', '=teens', 'age group'],
    weak: ['birthday'],
    keys: ['age', 'birthday', 'birth_date', 'date_of_birth', 'birth_year', 'dob'],
  },
  {
    name: 'zodiac',
    noun: 'star sign',
    triggers: ['star sign', 'zodiac', 'horoscope', 'astrological sign', 'sun sign', 'astrology', 'chinese zodiac'],
    keys: ['star_sign', 'zodiac', 'zodiac_sign', 'astrological_sign'],
  },
  {
    name: 'family',
    noun: 'family',
    triggers: [
      'family', 'families', 'married', 'marriage', 'spouse', 'wife', 'husband', 'partner', 'kid', 'kids', 'child', 'children',
      'son', 'sons', 'daughter', 'daughters', 'grandchild', 'grandchildren', 'grandson', 'granddaughter', 'grandkid', 'grandkids',
      'parent', 'parents', 'mother', 'father', 'mum', 'mom', 'dad', 'sibling', 'siblings', 'brother', 'sister', 'single',
      'widowed', 'widow', 'widower', 'divorced', 'engaged', 'seeing anyone', 'seeing someone', 'dating', 'relationship',
      'lives with', 'live with', 'living with', 'household', 'baby', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'who is in it',
      'expecting', 'pregnant', 'pregnancy', 'maternity', 'paternity', 'grandparent', 'grandparents', 'cousin', 'cousins', 'relatives',
      'look after', 'looks after', 'care for', 'cares for', 'caring for', 'carer', 'dependants', 'dependents',
    ],
    keys: ['family', 'children', 'kids', 'spouse', 'partner', 'marital_status', 'relationship_status', 'relationship', 'household', 'relationships'],
  },
  {
    name: 'living',
    noun: 'living situation',
    triggers: [
      'live alone', 'lives alone', 'living alone', 'on his own', 'on her own', 'on their own', 'by himself', 'by herself', 'by themselves',
      'live with', 'lives with', 'living with', 'flatmate', 'flatmates', 'roommate', 'roommates', 'housemate', 'housemates',
      'living situation', 'living arrangements', 'home life', 'apartment', 'flat:NOUN', 'house share', 'rent', 'renting', 'own a house',
    ],
    keys: ['living_situation', 'living_arrangement', 'living_arrangements', 'housing', 'home_situation'],
    near: ['household', 'family'],
  },
  {
    name: 'pets',
    noun: 'pets',
    triggers: ['pet', 'pets', 'dog', 'dogs', 'cat', 'cats', 'animal', 'animals', 'puppy', 'kitten', 'hen', 'hens', 'horse', 'rabbit', 'parrot', 'hamster', 'dog person', 'cat person', 'pet owner'],
    keys: ['pets', 'pet', 'dog', 'dogs', 'cat', 'cats', 'animals'],
  },
  {
    name: 'location',
    noun: 'location',
    triggers: [
      'live', 'lives', 'living', 'stay:VERB', 'stays:VERB', 'based', 'located', 'location', 'city', 'town', 'country', 'post',
      'parcel', 'package', 'mail', 'ship to', 'where in', 'suburb', 'neighbourhood', 'neighborhood', 'district', 'which part of town',
      'which area', 'what area', 'these days live', 'live these days',
      'which part of', '<place>',
    ],
    weak: ['where', 'area', 'region', 'deliver', 'delivery', 'delivered'],
    keys: ['location', 'city', 'country', 'region', 'current_location', 'home', 'residence', 'based_in', 'state'],
    near: ['address'],
    related: ['hometown', 'timezone'],
  },
  {
    name: 'address',
    noun: 'address',
    triggers: [
      'address:NOUN', 'home address', 'postal address', 'street address', 'street', 'postcode', 'zip code', 'post code', 'house number',
    ],
    keys: ['address', 'home_address', 'postal_address', 'street_address', 'postcode', 'zip_code'],
    related: ['location'],
  },
  {
    name: 'origin',
    noun: 'hometown',
    triggers: ['hometown', 'home town', 'grow up', 'grew up', 'childhood', 'early childhood', 'early years', 'raised', 'brought up', 'originally', 'back home', 'at home in', 'roots', 'birthplace', 'place of birth', 'home country', 'born in', 'come from', 'comes from'],
    keys: ['hometown', 'birthplace', 'place_of_birth', 'origin', 'home_country', 'grew_up'],
    near: ['nationality'],
    related: ['location'],
  },
  {
    name: 'nationality',
    noun: 'nationality',
    triggers: ['nationality', 'citizen', 'citizenship', 'passport', 'visa', 'residency', 'permanent resident', 'resident', 'ethnicity', 'heritage', 'immigration', 'immigrant'],
    keys: ['nationality', 'citizenship', 'residency', 'ethnicity', 'heritage', 'immigration_status'],
    near: ['hometown'],
  },
  {
    name: 'language',
    classOf: true,
    noun: 'languages',
    triggers: [
      'language', 'languages', 'speak', 'speaks', 'spoken', 'fluent', 'mother tongue', 'first language', 'native language',
      'greet', 'translate', 'translation', 'bilingual', 'multilingual',
    ],
    instances: LANGUAGE_NAMES.split(' '),
    keys: ['language', 'languages', 'languages_spoken', 'native_language', 'spoken_languages', 'preferred_language', 'mother_tongue'],
    categories: ['language'],
  },
  {
    name: 'contact',
    noun: 'contact details',
    triggers: [
      'email', 'e-mail', 'email address', 'phone number', 'mobile number', 'cell number', 'telephone', 'contact details',
      'contact info', 'contact', 'reach her', 'reach him', 'linkedin', 'github', 'twitter', 'website', 'handle', 'whatsapp',
    ],
    weak: ['number'],
    keys: ['email', 'phone', 'phone_number', 'mobile', 'contact', 'website', 'linkedin', 'github', 'twitter', 'contact_details'],
  },
  {
    name: 'health',
    noun: 'health',
    triggers: [
      'health', 'healthy', 'medical', 'condition', 'conditions', 'illness', 'disease', 'disability', 'disabled', 'mobility',
      'wheelchair', 'stairs', 'pain', 'injury', 'injured', 'sick', 'chronic', 'smoke', 'smoky', 'smoking',
      'dust', 'fumes', 'hear', 'hearing', 'deaf', 'walk up', 'steep hill', 'long walk', 'on her feet', 'on his feet', 'stand for long', 'climb stairs', 'lift heavy',
    ],
    instances: [
      'knee', 'knees', 'back pain', 'migraine', 'migraines', 'blood pressure', 'diabetes', 'diabetic', 'asthma', 'pregnant',
      'pregnancy', 'bright light', 'a cold', 'covid', 'fever', 'sprained', 'sprain', 'fracture',
      'recovering', 'injured', 'arthritis', 'tinnitus', 'epilepsy', 'heart condition', 'cholesterol', 'anxiety', 'depression', 'adhd', 'autism', 'cancer', 'pollen', 'hay fever',
    ],
    weak: ['walk', 'walking', 'hill', 'hills'],
    keys: ['health_conditions', 'health', 'medical_conditions', 'conditions', 'disabilities', 'medical', 'injuries', 'medications'],
    near: ['accessibility'],
    related: ['allergies'],
  },
  {
    name: 'medication',
    classOf: true,
    noun: 'medication',
    triggers: ['medication', 'medications', 'medicine', 'medicines', 'meds', 'pills', 'tablets', 'prescription', 'prescriptions', 'prescribed', 'dose', 'dosage', 'drug', 'drugs'],
    instances: [
      'insulin', 'metformin', 'statin', 'statins', 'inhaler', 'inhalers', 'salbutamol', 'ventolin', 'amlodipine', 'lisinopril', 'ramipril',
      'levothyroxine', 'sertraline', 'fluoxetine', 'citalopram', 'methylphenidate', 'ritalin', 'concerta', 'adderall', 'elvanse',
      'lisdexamfetamine', 'warfarin', 'apixaban', 'aspirin', 'paracetamol', 'ibuprofen', 'antihistamine', 'antihistamines', 'epipen',
      'beta blocker', 'beta blockers', 'blood thinners', 'the pill', 'hrt', 'melatonin',
    ],
    keys: ['medications', 'medication', 'medicines', 'prescriptions'],
    near: ['health_conditions', 'health', 'medical_conditions'],
    related: ['allergies'],
  },
  {
    name: 'accessibility',
    noun: 'accessibility needs',
    triggers: [
      'accessibility', 'accessible', 'large print', 'print', 'font', 'font size', 'text size', 'screen reader', 'colour blind',
      'color blind', 'colour blindness', 'color blindness', 'red', 'green', 'chart', 'charts', 'contrast', 'visual', 'vision',
      'eyesight', '=glasses', 'captions', 'subtitles', 'dyslexia', 'dyslexic', 'hard of hearing', 'blind',
    ],
    keys: ['accessibility', 'accessibility_needs', 'vision', 'access_needs'],
    related: ['health_conditions'],
  },
  {
    name: 'faith',
    noun: 'faith',
    triggers: [
      'faith', 'religion', 'religious', 'denomination', 'denominations', 'church', 'mosque', 'temple', 'synagogue', 'pray', 'prayer', 'prayers', 'worship',
      'sabbath', 'shabbat', 'ramadan', 'fasting', 'christian', 'muslim', 'jewish', 'hindu', 'buddhist', 'sikh', 'methodist',
      'catholic', 'sunday service', 'churchgoer', 'churchgoing', 'go to church', 'goes to church', 'believer', 'spiritual', 'god',
    ],
    keys: ['faith', 'religion', 'beliefs', 'religious_practice', 'religious_observance'],
    near: ['values'],
  },
  {
    name: 'values',
    noun: 'values',
    triggers: ['values', 'believe', 'belief', 'beliefs', 'principle', 'principles', 'ethics', 'ethical', 'open source', 'open-source', 'sustainability', 'sustainable', 'environment', 'environmental', 'climate'],
    weak: ['paid', 'free', 'community', 'cost'],
    keys: ['values', 'beliefs', 'principles', 'causes'],
    near: ['faith'],
  },
];
