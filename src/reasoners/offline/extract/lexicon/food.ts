import { lexicon } from './index.js';

/** Diets and food rules ("I'm ___", "I eat ___", "___ here", "I keep ___"). */
export const DIETS = lexicon(
  'diet',
  `vegan|vegetarian|veggie|pure veg|pure vegetarian|pescatarian|pescetarian|flexitarian|plant-based|plant based|wfpb|halal|kosher|jain|sattvic|keto|ketogenic|paleo|carnivore|low-carb|low carb|lower-carb|lower carb|low-fat|low fat|low-fodmap|low fodmap|fodmap|low-sodium|low sodium|low-salt|low salt|low-sugar|low sugar|sugar-free|sugar free|gluten-free|gluten free|dairy-free|dairy free|lactose-free|lactose free|nut-free|nut free|egg-free|egg free|raw vegan|whole30|intermittent fasting|teetotal|teetotaller|tee-total|alcohol-free|sober|lactose intolerant|gluten intolerant|coeliac|celiac|lacto-ovo|ovo-lacto|eggetarian|fruitarian|mediterranean diet|dash diet|high-protein|high protein|calorie counting|no pork|no beef|no meat|no red meat|no alcohol|no dairy|no gluten|
  ital|pollotarian|pollo-pescatarian|reducetarian|macrobiotic|alkaline diet|anti-inflammatory diet|low-histamine|low histamine|low-residue|low residue|low-purine|renal diet|diabetic diet|slimming world|weight watchers|noom|atkins|south beach|zone diet|blood type diet|omad|one meal a day|5:2|5 : 2|16:8|16 : 8|time-restricted eating|carb cycling|dairy-free|nightshade-free|oil-free|no added sugar|sugar-free|alcohol free|non-drinker|non drinker|teetotaler|tea total|abstainer|straight edge|sattvik|no onion no garlic|no onion and garlic|navratri fast|ekadashi|daniel fast|
  soft food|soft foods|soft diet|liquid diet|clear fluids|clear liquids|pureed food|puréed food|pureed diet|puréed diet|low-fibre|low fibre|low-fiber|low fiber|peg fed|peg-fed|tube fed|tube-fed|ng fed|nil by mouth|nothing by mouth|thickened fluids|thickened drinks`,
).fuzzy();

/** Things people are allergic or intolerant to (foods, drugs, other). */
export const ALLERGENS = lexicon(
  'allergen',
  `peanut|peanuts|groundnut|groundnuts|nut|nuts|tree nut|tree nuts|cashew|cashews|almond|almonds|walnut|walnuts|pecan|pecans|hazelnut|hazelnuts|pistachio|pistachios|brazil nut|brazil nuts|macadamia|pine nut|pine nuts|sesame|sesame seeds|soy|soya|egg|eggs|milk|dairy|lactose|casein|whey|wheat|gluten|barley|rye|oats|fish|shellfish|prawn|prawns|shrimp|crab|lobster|mussels|oysters|clams|squid|molluscs|celery|celeriac|mustard|lupin|sulphites|sulfites|kiwi|kiwi fruit|kiwis|strawberry|strawberries|banana|bananas|avocado|mango|pineapple|apple|apples|peach|peaches|citrus|tomato|tomatoes|garlic|onion|onions|coconut|corn|maize|chickpeas|lentils|peas|beans|chocolate|cocoa|coffee|cinnamon|nightshades|msg|aspartame|caffeine|alcohol|penicillin|amoxicillin|sulfa|sulfa drugs|sulfa antibiotics|sulpha|aspirin|ibuprofen|nsaids|codeine|morphine|latex|bee stings|wasp stings|stings|red wine|white wine|wine|beer|msg|histamine|fodmaps|pollen|grass|hay fever|dust|dust mites|mould|mold|cats|cat hair|dogs|dog hair|animal hair|pet hair|horses|feathers|nickel|perfume|fragrance|lanolin|iodine|contrast dye|plasters|elastoplast|wool`,
).fuzzy();

/** Foods and drinks (for "I don't eat ___", "I avoid ___", "___ is off the menu"). */
export const FOODS = lexicon(
  'food',
  `grapefruit|grapefruit juice|cranberry|cranberries|cranberry juice|citrus|oranges|kiwi|kiwi fruit|strawberries|pineapple|bananas|tomatoes|avocado|meat|red meat|white meat|pork|bacon|ham|beef|steak|lamb|mutton|goat|veal|venison|chicken|turkey|duck|poultry|fish|seafood|shellfish|prawns|shrimp|sushi|tuna|salmon|eggs|egg|dairy|milk|cheese|butter|cream|yoghurt|yogurt|ice cream|gluten|wheat|bread|pasta|rice|noodles|sugar|sweets|chocolate|cake|dessert|desserts|junk food|fast food|takeaway|takeaways|processed food|carbs|potatoes|onion|onions|garlic|mushrooms|spicy food|spicy|spicy stuff|hot food|chilli|chili|curry|coriander|cilantro|olives|anchovies|offal|liver|tofu|soy|nuts|peanuts|beans|lentils|alcohol|booze|beer|wine|spirits|whisky|vodka|cider|coffee|tea|caffeine|energy drinks|fizzy drinks|soda|coke|juice|cooking wine|root vegetables|fried food|oily food|red wine|gelatine|gelatin|honey|animal products|salt|sodium|fat|saturated fat|salty food|sugary food|sugary drinks|refined carbs|processed meat|lactose`,
);
