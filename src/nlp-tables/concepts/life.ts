import type { ConceptDef } from './types.js';

/** The user's tastes and ways: food, free time, personality, how they like to be spoken to. */

const FOOD = 'food foods meal meals dinner lunch breakfast brunch supper takeaway takeout cuisine dish dishes menu cook cooking bake baking snack snacks catering buffet eat eats eating dining';

const DISHES =
  'pizza burger burgers sushi ramen curry biryani tapas dosa pasta noodles rice salad soup sandwich sandwiches dessert desserts ' +
  'chocolate cheese bread cookies biscuits sauce miso soy spicy salt salty sugar sweet sweets cake cakes brownies pastries canapes ' +
  'croissant croissants pastry muffin muffins doughnut doughnuts donut donuts bagel bagels pie pies tart scone scones pancakes ' +
  'waffles cupcakes cereal porridge toast crisps chips fries nuts peanuts popcorn candy sweets ice-cream icecream yoghurt yogurt ' +
  'kebab tacos burrito dumplings dim-sum paella risotto lasagne lasagna hotdog hot-dog barbecue-ribs wings fried-chicken ' +
  'jollof injera falafel hummus kimchi pho bao crepe crepes nutella pesto satay tofu';

const MEAT =
  'steak steakhouse churrascaria beef pork lamb chicken =fish seafood shellfish bacon ham sausage sausages veal venison ' +
  'prawn prawns shrimp lobster crab oysters mussels clams scallops squid calamari salmon tuna egg eggs';

const SPORTS =
  'cricket football soccer rugby tennis golf curling hockey basketball baseball netball running marathon 10k cycling biking ' +
  'mountain-biking climbing bouldering swimming skiing hiking yoga gym fitness big-bash olympics squash badminton surfing surf ' +
  'sailing rowing kayaking canoeing paddleboarding skateboarding snowboarding karate judo taekwondo boxing kickboxing fencing ' +
  'archery lawn-bowls bowls bowling darts snooker triathlon volleyball handball lacrosse softball table-tennis ping-pong ' +
  'pickleball padel kabaddi hurling afl netball crossfit pilates weightlifting powerlifting horse-riding equestrian ' +
  'wheelchair-basketball rock-climbing trail-running cross-country-skiing ice-skating figure-skating fishing angling';

export const LIFE: readonly ConceptDef[] = [
  {
    name: 'food',
    noun: 'food preferences',
    triggers: [...FOOD.split(' '), 'order in', 'eat out', 'restaurant', 'restaurants', 'book a table', 'cook for', 'cooking for'],
    instances: DISHES.split(' '),
    weak: ['order', 'bar', 'bars', 'pub', 'cafe', 'diner', 'bakery', 'barbecue', 'bbq', 'picnic', 'potluck'],
    keys: ['favorite_food', 'favorite_cuisine', 'favorite_dish', 'food_preferences', 'cuisine', 'favorite_foods', 'favorite_restaurant'],
    near: ['diet', 'allergies', 'dietary_restrictions'],
  },
  {
    name: 'diet',
    noun: 'diet',
    triggers: ['diet', 'dietary', 'vegetarian', 'vegan', 'pescatarian', 'halal', 'kosher', 'gluten', 'dairy', 'lactose', 'meat', 'red meat', 'eat meat', 'eats meat'],
    instances: MEAT.split(' '),
    keys: ['diet', 'dietary_restrictions', 'dietary_requirements', 'eating_habits'],
    near: ['allergies'],
    related: ['favorite_food', 'favorite_cuisine'],
  },
  {
    name: 'restriction',
    noun: 'dietary restrictions',
    triggers: ['leave out', 'stay away from', 'not eat', 'can not eat', 'can not have', 'restriction', 'restrictions', 'dietary requirements', 'intolerant', 'intolerance', 'allowed to eat'],
    weak: ['avoid', 'watch out for', 'need to know', 'should know', 'to flag', 'be aware of', 'can she have', 'can he have', 'can they have', 'can she eat', 'can he eat', 'ok for', 'okay for', 'safe for', 'fine for', 'alright for', 'ok for her', 'ok for him', 'okay for her', 'okay for him', 'safe for her', 'safe for him'],
    keys: ['dietary_restrictions', 'diet', 'allergies', 'dietary_requirements'],
    questionOnly: true,
  },
  {
    name: 'allergy',
    noun: 'allergies',
    triggers: ['allergy', 'allergies', 'allergic', 'anaphylaxis', 'epipen', 'react to', 'sting', 'stings', 'can not take', 'allergic to any medication', 'allergic to any drugs'],
    instances: ['antibiotic', 'antibiotics', 'penicillin', 'aspirin', 'ibuprofen', 'codeine', 'painkillers', 'latex', 'pollen', 'bee', 'wasp', 'nuts', 'peanuts', 'sesame', 'shellfish'],
    keys: ['allergies', 'allergy', 'food_allergies'],
    near: ['dietary_restrictions'],
    related: ['diet', 'health_conditions'],
  },
  {
    name: 'drink',
    classOf: true,
    noun: 'drinks',
    triggers: ['drink', 'drinks', 'alcohol', 'alcoholic', 'booze', 'sober', 'teetotal', 'cup of', 'beverage', 'bottle', 'bottles', 'cafe', 'café', 'coffee shop', 'coffee order'],
    instances: [
      'coffee', 'tea', 'beer', 'wine', 'cocktail', 'cocktails', 'juice', 'soda', 'whisky', 'gin', 'milk', 'latte', 'cappuccino',
      'espresso', 'flat white', 'chai', 'smoothie', 'water', 'lemonade', 'cider', 'prosecco', 'champagne',
    ],
    keys: ['favorite_drink', 'drinks', 'coffee_order', 'drink', 'favorite_beverage', 'coffee', 'alcohol'],
    near: ['interests'],
    related: ['diet'],
  },
  {
    name: 'interests',
    noun: 'interests',
    triggers: [
      'hobby', 'hobbies', 'interest', 'interests', 'interested', 'enjoy', 'enjoys', 'fun', 'for fun', 'free time', 'spare time',
      'pastime', 'pastimes', 'passion', 'passions', 'passionate', 'bond over', 'like to do', 'likes to do', 'leisure', 'gift', 'gifts',
      'into',
    ],
    weak: ['like', 'likes', 'love', 'loves', 'present', 'weekend', 'weekends'],
    keys: ['interests', 'hobbies', 'passions', 'pastimes'],
    near: ['volunteering'],
    related: ['favorite_*'],
    categories: ['interests'],
  },
  {
    name: 'sports',
    classOf: true,
    noun: 'sports',
    triggers: ['sport', 'sports', 'match', 'league', 'athletics', 'exercise', 'workout', 'sporty', 'athletic', 'keep fit', 'work out'],
    instances: SPORTS.split(' '),
    weak: ['play', 'game', 'games'],
    keys: ['sports', 'favorite_sport', 'sport'],
    near: ['favorite_team', 'interests'],
  },
  {
    name: 'fandom',
    noun: 'favourite team',
    triggers: ['fan', 'fans', 'cheer', 'cheer for', 'supporter', 'root for'],
    weak: ['support', 'team', 'club', 'follow:VERB'],
    keys: ['favorite_team', 'favorite_club', 'team', 'sports_team', 'teams', 'favorite_teams'],
    related: ['interests'],
  },
  {
    name: 'photography',
    noun: 'photography',
    classOf: true,
    triggers: ['photography', 'photographer', 'photos', 'photo', 'camera', 'cameras', 'lens', 'lenses', 'darkroom'],
    instances: ['film photography', 'polaroid', 'dslr', 'mirrorless', 'leica', 'canon', 'nikon', 'fujifilm'],
    keys: ['photography', 'camera'],
    near: ['interests'],
  },
  {
    name: 'astronomy',
    noun: 'astronomy',
    triggers: ['astronomy', 'stargazing', 'stars', 'planets', 'night sky', 'observatory', 'space'],
    instances: ['telescope', 'telescopes', 'binoculars'],
    keys: ['astronomy'],
    near: ['interests'],
  },
  {
    name: 'gardening',
    noun: 'gardening',
    triggers: ['garden', 'gardens', 'gardening', 'gardener', 'allotment', 'greenhouse', 'vegetable patch', 'grow', 'growing', 'plants', 'houseplants'],
    instances: ['tomatoes', 'peppers', 'roses', 'herbs', 'vegetables', 'orchids', 'succulents'],
    keys: ['gardening', 'garden'],
    near: ['interests'],
  },
  {
    name: 'dance',
    classOf: true,
    noun: 'dancing',
    triggers: ['dance', 'dances', 'dancing', 'dancer'],
    instances: ['ballet', 'salsa', 'tango', 'bharatanatyam', 'kathak', 'flamenco', 'ballroom', 'zumba', 'swing', 'bachata', 'kizomba', 'afrobeats dancing', 'tap', 'contemporary', 'strictly'],
    keys: ['dance', 'dancing', 'favorite_dance'],
    near: ['interests'],
  },
  {
    name: 'music',
    classOf: true,
    noun: 'music',
    triggers: [
      'music', 'musical', 'band', 'bands', 'concert', 'concerts', 'gig', 'gigs', 'song', 'songs', 'sing', 'sings', 'singing', 'singer',
      'choir', 'album', 'albums', 'genre', 'playlist', 'musician', 'instrument', 'listen', 'listens', 'music festival',
    ],
    instances: ['guitar', 'piano', 'violin', 'drums', 'orchestra', 'opera', 'jazz', 'rock', 'hip hop', 'classical', 'afrobeats', 'carnatic', 'highlife', 'vinyl', 'records', 'lp', 'lps', 'reggae', 'gospel', 'blues', 'folk', 'punk', 'metal', 'pop',
      'techno', 'house music', 'edm', 'electronic', 'indie', 'k-pop', 'rap', 'r&b', 'soul', 'funk', 'disco', 'country', 'grime', 'drum and bass', 'fado'],
    keys: ['favorite_music', 'music', 'favorite_band', 'favorite_artist', 'favorite_genre', 'instrument', 'instruments', 'favorite_song'],
    near: ['interests'],
  },
  {
    name: 'reading',
    noun: 'reading',
    triggers: ['book:NOUN', 'books', 'novel', 'novels', 'read', 'reads', 'reading', 'reader', 'author', 'authors', 'writer', 'writers', 'poetry', 'poet', 'library', 'book club', 'fiction', 'sci-fi', 'literature'],
    keys: ['favorite_author', 'favorite_book', 'favorite_books', 'reading', 'books', 'favorite_authors'],
    near: ['interests'],
  },
  {
    name: 'screen',
    classOf: true,
    noun: 'films and shows',
    triggers: ['film', 'films', 'movie', 'movies', 'cinema', 'tv', 'television', 'series', 'documentary', 'show:NOUN', 'shows'],
    instances: ['netflix', 'nollywood', 'bollywood', 'anime'],
    weak: ['watch', 'watches'],
    keys: ['favorite_movie', 'favorite_film', 'favorite_show', 'favorite_tv_show', 'movies', 'films', 'favorite_movies'],
    near: ['interests'],
  },
  {
    name: 'volunteering',
    noun: 'volunteering',
    triggers: ['volunteer', 'volunteers', 'volunteering', 'charity', 'food bank', 'give back', 'causes', 'good causes', 'good cause', 'for her community', 'for his community', 'for their community', 'for the community', 'in the community', 'in her community', 'in his community', 'give her time', 'give his time', 'give their time', 'gives her time', 'gives his time', 'community work', 'community health work', 'community service work', 'community service', 'mentoring', 'mentors'],
    keys: ['volunteering', 'volunteer_work', 'charity'],
    near: ['interests'],
  },
  {
    name: 'personality',
    noun: 'personality',
    triggers: [
      'personality', 'character', 'temperament', 'sort of person', 'kind of person', 'type of person', 'introvert', 'introverted', 'extrovert', 'extroverted', 'extravert', 'ambivert',
      'outgoing', 'shy', 'social', 'sociable', 'what is she like', 'what is he like', 'what are they like', 'humour', 'humor',
      'funny', 'sense of humour', 'organised', 'organized', 'competitive', 'patient', 'night owl', 'morning person', 'early bird',
      'mc', 'emcee', 'host', 'hosting', 'public speaking', 'centre of attention', 'center of attention', 'limelight', 'spotlight',
      'networking', 'mingle', 'mingling', 'socialising', 'socializing', 'social event', 'big group', 'crowds',
      'fussy', 'picky', 'meticulous', 'detail-oriented', 'easy-going', 'laid-back', 'stubborn', 'chatty', 'reserved', 'calm', 'temper',
    ],
    weak: ['trivia', 'quiz', 'party', 'parties'],
    keys: ['personality_traits', 'personality', 'traits', 'temperament'],
    categories: ['personality_traits'],
  },
  {
    name: 'communication',
    noun: 'communication preferences',
    triggers: [
      'talk to', 'speak to', 'write to', 'writing to', 'email her', 'email him', 'communicate', 'communication', 'tone', 'style',
      'format', 'formatting', 'layout', 'lay out', 'presentation', 'explain', 'explanation', 'explanations',
      'send her', 'send him', 'message', 'messages', 'update', 'updates', 'status update', 'report', 'reply', 'replies', 'respond',
      'response', 'responses', 'answers', 'feedback', 'bullet', 'bullets', 'bullet points', 'verbose', 'concise', 'brief', 'detail',
      'detailed', 'how-to', 'guide', 'instructions', 'documentation', 'docs', 'tips', 'share code', 'code changes', 'code review', 'code reviews', 'letter', 'letters',
      'small talk', 'emoji', 'emojis', 'jargon', 'diffs', 'abbreviations', 'word it', 'phrase it', 'approach her', 'approach him',
      'write emails', 'send emails', 'emails to her', 'emails to him', 'text:VERB', 'texts', 'text message', 'message her',
      'best way to reach', 'best way to contact', 'how to reach', 'how can i reach', 'how do i reach', 'how to contact',
      'message him', 'whatsapp', 'short', 'shorter', 'length', 'long-winded', 'wordy', 'keep it short', 'written', 'in writing',
    ],
    weak: ['structure'],
    keys: ['communication_style', 'tone', 'response_style', 'communication', 'writing_style', 'format_preferences', 'communication_preferences'],
    related: ['accessibility', 'dislikes', 'personality_traits'],
    categories: ['communication_style'],
  },
  {
    name: 'voice',
    noun: 'voice messages',
    triggers: ['audio', 'voice', 'voice note', 'voice notes', 'voice message', 'voicemail', 'record:VERB', 'recording', 'phone call', 'ring her', 'ring him', 'phone', 'phone calls'],
    keys: ['voice_messages'],
    related: ['communication_style'],
  },
  {
    name: 'video',
    noun: 'video calls',
    triggers: ['video', 'video call', 'video calls', 'zoom', 'facetime', 'webcam', 'skype', 'google meet', 'video chat', '=teams =call', 'loom'],
    keys: ['video_calls'],
    related: ['devices'],
  },
  {
    name: 'noise',
    noun: 'noise',
    triggers: ['loud', 'noisy', 'noise', 'buzzy', 'crowded', 'quiet', 'lively', 'packed', 'open plan', 'open-plan', 'rowdy', 'busy bar'],
    keys: ['noise', 'noise_tolerance'],
  },
  {
    name: 'opinion',
    noun: 'preferences',
    triggers: [
      'should i', 'good shout', 'yay or nay', 'good idea', 'work for her', 'work for him', 'work for them', 'would she mind',
      'would he mind', 'appreciate', 'recommend', 'suggest', 'buy her', 'buy him', 'instead of', 'or nay', 'go down well',
      'mind if',
    ],
    keys: [],
    related: ['dislikes', 'likes', 'preferences', 'values', 'pet_peeves'],
    questionOnly: true,
  },
  {
    name: 'dislikes',
    noun: 'dislikes',
    triggers: ['dislike', 'dislikes', 'hate', 'hates', "can't stand", 'can not stand', 'annoy', 'annoys', 'pet peeve', 'pet peeves', 'bother', 'bothers', 'irritate', 'irritates'],
    keys: ['dislikes', 'pet_peeves', 'hates'],
  },
  {
    name: 'preferences',
    noun: 'preferences',
    triggers: ['prefer', 'prefers', 'preference', 'preferences', 'would rather', 'rather'],
    keys: ['preferences', 'likes'],
    related: ['favorite_*', 'dislikes'],
    categories: ['preferences'],
  },
  {
    name: 'colour',
    noun: 'favourite colour',
    triggers: ['colour', 'color', 'colours', 'colors', 'favourite colour', 'favorite color', 'shade', 'shades'],
    keys: ['favorite_colour', 'favorite_color', 'favourite_colour', 'colour', 'color', 'favorite_colours', 'favorite_colors'],
    related: ['preferences'],
  },
  {
    name: 'devices',
    noun: 'devices',
    triggers: ['device', 'devices', 'ipad', 'tablet', 'laptop', 'macbook', 'iphone', 'android phone', 'mac', 'windows', 'pc', 'phone:NOUN'],
    keys: ['devices', 'device', 'phone_model', 'computer', 'hardware'],
    near: ['tech_comfort'],
    related: ['tools'],
  },
  {
    name: 'politics',
    noun: 'politics',
    triggers: ['politics', 'political', 'political party', 'vote', 'votes', 'voting', 'election', 'conservative', 'liberal', 'labour', 'republican', 'democrat'],
    keys: ['politics', 'political_views', 'political_affiliation'],
  },
  {
    name: 'money',
    noun: 'income',
    triggers: ['salary', 'income', 'earn', 'earns', 'wage', 'wages', 'money', 'net worth', 'pay rise', 'compensation', 'pension', 'turnover'],
    weak: ['rich'],
    keys: ['salary', 'income', 'compensation'],
  },
];
