import type { ConceptDef } from './types.js';

/**
 * World knowledge as data: semantic fields whose members link what a question names to what a stored
 * value holds. An indirect question ("is kaju katli OK for her?", "would she like a board-game night?",
 * "we're decorating with balloons") names a thing; the profile stores the constraint or the taste it
 * bears on ("cashews", "backgammon (tavla)", "latex"). Each field lists, in one place, the things and
 * the words a profile uses for the matching diet, allergy, condition, taste or skill, so that any member
 * named in a question finds any member named in a value.
 *
 * A thing that belongs to several fields is listed in each ("cake": gluten, dairy, eggs, sugar). Fields
 * are looked for as phrases on stems, like every trigger (../triggers.ts); a longer phrase wins in a
 * question ("korean barbecue" is meat, not the Korean language). Members are separated by "|".
 */

/** What each kind of field bears on (see ConceptDef.home), by the noun an abstention would use. */
const HOMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['diet', ['diet', 'restriction', 'allergy', 'health', 'faith', 'dislikes', 'drink']],
  ['allergies', ['allergy', 'health', 'diet', 'restriction']],
  ['health', ['health', 'accessibility', 'allergy', 'medication']],
  ['accessibility', ['accessibility', 'health', 'communication', 'dislikes', 'voice', 'video']],
  ['dislikes', ['dislikes', 'noise', 'personality', 'preferences']],
  ['interests', ['interests', 'sports', 'music', 'reading', 'screen', 'photography', 'gardening', 'astronomy', 'dance', 'preferences']],
  ['expertise', ['expertise', 'work', 'professional', 'programming', 'tools']],
  ['volunteering', ['volunteering', 'values', 'faith']],
  ['faith', ['faith', 'values']],
  ['languages', ['language']],
  ['favourite artist', ['music', 'interests', 'reading', 'screen']],
  ['favourite author', ['reading', 'interests']],
  ['favourite band', ['music', 'interests']],
  ['favourite book', ['reading', 'interests']],
  ['favourite film', ['screen', 'interests']],
  ['favourite music', ['music', 'interests']],
  ['travel plans', ['travel', 'current', 'schedule']],
  ['exercise', ['sports', 'health', 'accessibility', 'interests']],
  ['tools', ['tools', 'programming', 'expertise', 'devices']],
  ['communication', ['communication', 'personality', 'preferences', 'dislikes']],
  ['aircraft', ['military', 'expertise', 'work', 'interests']],
  ['certifications', ['certification', 'education', 'expertise']],
  ['language tests', ['upcoming', 'certification', 'education', 'language']],
]);

function field(name: string, noun: string, members: string, keys: readonly string[] = []): ConceptDef {
  const triggers = members
    .split('|')
    .map((m) => m.trim())
    .filter((m) => m !== '');
  return { name: `field:${name}`, noun, triggers, keys, field: true, home: HOMES.get(noun) ?? [] };
}

/** A country and its cities: it supports a match ("will they be in Italy?" and "Bologna") but asks nothing itself. */
function place(name: string, members: string): ConceptDef {
  return { ...field(name, 'travel plans', members), home: ['travel', 'current', 'location', 'origin'], minor: true };
}

/** What food and drink contain, and the diets, allergies and conditions that rule them out. */
const FOOD_FIELDS: readonly ConceptDef[] = [
  field(
    'pork',
    'diet',
    'pork|bacon|ham|gammon|salami|pepperoni|chorizo|prosciutto|pancetta|lard|carnitas|char siu|tonkotsu|pork belly|pulled pork|' +
      'hog roast|spit roast|pork roast|roast pork|pork chop|pork chops|hot dog|hot dogs|bratwurst|sausage roll|sausage rolls|' +
      'lechon|lechon kawali|crispy pata|sisig|chicharon|chicharron|longganisa|tocino|' +
      'halal|haram|kosher|no pork',
  ),
  field(
    'meat',
    'diet',
    'meat|meats|red meat|meaty|steak|steaks|steakhouse|beef|lamb|mutton|goat curry|veal|venison|chicken|roast turkey|turkey dinner|duck|burger|burgers|' +
      'barbecue|bbq|korean barbecue|carne asada|asado|churrascaria|brisket|ribs|spare ribs|meatballs|bolognese|kebab|kebabs|shawarma|' +
      'doner|gyro|gyros|carvery|sunday roast|roast dinner|hog roast|pork|bacon|ham|sausage|sausages|salami|pepperoni|chorizo|jerky|' +
      'biltong|braai|boerewors|chops|lamb chops|mince|mince pie|meat pie|steak pie|pie and mash|cheeseburger|hamburger|pulled beef|oxtail|' +
      'jollof with chicken|curry goat|jerk chicken|tandoori chicken|butter chicken|lechon|adobo|rendang|haggis|black pudding|' +
      'nyama choma|suya|yakitori|bulgogi|galbi|pho|ramen|tonkotsu|hot dog|hot dogs|wings|chicken wings|fried chicken|' +
      'vegetarian|vegan|veggie|pescatarian|pescetarian|plant-based|plant based|no meat',
  ),
  field(
    'fish',
    'diet',
    '=fish|seafood|sushi|sashimi|salmon|tuna|=cod|haddock|mackerel|sardines|anchovies|anchovy|fish and chips|ceviche|fish sauce|' +
      'prawns|prawn|shrimp|lobster|crab|oysters|mussels|clams|scallops|squid|calamari|octopus|paella|' +
      'vegetarian|vegan|pescatarian|pescetarian',
  ),
  field(
    'shellfish',
    'allergies',
    'shellfish|prawns|prawn|shrimp|lobster|crab|crabs|oysters|oyster|mussels|clams|scallops|crayfish|langoustine|langoustines|' +
      'paella|seafood platter|seafood boil|bouillabaisse|crawfish|crawfish boil|crawdad|crawdads|shrimp boil|crab boil|lobster roll|' +
      'scampi|cockles|whelks|winkles|razor clams',
  ),
  field(
    'egg',
    'diet',
    'egg|eggs|omelette|omelettes|omelet|omelet station|omelette station|frittata|quiche|meringue|meringues|mayonnaise|mayo|aioli|' +
      'custard|scrambled eggs|fried eggs|eggs benedict|shakshuka|carbonara|pavlova|tamagoyaki|egg fried rice|no eggs|vegan',
  ),
  field(
    'dairy',
    'diet',
    'dairy|milk|cheese|cheeses|butter|buttery|cream|creamy|whipped cream|yoghurt|yogurt|ice cream|ice-cream|gelato|milkshake|milkshakes|' +
      'milkshake bar|cappuccino|paneer|ghee|cheesecake|fondue|raclette|mac and cheese|cheeseboard|cheese board|' +
      'lassi|kulfi|tres leches|custard|lactose|dairy-free|vegan',
  ),
  field(
    'gluten',
    'diet',
    'gluten|wheat|wheat flour|flour|bread|breads|sourdough|baguette|bagel|bagels|pasta|noodles|ramen|udon|couscous|pizza|' +
      'cake|cakes|birthday cake|cupcakes|pastry|pastries|croissant|croissants|biscuits|cookies|crackers|muffin|muffins|doughnut|doughnuts|' +
      'donut|donuts|pancakes|waffles|sandwich|sandwiches|brownies|pretzel|pretzels|dumplings|tempura|seitan|soy sauce|' +
      'beer|beers|ale|lager|stout|brewery|breweries|brewery tour|craft beer|craft-beer pub|tasting flight|beer tasting|barley|rye|coeliac|celiac|gluten-free',
  ),
  field(
    'alcohol',
    'diet',
    'alcohol|alcoholic|booze|boozy|beer|beers|ale|lager|stout|craft beer|brewery|breweries|brewery tour|tasting flight|beer tasting|' +
      '=wine|=wines|wine tasting|winery|vineyard|wine bar|cocktail|cocktails|cocktail bar|whisky|whiskey|gin|vodka|rum|' +
      'tequila|mezcal|soju|prosecco|champagne|cider|sangria|mulled wine|pub crawl|bar crawl|open bar|happy hour|' +
      'pint|pints|tusker|tuskers|guinness|heineken|stella|corona|carling|peroni|sake|baijiu|palm wine|brandy|bourbon|scotch|' +
      'bottle of wine|round of drinks|drinks at the pub|pub|pub quiz|sundowner|sundowners|shots|mimosa|mimosas|bottomless brunch|' +
      'teetotal|teetotaller|sober|drink alcohol|drinks alcohol|no alcohol|alcohol-free|' +
      'stubby|stubbies|tinnie|tinnies|tinny|schooner|middy|cold one|cold ones|a few beers|slab of beer|bevvy|bevvies|brewski|' +
      'glass of red|glass of white|bottle of red|bottle of white|bubbly|champers|moet|moët|gin and tonic|g and t|spritz|aperol|shandy|nightcap|toast with|' +
      'sake|soju|makgeolli|arak|raki|ouzo|grappa|limoncello|port|sherry|mead|hard seltzer|alcopop|' +
      // kinds of spirit, wine and beer by their own names
      'single malt|single malts|malt whisky|blended whisky|islay|speyside|rye whiskey|cognac|armagnac|calvados|absinthe|schnapps|' +
      'red wine|white wine|rose wine|rosé|merlot|malbec|shiraz|syrah|pinot noir|pinot grigio|chardonnay|sauvignon blanc|' +
      'cabernet|rioja|chianti|prosecco|cava|riesling|zinfandel|claret|ipa|pale ale|real ale|pilsner|craft lager',
  ),
  // ("grabbing her a nice bottle of red for her birthday" beside "sulphites".)
  field(
    'sulphites',
    'allergies',
    'sulphites|sulfites|sulphite|sulfite|=wine|=wines|red wine|white wine|bottle of red|bottle of white|glass of red|glass of white|' +
      'prosecco|champagne|cider|dried fruit|dried apricots',
  ),
  field(
    'nuts',
    'allergies',
    'nut|nuts|nutty|peanut|peanuts|peanut butter|cashew|cashews|kaju|kaju katli|almond|almonds|hazelnut|hazelnuts|walnut|walnuts|' +
      'pistachio|pistachios|pecan|pecans|macadamia|brazil nut|brazil nuts|pine nuts|tree nuts|nutella|praline|marzipan|frangipane|' +
      'nougat|pesto|satay|baklava|korma|pad thai|trail mix|nut-free|groundnut|groundnuts|groundnut soup|groundnut stew|monkey nuts|' +
      'mafe|maafe|suya|kuli kuli|gado gado',
  ),
  field('sesame', 'allergies', 'sesame|tahini|hummus|houmous|halva|sesame seeds'),
  // "a fruit platter for her leaving do" beside "allergies: kiwifruit": fruit, and the fruits people are allergic to.
  field(
    'fruit',
    'allergies',
    'fruit|fruits|fruit platter|fruit salad|fruit bowl|smoothie|smoothies|kiwi|kiwifruit|kiwi fruit|strawberry|strawberries|' +
      'banana|bananas|mango|mangoes|pineapple|peach|peaches|apricot|apricots|cherry|cherries|melon|watermelon|papaya|' +
      'citrus|orange|oranges|grapefruit|grapes|plum|plums|nectarine|nectarines|passion fruit|lychee|lychees|oral allergy syndrome',
  ),
  field('soy', 'allergies', 'soy|soya|tofu|edamame|miso|tempeh|soy sauce|soy milk|teriyaki'),
  field(
    'salt',
    'diet',
    'salt|salty|salted|sodium|low-salt|low salt|low-sodium|soy sauce|soy broth|miso|ramen|tonkotsu|heavily seasoned|crisps|' +
      'pretzels|pickles|cured meat|cured meats|processed food|instant noodles|blood pressure|hypertension',
  ),
  field(
    'sugar',
    'diet',
    'sugar|sugary|sugar-free|dessert|desserts|sweets|candy|chocolate|chocolates|syrup|syrupy|fizzy drinks|soda|milkshake|' +
      'ice cream|cake|cakes|mithai|kaju katli|baklava|doughnuts|donuts|diabetes|diabetic|low-sugar|low sugar|' +
      'fudge|toffee|toffees|caramel|caramels|koeksister|koeksisters|melktert|brownie|brownies|cupcake|cupcakes|cookies|biscuits|' +
      'pastries|pudding|puddings|trifle|tart|tarts|jam|marmalade|marshmallows|lollies|lolly|gummies|gummy bears|jelly beans|' +
      'truffles|box of chocolates|pralines|gulab jamun|jalebi|halwa|ladoo|laddu|barfi|churros|sorbet|gelato|juice|fruit juice|' +
      'soft drink|soft drinks|fizzy drink|lemonade|sweet tooth|sweet treats|sugary treats|dessert trolley|pancakes|waffles|carbs|carbohydrates|' +
      'pavlova|lamington|lamingtons|tiramisu|cheesecake|meringue|meringues|crumble|custard|malva pudding|leche flan|halo-halo|mochi|kulfi|rasgulla',
  ),
  // "we're doing pizza and pasta, will that suit him?" beside "diet: low-carb".
  field(
    'carbs',
    'diet',
    'low-carb|low carb|keto|ketogenic|carbs|carb|carbohydrates|starch|starchy|pasta|pizza|bread|rice|noodles|potatoes|chips|fries|' +
      'couscous|bagels|naan|roti|pancakes|waffles|donuts|doughnuts|cake|cakes|pastries|pastry|biscuits|cookies|muffins|croissants|' +
      'sugar|sugary|dessert|desserts|sweets',
  ),
  field(
    'spicy',
    'diet',
    'spicy|spice|spiced|heat|hot sauce|=chilli|chili|=chillies|chilies|habanero|habaneros|jalapeno|jalapeño|jalapenos|sriracha|' +
      'vindaloo|phaal|ghost pepper|scotch bonnet|salsa|hot wings|buffalo wings|szechuan|sichuan|peri-peri|piri piri|' +
      'nashville hot|very spicy',
  ),
  field('coriander', 'diet', 'coriander|cilantro|guacamole|pico de gallo|salsa verde'),
  field(
    'caffeine',
    'diet',
    'caffeine|caffeinated|decaf|espresso|energy drink|energy drinks|cola|coke|diet coke|pepsi|red bull|pre-workout|' +
      'coffee|coffees|kopi|kopi-o|kopi o|kopi c|kopi peng|flat white|latte|lattes|cappuccino|cappuccinos|americano|macchiato|mocha|' +
      'cold brew|iced coffee|filter coffee|instant coffee|turkish coffee|cafe con leche|cortado|frappuccino|double shot|' +
      "black tea|green tea|matcha|chai|masala chai|teh tarik|builder's tea|cuppa|yerba mate|=mate",
  ),
];

/** Medicines and their classes, materials and surroundings that an allergy or condition bears on. */
const HEALTH_FIELDS: readonly ConceptDef[] = [
  field(
    'penicillin',
    'allergies',
    'penicillin|penicillins|amoxicillin|amoxycillin|ampicillin|augmentin|co-amoxiclav|flucloxacillin|benzylpenicillin|antibiotic|antibiotics',
  ),
  field('nsaid', 'allergies', 'aspirin|ibuprofen|naproxen|diclofenac|nsaid|nsaids|anti-inflammatory|anti-inflammatories|advil|nurofen'),
  field(
    'motion sickness',
    'health',
    'motion sickness|travel sickness|travel sick|seasick|seasickness|sea sickness|sea-sick|carsick|car sick|car-sick|airsick|air sickness|' +
      'sealegs|kwells|stugeron|cinnarizine|hyoscine|scopolamine|sea bands|back seat|winding road|winding roads|twisty roads|' +
      'choppy crossing|rough crossing',
  ),
  field('sulfa', 'allergies', 'sulfa|sulpha|sulfonamide|sulfonamides|bactrim|septrin'),
  field('latex', 'allergies', 'latex|balloon|balloons|rubber|rubber gloves|gloves|condom|condoms|elastic bands'),
  field('cats', 'allergies', 'cat|cats|kitten|kittens|cat dander|dander|cat hair|cat cafe'),
  field('dogs', 'allergies', 'dog|dogs|puppy|puppies|pup|pups|pooch|dog hair|dog dander'),
  field(
    'dust',
    'allergies',
    'dust|dusty|musty|mould|mold|mouldy|moldy|damp|=mites|dust mites|dust mite|old books|second-hand books|bookstall|bookstalls|' +
      'secondhand bookshop|antique shop|antiques|attic|flea market|junk shop',
  ),
  field(
    'pollen',
    'allergies',
    'pollen|hay fever|hayfever|birch|birch pollen|grass pollen|flowers|bouquet|bouquets|blossom|blossoms|meadow|wildflowers|flower show',
  ),
  field(
    'stings',
    'allergies',
    'bee|bees|beehive|beehives|hive|hives|apiary|honeybee|honeybees|wasp|wasps|hornet|hornets|sting|stings|beekeeping|insect|insects|insect bites|insect stings|bug bites|mosquito|mosquitoes|mozzie|mozzies|midges|fire ants',
  ),
  field('smoke', 'health', 'smoke|smoky|smoking|cigarette|cigarettes|cigar|cigars|shisha|hookah|vape|vaping|bonfire|campfire|asthma|asthmatic'),
  field(
    'steps',
    'accessibility',
    'stairs|staircase|stairwell|step-free|step free|flight of stairs|wheelchair|wheelchair user|ramp|ramps|no lift|accessible|' +
      'hike|hikes|hiking|trek|trekking|hillwalking|volcano|uphill|steep|climb up|walk up|rooftop|' +
      'cobbles|cobbled|cobblestones|mobility|walking cane|uses a cane|walking stick|crutches|walker|rollator|' +
      'upstairs|downstairs|walk-up|walk up flat|ground floor|ground-floor|top floor|first floor|second floor|third floor|fourth floor|' +
      '2nd floor|3rd floor|4th floor|5th floor|floor flat|with a lift|has a lift|no elevator|elevator|handrail|' +
      'arthritis|osteoarthritis|arthritic|=knee|=knees|bad knees|bad knee|dodgy knee|knee replacement|kneel|kneeling|knee pads|bad hip|hip replacement|mobility issues',
  ),
  field(
    'strain',
    'health',
    'heavy|heavy lifting|lift heavy|lifting heavy|carry|carrying|crates|heavy boxes|moving house|move house|furniture|back pain|' +
      'lower back|lower back pain|bad back|slipped disc|hernia|sciatica|' +
      'offload|offloading|unload|unloading|load the|bags of cement|cement|sacks|sack of|bricks|pavers|pallet|pallets|heavy bags|' +
      'heavy load|heavy loads|heavy things|haul|hauling|carry boxes|carry the boxes|shift boxes|move furniture|moving furniture|' +
      'flat-pack|wardrobe|sofa|mattress|heavy shopping|shopping bags|lift heavy things|can not lift|cannot lift|not to lift|' +
      'avoid lifting|no lifting|no heavy lifting|herniated disc|disc problem|back injury|back problem|back problems|bad lower back|' +
      'shoulder|shoulder injury|bad shoulder|frozen shoulder|rotator cuff|dislocated shoulder|wrist injury|hand injury|tennis elbow|' +
      'bean bag|bean bags|beanbag|beanbags|floor cushions|sitting on the floor|floor seating|sit through|sitting for hours|long drive|long drives',
  ),
  field(
    'hearing',
    'accessibility',
    'phone|phoning|phone call|phone calls|=call|=calls|ring|give a ring|voice call|voice calls|=hearing|hearing loss|hearing aid|' +
      'hearing aids|hard of hearing|deaf|written|in writing|surprise calls|surprise phone calls',
  ),
  field(
    'captions',
    'accessibility',
    'captions|captioned|subtitles|subtitled|screen-recorded|screen recording|screen recordings|screencast|screencasts|recorded video|' +
      'video tutorial|tutorial video|webinar|webinars|video calls|video call|hearing loss|hard of hearing|deaf',
  ),
  field(
    'vision',
    'accessibility',
    'small print|fine print|large text|large print|font size|text size|reading glasses|cataract|cataracts|low vision|eyesight|magnifier|' +
      // ("any trouble with his eyes?" beside "glaucoma".)
      '=eye|=eyes|glaucoma|macular degeneration|retinopathy|diabetic retinopathy|sight loss|partially sighted|visually impaired|sight impaired',
  ),
  field(
    'medical devices',
    'health',
    'medical device|medical devices|health device|insulin pump|insulin pumps|pump therapy|omnipod|cgm|cgms|continuous glucose monitor|glucose monitor|' +
      'glucose sensor|blood sugar sensor|libre sensor|freestyle libre|dexcom|pacemaker|defibrillator|icd implant|cochlear implant|hearing aid|' +
      'hearing aids|cpap|cpap machine|stoma|stoma bag|colostomy|ostomy|catheter|prosthetic|prosthesis|artificial limb|tens machine|heart monitor',
  ),
  // The body's parts and the conditions of them a question may name by the part or the symptom ("is his arm gonna cope?"
  // beside "right-wrist tendonitis"; "any breathing issues?" beside "asthma"; "what brings on her headaches?" beside "migraines").
  field(
    'breathing',
    'health',
    'breathing|breathe|breathless|breathlessness|short of breath|shortness of breath|wheeze|wheezy|wheezing|lungs|chest infection|asthma|' +
      'asthmatic|inhaler|inhalers|copd|bronchitis|fumes|chemical fumes|aerosol|aerosols|oven cleaner|spray cleaner|' +
      // ("ok to take him on a dusty harmattan hike?", "she keeps coughing near the ovens" beside "asthma")
      'dust|dusty|harmattan|smog|air pollution|air quality|cough|coughing',
  ),
  // ("she keeps saying her ears are ringing again" beside "tinnitus"; "why does she have to rest her voice so much?" beside
  // "vocal nodules".)
  field(
    'ears',
    'health',
    'ears are ringing|ears ringing|ears ring|ringing in her ears|ringing in his ears|ringing ears|tinnitus|hearing loss|hard of hearing|' +
      'partially deaf|=ear|=ears|ear defenders|hearing protection',
  ),
  field(
    'voice',
    'health',
    'rest her voice|rest his voice|resting her voice|resting his voice|lose her voice|lost her voice|losing her voice|lose his voice|' +
      'lost his voice|losing his voice|hoarse|hoarseness|laryngitis|vocal nodules|nodules|vocal cord|vocal cords|vocal strain|voice strain',
  ),
  field('headaches', 'health', 'headache|headaches|migraine|migraines|tension headache|tension headaches|cluster headaches|head pain'),
  field(
    'tiredness',
    'health',
    'tired|tiredness|exhausted|exhaustion|fatigue|fatigued|sleepy|drowsy|insomnia|insomniac|sleep apnoea|sleep apnea|narcolepsy|' +
      'trouble sleeping|poor sleep|chronic fatigue|me/cfs',
  ),
  field(
    'arms',
    'health',
    '=arm|=arms|wrist|wrists|forearm|forearms|elbow|elbows|tendonitis|tendinitis|tenosynovitis|carpal tunnel|rsi|repetitive strain|' +
      'repetitive strain injury|tennis elbow|golfer’s elbow|mouse arm|' +
      // Work done by hand over and over ("type up the transcripts by hand", "long stints of hand packing", "a lot of repetitive
      // cutting") beside "RSI", "tendinitis".
      'type up|typing up|type out|typing out|typing it|lots of typing|a lot of typing|by hand|hand packing|repetitive|handwriting|=hands|' +
      'her hand|his hand|right hand|left hand',
  ),
  // Blood sugar as measured: "his target blood sugar range on the CGM?" is about the reading, "blood" no modifier of its own.
  field('blood sugar', 'health', 'blood sugar|blood sugars|blood glucose|glucose levels|sugar levels|glucose range|sugar range'),
  field('animal products', 'diet', 'leather|leather-bound|suede|wool|woollen|silk|fur|feathers|honey|beeswax|gelatine|gelatin|vegan|animal products'),
];

/** Kinds of software tool and their members: "which test runner", "pip or conda", "which cloud" find the tool stored. */
const TOOL_FIELDS: readonly ConceptDef[] = [
  field(
    'package managers',
    'tools',
    'package manager|package managers|environment manager|python environment|virtual environment|virtualenv|venv|pip|pipenv|poetry|' +
      'conda|mamba|micromamba|miniconda|anaconda|pyenv|npm|yarn|pnpm|homebrew|brew|cargo|nuget|maven|gradle|composer|bundler',
  ),
  field(
    'test tools',
    'tools',
    'test runner|test runners|test framework|testing framework|testing library|unit tests|unit testing|pytest|unittest|hypothesis|' +
      'jest|vitest|mocha|jasmine|junit|testng|rspec|minitest|go test|testify|gotestsum|cypress|playwright|selenium|phpunit|xunit|nunit',
  ),
  field(
    'cloud',
    'tools',
    'cloud provider|cloud providers|cloud platform|aws|amazon web services|gcp|google cloud|azure|digitalocean|hetzner|' +
      'linode|cloudflare|heroku|vercel|netlify|openstack|on-prem|on premise|on-premises',
  ),
  field(
    'ml frameworks',
    'tools',
    'ml framework|deep learning framework|machine learning framework|tensorflow|keras|pytorch|jax|flax|scikit-learn|sklearn|' +
      'xgboost|lightgbm|catboost|hugging face|huggingface|transformers library|stan|pymc|mxnet',
  ),
  field(
    'charts',
    'tools',
    'chart|charts|plot|plots|plotting|figures|graphs|visualisation|visualisations|visualization|visualizations|dataviz|' +
      'matplotlib|seaborn|ggplot|ggplot2|plotly|bokeh|altair|d3|palette|palettes|colour palette|color palette|colourblind|colorblind|' +
      'colourblind-safe|colorblind-safe|pie chart|pie charts',
  ),
  field(
    'accounting software',
    'tools',
    'accounting software|accounting package|accounting app|accounts software|accounts package|bookkeeping software|bookkeeping app|' +
      'invoicing software|invoicing app|xero|quickbooks|myob|freshbooks|freeagent|zoho books|kashflow|sage accounting|sage 50|reckon one',
  ),
  // The systems a trade keeps its records in, by their names ("which CRM is she on?" beside "Reapit"; not beside "Xero"),
  // recruiters' among them ("which CRM does she keep her candidates in?" beside "Bullhorn").
  field(
    'crm',
    'tools',
    'crm|crms|customer database|client database|salesforce|hubspot|zoho crm|pipedrive|dynamics 365|reapit|alto|jupix|dezrez|expert agent|' +
      'vebra|arthur online|goodlord|fixflo|propertyfile|letmc|crm system|ats|applicant tracking system|bullhorn|vincere|jobadder|' +
      'mercury xrm|recruitcrm|microsoft dynamics',
  ),
  field(
    'case records',
    'tools',
    'case system|case management system|case recording|case records|case notes system|liquidlogic|mosaic|eclipse|carefirst|azeus|paris|' +
      'swift|charms|systmone',
  ),
  field(
    'lims',
    'tools',
    'lims|laboratory information system|laboratory information management system|lab system|winpath|labware|sunquest|telepath|' +
      'starlims|labvantage|clinisys|apex lims|epic beaker|beaker',
  ),
  // ("when's his english test again" beside "IELTS exam on the 22nd": the tests of a language by their names.)
  field(
    'language tests',
    'language tests',
    'english test|english exam|english language test|language test|ielts|toefl|pte|pte academic|oet|celpip|duolingo english test|' +
      'cambridge english|cae|fce|cpe|tef|delf|dalf|testdaf|jlpt|hsk|dele',
  ),
  // Certificates by the field they cover ("is she qualified for food safety stuff?" beside "HACCP Level 3").
  field(
    'food safety',
    'certifications',
    'food safety|food hygiene|haccp|food handler|food handling|food safety certificate|food hygiene certificate|servsafe|allergen awareness',
  ),
  field(
    'first aid',
    'certifications',
    'first aid|first-aid|first aider|first aid at work|cpr|bls|basic life support|aed|emergency first aid|mental health first aid',
  ),
  // The kit of a desk job or a stream, by its kind and the names it goes by ("which microphone" beside "Elgato Wave:3 mic").
  field(
    'microphones',
    'tools',
    'microphone|microphones|mic|mics|condenser mic|usb mic|xlr mic|headset mic|lapel mic|lav mic|lavalier|shure sm7b|sm7b|blue yeti|rode podmic|elgato wave',
  ),
  field(
    'telephony',
    'tools',
    'dialler|dialer|diallers|dialers|auto-dialler|auto dialler|phone system|phone systems|telephony|telephony platform|contact centre platform|' +
      'contact center platform|call centre software|call center software|genesys|genesys cloud|avaya|five9|incontact|cxone|talkdesk|amazon connect|' +
      'aircall|ringcentral|cisco finesse',
  ),
  field(
    'dispensing software',
    'tools',
    'dispensing system|dispensing systems|dispensing software|pharmacy system|pharmacy software|pmr system|patient medication record|kroll|' +
      'proscript|pioneerrx|minfos|rx30',
  ),
  field(
    'design software',
    'tools',
    'design software|design tool|design tools|design app|design apps|figma|adobe xd|photoshop|illustrator|indesign|canva|affinity designer|' +
      'procreate|coreldraw',
  ),
  field(
    'video software',
    'tools',
    'editing software|video editing software|video editor|editing app|premiere|premiere pro|adobe premiere|davinci resolve|final cut|' +
      'final cut pro|capcut|after effects|vegas pro|streaming software|broadcast software|obs|obs studio|streamlabs|xsplit',
  ),
  field(
    'aircraft',
    'aircraft',
    'aircraft|airframe|airframes|helicopter|helicopters|chopper|choppers|jet|jets|fighter jet|fast jets|glider|gliders|airliner|' +
      'airliners|cessna|chinook|chinooks|puma|merlin|apache|hercules|typhoon|tornado|harrier|spitfire|mi-17|sukhoi|airbus|boeing|' +
      'a320|737|dash 8',
  ),
];

/** Places, crowds, noise, weather and manners that a dislike or a value bears on. */
const SETTING_FIELDS: readonly ConceptDef[] = [
  field(
    'crowds',
    'dislikes',
    'crowd|crowds|crowded|packed|heaving|jam-packed|festival|festivals|fireworks|stadium|rush hour|queue|queues|busy market|' +
      'theme park|parade|street party|street festival',
  ),
  field(
    'noise',
    'dislikes',
    'loud|noisy|noise|rowdy|bustling|blaring|nightclub|nightclubs|karaoke|loud bars|loud music|open-plan|open plan|open office|' +
      'open offices|open-plan offices|hot desk|hot-desk|hot desking|shared office|coworking|co-working|coworking space|cubicle',
  ),
  field(
    'open office',
    'dislikes',
    'open-plan|open plan|open office|open offices|open-plan offices|hot desk|hot-desk|hot desking|shared office|coworking|co-working|coworking space',
  ),
  // Fear on screen and in games ("our resident evil marathon" beside "dislikes: horror games, jump scares").
  field(
    'horror',
    'dislikes',
    'horror|horror games|horror films|horror movies|scary films|scary movies|jump scares|jumpscares|gore|resident evil|silent hill|' +
      'five nights at freddy’s|phasmophobia|outlast|dead by daylight|the conjuring|scream marathon|zombie films',
  ),
  field('heat', 'dislikes', 'humid|humidity|muggy|heatwave|heat wave|hot weather|sweltering|tropical|sauna|humid summers|summer heat'),
  field(
    'cold',
    'dislikes',
    'cold weather|the cold|freezing|snow|icy|winter sports|frost|wintry|winter tramp|winter hike|winter walk|winter swim|winter camping|chilly',
  ),
  // "something for the water", "out on the water": time on the sea or a lake, not a drink of water.
  field(
    'water sports',
    'interests',
    'on the water|out on the water|for the water|in the water|water sports|watersports|sea swimming|open water swimming|wild swimming|' +
      'surfing|kayaking|canoeing|sailing|rowing|paddleboarding|paddle boarding|spearfishing|snorkelling|snorkeling|scuba|diving|' +
      'kitesurfing|windsurfing|waka ama|outrigger|jet ski|jet skiing|sea angling|boat fishing',
  ),
  field('punctuality', 'dislikes', 'late|lateness|latecomers|punctual|punctuality|on time|running late|turn up late|minutes late|tardy|tardiness'),
  field('rushing', 'dislikes', 'rushed|rush|rushing|hurry|hurried|tight deadline|last minute|last-minute'),
  field('spice heat', 'dislikes', 'very spicy food|spicy food'),
];

/** Pastimes, arts and skills: the things that belong to each, so that a gift or an outing finds its taste. */
const TASTE_FIELDS: readonly ConceptDef[] = [
  field(
    'board games',
    'interests',
    'board game|board games|board-game night|game night|games night|boardgames|backgammon|tavla|chess|shogi|go board|xiangqi|' +
      'mahjong|scrabble|monopoly|catan|settlers of catan|draughts|checkers|dominoes|card games|poker|bridge club|ludo|carrom|' +
      'crosswords|cryptic crosswords|crossword',
  ),
  field(
    'astronomy',
    'interests',
    'astronomy|astronomer|stargazing|star gazing|telescope|telescopes|tracking mount|night sky|planetarium|observatory|meteor shower|' +
      'eclipse|planets|nebula|astrophotography|dark sky',
  ),
  field(
    'birds',
    'interests',
    'birdwatching|bird watching|birding|birder|birdwatcher|twitcher|ornithology|birds|bird|cranes|owl|owls|fish owl|heron|herons|' +
      'eagle|eagles|puffin|puffins|kingfisher|bird hide|marsh|marshes|wetland|wetlands|bird sanctuary|binoculars',
  ),
  field(
    'foraging',
    'interests',
    'foraging|forage|forager|mushroom|mushrooms|fungi|chanterelle|chanterelles|porcini|wild garlic|berries|berry picking|forest|forests|woods|woodland',
  ),
  field(
    'railways',
    'interests',
    'railway|railways|rail|railroad|=train|=trains|shinkansen|bullet train|locomotive|locomotives|steam train|model railway|' +
      'model railways|model trains|railway museum|signalling|signaling|signal box|interlocking|railway signalling|forest railway',
  ),
  field(
    'signalling',
    'expertise',
    'signalling|signaling|interlocking|interlocking systems|signal box|running into each other|collide|collision|collisions|train control',
  ),
  field(
    'databases',
    'expertise',
    'sql|query|queries|database|databases|relational database|relational databases|postgres|postgresql|mysql|sqlite|mariadb|oracle|' +
      'bigquery|snowflake|redshift|window functions|window function|stored procedures|dbt|data warehouse|schema|slow query',
  ),
  field(
    'carnatic',
    'interests',
    'carnatic|kutcheri|kutcheris|kacheri|music academy|veena|mridangam|raga|ragas|thyagaraja|hindustani|sitar|tabla|bharatanatyam',
  ),
  field(
    'video games',
    'interests',
    'video game|video games|videogame|videogames|gaming|gamer|retro games|retro video games|console|consoles|nintendo|playstation|' +
      'xbox|steam deck|farming sim|farming game|cosy game|cozy game|life sim|simulator|stardew|stardew valley|animal crossing|' +
      'zelda|mario|pokemon|minecraft|arcade|game boy',
    ['favorite_game', 'favorite_games', 'video_games', 'games', 'gaming'],
  ),
  field(
    'illustration',
    'expertise',
    'illustration|illustrations|illustrate|illustrator|illustrating|drawing|drawings|draw|art|artwork|artworks|mascot|mascots|' +
      'character design|character designs|cartoon|cartoons|comic|comics|picture book|picture books|picture-book|' +
      "children's book|children's books|storyboard|storyboards|concept art",
  ),
  field(
    'infection',
    'expertise',
    'infection|infections|infection control|infection prevention|outbreak|outbreaks|contagion|contagious|spreading|hygiene|' +
      'hand hygiene|ppe|isolation|sterile|sterilisation|sterilization|epidemic|pandemic|covid|norovirus|mrsa',
  ),
  field(
    'middle eastern sweets',
    'expertise',
    'baklava|kunefe|künefe|kadayif|lokum|turkish delight|tulumba|revani|halva|syrupy|syrup-soaked|bayram|eid sweets|pistachio pastry',
  ),
  field('bread', 'expertise', 'bread|breads|sourdough|rye|loaf|loaves|simit|bagel|bagels|baguette|pretzel|baking bread'),
  field('cakes', 'expertise', 'wedding cake|wedding cakes|birthday cake|birthday cakes|celebration cake|cake decorating|tiered cake'),
  field(
    'food charity',
    'volunteering',
    'food bank|food banks|foodbank|leftover food|surplus food|food waste|unsold|unsold food|unsold bread|people in need|soup kitchen|' +
      'homeless|homelessness|food rescue|food drive',
  ),
  field(
    'community health',
    'volunteering',
    'community health|health camp|health camps|blood-pressure clinic|blood pressure clinic|free clinic|health screening|' + 'outreach|first aid',
  ),
  field(
    'cycling',
    'interests',
    'cycling|cyclist|bike|bikes|bicycle|cargo bike|bike ride|bike rides|velodrome|tour de france|km ride|mile ride|group ride|road ride|sportive',
  ),
  field(
    'running',
    'interests',
    '=running|runner|jog|jogging|marathon|half marathon|half-marathon|10k|5k|parkrun|ultramarathon|trail running|' +
      'race|races|road race|trail race|fun run|triathlon|ironman|duathlon',
  ),
  // "how does he like feedback — softened or straight up?" beside "direct, no waffle".
  field(
    'directness',
    'communication',
    'direct|directness|blunt|bluntly|straight up|straight-talking|straight talking|straight to the point|to the point|no waffle|' +
      'no sugar-coating|no sugarcoating|sugar-coat|sugarcoat|sugar coat|softened|soften|tactful|diplomatic|frank|candid|' +
      'brutally honest|brutal honesty|no fluff|no-nonsense|no nonsense|corporate waffle|waffling|waffle on',
  ),
  // "would she be up for a dip in the lake?" beside "open-water swimming".
  field(
    'swimming',
    'interests',
    'swim|swims|swimming|swimmer|open-water swimming|open water swimming|wild swimming|wild swim|sea swimming|sea swim|' +
      'lake swimming|lake swim|cold water swimming|cold-water swimming|cold water dip|a dip|dip in the sea|dip in the lake|' +
      'dip in the river|lido|lidos|outdoor pool',
  ),
  field(
    'exercise',
    'exercise',
    'spin class|spin classes|spinning class|spinning|hiit|high-intensity|high intensity|high-impact|high impact|low-impact|low impact|' +
      'bootcamp|boot camp|crossfit|aerobics|zumba|step class|circuit training|circuits class|burpees|plyometrics|boxercise|' +
      'interval training|bodypump|body pump|pilates|reformer|reformer pilates|yoga|hot yoga|aqua aerobics|' +
      'aquafit|aqua fit|water aerobics|hydrotherapy|hydro pool|swimming|lap swimming|water-based|water based|gentle exercise|' +
      'gentle class|exercise class|fitness class|gym class|workout|workouts|weights|weight training|strength training|treadmill|' +
      'personal trainer|fitness|exercise|keep fit|tai chi|chair yoga|walking group|physio|physiotherapy',
  ),
  // Watches and trackers worn for sport, by their class and by the everyday names of the kinds ("what watch does she use?").
  field(
    'watches',
    'exercise',
    'watch:NOUN|watches:NOUN|wristwatch|smartwatch|smart watch|sports watch|gps watch|running watch|fitness tracker|activity tracker|' +
      'heart rate monitor|garmin|forerunner|fitbit|apple watch|suunto|coros|polar watch|whoop strap|oura ring',
  ),
  field('climbing', 'interests', 'climbing|climber|bouldering|boulder|climbing wall|climbing gym|crag|via ferrata'),
  field(
    'photography',
    'interests',
    'photography|photographer|photograph|photographs|photo|photos|camera|cameras|film camera|film photography|darkroom|lens|lenses|photo walk',
  ),
  field('bonsai', 'interests', 'bonsai|pruning|juniper|maple|penjing|ikebana'),
  field(
    'gardening',
    'interests',
    'gardening|garden|gardens|kitchen garden|kitchen gardening|vegetable garden|allotment|seedling|seedlings|seed swap|plant swap|compost|greenhouse|grow your own',
  ),
  // "what flowers does she grow?" beside "growing dahlias".
  field(
    'flowers',
    'interests',
    'flower|flowers|cut flowers|rose|roses|dahlia|dahlias|tulip|tulips|sunflower|sunflowers|sweet pea|sweet peas|lily|lilies|orchid|orchids|' +
      'daffodil|daffodils|peony|peonies|chrysanthemum|chrysanthemums|lavender|marigold|marigolds|geranium|geraniums|carnation|carnations|' +
      'hydrangea|hydrangeas|begonia|begonias|fuchsia|fuchsias|pansy|pansies|bluebell|bluebells|daisy|daisies|poppy|poppies|snowdrop|snowdrops|' +
      'freesia|freesias|zinnia|zinnias|lupin|lupins|delphinium|delphiniums|foxglove|foxgloves|clematis|wisteria|camellia|camellias|' +
      'azalea|azaleas|rhododendron|rhododendrons|hibiscus|bougainvillea|frangipani|protea|proteas',
  ),
  // "what instrument does she play?" beside "klezmer fiddle", "trad music - plays the tin whistle".
  field(
    'instruments',
    'interests',
    'instrument|instruments|musical instrument|fiddle|violin|viola|cello|double bass|guitar|bass guitar|electric guitar|acoustic guitar|' +
      'ukulele|uke|banjo|mandolin|harp|piano|keyboard|keys|organ|accordion|concertina|harmonica|flute|tin whistle|whistle|recorder|' +
      'clarinet|saxophone|sax|oboe|bassoon|trumpet|trombone|tuba|french horn|cornet|euphonium|drums|drum kit|percussion|bodhran|' +
      'bodhrán|tabla|sitar|djembe|steel pan|steelpan|bagpipes|erhu|guzheng|kora|marimba|xylophone|dhol|harmonium|synth|synthesizer|cajon|' +
      'oud|bouzouki|balalaika|koto|shamisen|santoor|sarod|veena|darbuka|ney|charango|pipa|shakuhachi|didgeridoo|kalimba|lute|zither|dulcimer|hang drum',
    ['instrument', 'instruments', 'instruments_played'],
  ),
  // "we need a fourth for doubles, does she play any racket sport?" beside "badminton".
  field(
    'racket sports',
    'interests',
    'racket sport|racket sports|racquet sport|racquet sports|racket|racquet|doubles|tennis|badminton|squash|padel|pickleball|table tennis|ping pong',
  ),
  field('singing', 'interests', 'singing|singer|sing|choir|choirs|choral|chorus|vocal|vocals|a cappella|karaoke|carols'),
  field(
    'crime fiction',
    'interests',
    'crime novel|crime novels|crime fiction|detective|detective novels|mystery|mysteries|thriller|thrillers|whodunnit|true crime|true-crime|nordic noir|murder mystery',
  ),
  field('scooters', 'interests', 'vespa|vespas|scooter|scooters|lambretta|moped|mopeds|motorbike|motorbikes|classic bikes'),
];

/** Works and their creators, places and their countries, seasons and their months, feasts and their dates. */
const CULTURE_FIELDS: readonly ConceptDef[] = [
  // Languages by their own names ("can I write her a message as gaeilge?" beside "Irish (conversational)").
  field('irish', 'languages', 'irish|gaeilge|as gaeilge|irish gaelic'),
  field('scottish gaelic', 'languages', 'scottish gaelic|gàidhlig|gaidhlig'),
  field('welsh', 'languages', 'welsh|cymraeg'),
  field('maori', 'languages', 'māori|maori|te reo|te reo māori|te reo maori|reo'),
  field('spanish', 'languages', 'spanish|español|espanol|castellano'),
  field('german', 'languages', 'german|deutsch'),
  field('french', 'languages', 'french|français|francais'),
  field('dutch', 'languages', 'dutch|nederlands'),
  field('zulu', 'languages', 'zulu|isizulu'),
  field('xhosa', 'languages', 'xhosa|isixhosa'),
  field('mandarin', 'languages', 'mandarin|putonghua|chinese'),
  field('moomin', 'favourite artist', 'moomin|moomins|moominvalley|moomin museum|moominworld|tove jansson|jansson'),
  field('austen', 'favourite book', 'jane austen|austen|persuasion|pride and prejudice|sense and sensibility|mansfield park|northanger abbey'),
  field('ngugi', 'favourite author', "ngugi|ngũgĩ|ngugi wa thiong'o|weep not child|petals of blood|a grain of wheat|the river between"),
  field('tolkien', 'favourite book', 'tolkien|lord of the rings|the hobbit|middle-earth|middle earth'),
  field('ghibli', 'favourite film', "ghibli|studio ghibli|miyazaki|totoro|spirited away|kiki's delivery service"),
  field('cafe tacvba', 'favourite band', 'café tacvba|cafe tacvba|tacvba|rock en español|rock en espanol|rock mexicano'),
  field('enka', 'favourite music', 'enka|showa-era|showa era|kayokyoku|misora hibari'),
  place('korea', 'korea|south korea|seoul|busan|jeju|k-pop|kpop|k-drama|k-dramas|kdrama|hangul|hanbok'),
  place('japan', 'japan|tokyo|kyoto|osaka|hokkaido|sapporo|hakodate|okinawa|kushiro|otaru|nikko'),
  place('taiwan', 'taiwan|taipei|alishan|alishan forest railway|kaohsiung|taichung'),
  place('italy', 'italy|rome|milan|bologna|florence|venice|naples|turin|sicily|tuscany|verona|genoa|lake como'),
  place('turkey', 'turkey:PROPN|istanbul|ankara|antalya|kayseri|izmir|cappadocia|bodrum'),
  place('spain', 'spain|madrid|barcelona|seville|valencia|malaga|bilbao|granada|mallorca|ibiza'),
  place('france', 'france|paris|lyon|marseille|bordeaux|toulouse|strasbourg|provence'),
  place('germany', 'germany|berlin|munich|hamburg|cologne|frankfurt|stuttgart|leipzig|dresden|neukolln|neukölln|kreuzberg'),
  place('sweden', 'sweden|stockholm|malmo|malmö|gothenburg|uppsala|kiruna|lapland'),
  place('denmark', 'denmark|copenhagen|aarhus|odense'),
  place('mexico', 'mexico|mexico city|cdmx|puebla|guadalajara|monterrey|oaxaca|cancun|coyoacan|coyoacán|nevado de toluca|toluca'),
  place('kenya', 'kenya|nairobi|mombasa|nakuru|nyeri|kisumu|eldoret|kilimani'),
  place('india', 'india|bengaluru|bangalore|mumbai|delhi|chennai|madurai|coimbatore|hyderabad|kolkata|pune|goa|kerala'),
  field('spring', 'travel plans', 'spring|springtime|this spring|in spring|march:PROPN|april|may:PROPN'),
  field('summer', 'travel plans', 'summer|summertime|this summer|june|july|august|mid-august'),
  field('autumn', 'travel plans', 'autumn|fall:NOUN|this autumn|september|october|november'),
  field('winter', 'travel plans', 'winter|wintertime|this winter|december|january|february'),
  field('new year', 'travel plans', "new year|new years|new year's|new year's eve|hogmanay|oshogatsu|january 1|1 january"),
  field('christmas', 'travel plans', 'christmas|xmas|christmas eve|boxing day|festive season'),
  field('religious feasts', 'faith', 'eid|bayram|ramadan|diwali|obon|hanukkah|passover|easter|lent|vesak|navratri|pongal|onam'),
];

export const WORLD: readonly ConceptDef[] = [...FOOD_FIELDS, ...HEALTH_FIELDS, ...TOOL_FIELDS, ...SETTING_FIELDS, ...TASTE_FIELDS, ...CULTURE_FIELDS];
