/**
 * Word lists for the rule-based extractor. They describe kinds of things (job titles, industries,
 * languages, tools...), not the evaluation set: general vocabulary, grown by category.
 */

const words = (text: string): string[] => text.trim().split(/\s*\|\s*/).filter(Boolean);

/** Head nouns of job titles (singular); a role phrase must end in one of these. */
export const ROLE_HEADS = words(`
engineer|developer|programmer|coder|designer|manager|director|scientist|analyst|teacher|professor|lecturer|instructor|tutor|
doctor|physician|surgeon|nurse|pharmacist|dentist|therapist|psychologist|psychiatrist|counselor|counsellor|social worker|
lawyer|attorney|paralegal|judge|accountant|auditor|bookkeeper|consultant|advisor|adviser|founder|co-founder|cofounder|ceo|cto|cfo|coo|cmo|cpo|ciso|
vp|vice president|president|architect|writer|author|journalist|editor|reporter|copywriter|translator|interpreter|student|researcher|
postdoc|marketer|salesperson|sales rep|account executive|recruiter|chef|cook|baker|barista|bartender|waiter|waitress|pilot|
officer|administrator|sysadmin|admin|devops|sre|intern|freelancer|contractor|entrepreneur|librarian|artist|illustrator|animator|
musician|composer|singer|photographer|videographer|filmmaker|producer|actor|actress|electrician|plumber|carpenter|mechanic|technician|
farmer|economist|statistician|mathematician|physicist|chemist|biologist|geologist|veterinarian|vet|paramedic|firefighter|
police officer|soldier|banker|trader|investor|realtor|real estate agent|agent|specialist|coordinator|lead|tech lead|team lead|
owner|representative|strategist|planner|product owner|scrum master|pm|ux designer|ui designer|data engineer|
coach|trainer|personal trainer|cashier|clerk|receptionist|assistant|secretary|executive|partner|principal|associate|
professional|practitioner|midwife|caregiver|homemaker|stay-at-home parent|stay-at-home mom|stay-at-home dad|
driver|courier|electrician|welder|machinist|operator|inspector|surveyor|pharmacologist|epidemiologist|neuroscientist|
tester|qa|game developer|web developer|blogger|youtuber|streamer|influencer|podcaster|supervisor|foreman|head chef|sous chef|
civil servant|diplomat|politician|minister|pastor|priest|rabbi|imam|nanny|teaching assistant|grad student|phd student|
phd candidate|undergrad|undergraduate|resident|fellow|dean|principal investigator|data scientist|analyst`);

/** Industries and fields; "I work in X" / "I'm in X" with X here is an industry, not a place. */
export const INDUSTRIES = words(`
healthcare|health care|health|medicine|finance|financial services|fintech|banking|insurance|insurtech|education|edtech|
tech|technology|software|saas|it|cybersecurity|security|infosec|e-commerce|ecommerce|retail|real estate|proptech|
consulting|marketing|advertising|adtech|sales|media|entertainment|gaming|games|video games|the games industry|music|film|
publishing|journalism|hospitality|tourism|travel|food|food service|restaurants|logistics|supply chain|transportation|
automotive|aerospace|aviation|defense|defence|energy|oil and gas|renewables|renewable energy|utilities|telecom|telecommunications|
agriculture|agtech|construction|architecture|manufacturing|legal|law|government|public sector|non-profit|nonprofit|
the nonprofit sector|biotech|biotechnology|pharma|pharmaceuticals|life sciences|research|academia|hr|human resources|
recruiting|design|fashion|beauty|sports|fitness|crypto|blockchain|web3|ai|machine learning|data|analytics|cloud|
devops|mining|chemicals|shipping|retail banking|investment banking|private equity|venture capital|accounting|
customer support|customer service|operations|product|engineering|it support|nursing|social work|philanthropy|
climate tech|cleantech|medtech|healthtech|hardware|semiconductors|robotics|space|public health|mental health`);

/** Workplace nouns that imply an industry ("I work at a hospital" -> healthcare). */
export const WORKPLACE_INDUSTRY: Record<string, string> = {
  hospital: 'healthcare', clinic: 'healthcare', pharmacy: 'healthcare', bank: 'banking', 'law firm': 'legal',
  school: 'education', university: 'education', college: 'education', restaurant: 'hospitality', hotel: 'hospitality',
  'ad agency': 'advertising', 'marketing agency': 'marketing', 'consulting firm': 'consulting', 'insurance company': 'insurance',
  'game studio': 'gaming', 'newspaper': 'media', 'nonprofit': 'non-profit', 'non-profit': 'non-profit', 'ngo': 'non-profit',
};

export const LANGUAGES = words(`
english|spanish|french|german|portuguese|italian|dutch|mandarin|chinese|cantonese|japanese|korean|hindi|arabic|russian|
polish|turkish|swedish|norwegian|danish|finnish|greek|hebrew|vietnamese|thai|indonesian|malay|tagalog|filipino|ukrainian|
czech|slovak|hungarian|romanian|bulgarian|serbian|croatian|bengali|urdu|punjabi|tamil|telugu|marathi|gujarati|persian|farsi|
swahili|catalan|basque|galician|irish|welsh|icelandic|estonian|latvian|lithuanian|afrikaans|zulu|amharic|yoruba|
sign language|asl|esperanto|latin`);

export const NATIONALITIES = words(`
american|british|english|scottish|welsh|irish|canadian|australian|mexican|brazilian|argentinian|argentine|chilean|colombian|
peruvian|venezuelan|cuban|spanish|portuguese|french|german|italian|dutch|belgian|swiss|austrian|swedish|norwegian|danish|
finnish|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|russian|ukrainian|israeli|lebanese|egyptian|moroccan|
nigerian|kenyan|ghanaian|ethiopian|south african|indian|pakistani|bangladeshi|sri lankan|nepali|chinese|japanese|korean|
vietnamese|thai|filipino|indonesian|malaysian|singaporean|taiwanese|iranian|iraqi|saudi|emirati|new zealander|kiwi|
icelandic|estonian|latvian|lithuanian|serbian|croatian|slovenian|jamaican|haitian|dominican|puerto rican|ecuadorian|bolivian|
uruguayan|paraguayan`);

/** Tools, languages, platforms and products that may be written in lower case. */
export const TOOLS = words(`
vim|neovim|nvim|emacs|vs code|vscode|visual studio|intellij|pycharm|webstorm|xcode|android studio|sublime|sublime text|
git|github|gitlab|bitbucket|docker|kubernetes|k8s|terraform|ansible|jenkins|linux|ubuntu|debian|fedora|arch|arch linux|nixos|
macos|mac|macbook|windows|wsl|ios|android|iphone|ipad|pixel|chromebook|kindle|python|javascript|typescript|java|go|golang|
rust|c|c++|c#|ruby|php|swift|kotlin|scala|elixir|erlang|haskell|clojure|julia|r|matlab|sql|bash|zsh|fish|powershell|tmux|
postgres|postgresql|mysql|sqlite|mongodb|redis|elasticsearch|kafka|spark|snowflake|bigquery|dbt|airflow|react|vue|angular|
svelte|next.js|nextjs|node|node.js|deno|bun|django|flask|fastapi|rails|ruby on rails|spring|laravel|.net|dotnet|aws|gcp|azure|
excel|google sheets|sheets|word|powerpoint|keynote|figma|sketch|notion|obsidian|roam|evernote|slack|discord|jira|confluence|
trello|asana|linear|zoom|teams|photoshop|illustrator|lightroom|premiere|final cut|davinci resolve|blender|unity|unreal|godot|
tableau|power bi|looker|pandas|numpy|pytorch|tensorflow|jupyter|chatgpt|claude|copilot|cursor|homebrew|salesforce|hubspot|
quickbooks|sap|shopify|wordpress|canva|ableton|logic pro|pro tools|autocad|solidworks|revit|arduino|raspberry pi|postman|
webpack|vite|tailwind|graphql|grpc|openai|langchain|ollama|latex|markdown|todoist|things|bear|chrome|firefox|safari|brave|arc`);

/** Words that make an object a communication-style preference rather than an interest. */
export const COMM_TERMS = [
  'answer', 'answers', 'response', 'responses', 'reply', 'replies', 'explanation', 'explanations', 'summary', 'summaries',
  'feedback', 'communication', 'tone', 'bullet point', 'bullet points', 'bullets', 'example', 'examples', 'code examples',
  'code snippets', 'step-by-step', 'step by step', 'detail', 'details', 'brevity', 'jargon', 'emoji', 'emojis', 'diagrams',
  'visuals', 'tables', 'markdown', 'citations', 'sources', 'tl;dr', 'tldr', 'small talk', 'fluff', 'filler', 'pleasantries',
  'straight talk', 'to the point', 'concise', 'brief', 'short', 'detailed', 'thorough', 'in-depth', 'high-level', 'formal',
  'informal', 'casual', 'direct', 'blunt', 'honest feedback', 'plain language', 'plain english', 'simple language', 'analogies',
  'long-winded', 'verbose', 'wall of text', 'walls of text', 'paragraphs', 'headings', 'numbered lists', 'lists', 'humor', 'humour',
  'technical depth', 'technical details', 'eli5', 'emails', 'messages', 'written communication', 'async communication',
  'explain', 'explained',
];

/** Personality traits (adjectives and nouns) a user may ascribe to themselves. */
export const TRAITS = words(`
introvert|introverted|extrovert|extroverted|extravert|ambivert|shy|outgoing|curious|organized|organised|detail-oriented|
detail oriented|perfectionist|a perfectionist|impatient|patient|analytical|creative|pragmatic|optimistic|optimist|pessimistic|
pessimist|competitive|laid-back|laid back|easygoing|easy-going|night owl|early bird|morning person|night person|people person|
overthinker|worrier|introspective|spontaneous|ambitious|stubborn|sensitive|empathetic|skeptical|sceptical|adventurous|
cautious|risk-averse|risk averse|independent|logical|methodical|messy|disorganized|forgetful|chatty|talkative|quiet|
reserved|nerd|geek|workaholic|multitasker|procrastinator|self-starter|team player|introspective|anxious person|
big-picture thinker|big picture person|visual thinker|planner|dreamer|realist|idealist|minimalist|early riser|homebody|
social butterfly|lone wolf|hands-on person|details person|list person`);

/** "I'm a runner" -> the interest it implies. */
export const ENTHUSIAST_INTERESTS: Record<string, string> = {
  runner: 'running', cyclist: 'cycling', biker: 'cycling', gamer: 'gaming', reader: 'reading', bookworm: 'reading',
  hiker: 'hiking', climber: 'climbing', swimmer: 'swimming', skier: 'skiing', snowboarder: 'snowboarding', surfer: 'surfing',
  foodie: 'food', golfer: 'golf', cinephile: 'film', 'movie buff': 'movies', 'film buff': 'film', audiophile: 'audio',
  'coffee snob': 'coffee', 'wine lover': 'wine', 'music lover': 'music', 'dog lover': 'dogs', 'cat lover': 'cats',
  gardener: 'gardening', knitter: 'knitting', birder: 'birdwatching', 'birdwatcher': 'birdwatching', 'chess player': 'chess',
  'marathon runner': 'marathon running', 'rock climber': 'rock climbing', 'board gamer': 'board games', traveler: 'travel',
  traveller: 'travel', 'yogi': 'yoga', 'home cook': 'cooking', baker: 'baking', 'photographer': 'photography',
} as Record<string, string>;

export const DIETS = words(`
vegetarian|vegan|pescatarian|pescetarian|flexitarian|keto|paleo|gluten-free|gluten free|lactose intolerant|lactose-intolerant|
dairy-free|dairy free|halal|kosher|carnivore|plant-based|plant based|celiac|coeliac|low-carb|low carb|whole30|raw vegan|
teetotal|teetotaler|sober|diabetic`);

/** Things people have, per kind: family members and pets. */
export const FAMILY_NOUNS = 'kids?|children|child|sons?|daughters?|boys?|girls?|twins|grandchildren|grandkids|toddlers?|babies|baby|wife|husband|partner|spouse|girlfriend|boyfriend|fianc[eé]e?|brothers?|sisters?|siblings|stepsons?|stepdaughters?|teenagers?|teens?';
export const PET_NOUNS = 'dogs?|cats?|pupp(?:y|ies)|kittens?|rabbits?|bunn(?:y|ies)|hamsters?|parrots?|birds?|fish|horses?|pets?|guinea pigs?|turtles?|tortoises?|lizards?|snakes?|ferrets?|chickens?|goldfish|beagles?|labradors?|golden retrievers?|corgis?|huskies|husky|poodles?|terriers?|collies?|border collies?|retrievers?|shepherds?|german shepherds?|spaniels?|dachshunds?|pugs?|bulldogs?|chihuahuas?|labs?|greyhounds?|whippets?|schnauzers?|rottweilers?|dobermans?|boxers?|shih tzus?|maltese|tabb(?:y|ies)|siamese|persians?|maine coons?|cockatiels?|budgies?|geckos?|axolotls?|tarantulas?';

export const NUMBER_WORDS = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+';

/** Time-zone expressions. */
export const TZ_ABBREVIATIONS = words(`
utc|gmt|pst|pdt|pt|mst|mdt|mt|cst|cdt|ct|est|edt|et|akst|hst|ast|nst|bst|cet|cest|eet|eest|wet|west|ist|jst|kst|hkt|sgt|
aest|aedt|acst|awst|nzst|nzdt|msk|brt|art|wib|pht|ict|gst|sast|wat|eat|cat`);

/** Phrases that mark a statement as short-lived, with how long it holds (seconds). */
export const DYNAMIC_MARKERS: [RegExp, number][] = [
  [/\b(right now|at the moment|today|tonight|this morning|this afternoon|this evening|at present)\b/, 24 * 3600],
  [/\b(this weekend)\b/, 4 * 24 * 3600],
  [/\b(this week|these days|for the next few days|for a few days|this sprint)\b/, 7 * 24 * 3600],
  [/\b(for the next (?:two|2|couple of) weeks|next couple of weeks|over the next few weeks)\b/, 14 * 24 * 3600],
  [/\b(this month|for now|currently|lately|temporarily|for the time being|for the moment|at this point)\b/, 30 * 24 * 3600],
  [/\b(this quarter|this semester|this term|this season)\b/, 90 * 24 * 3600],
];

/** Strong markers: they make even identity statements (location...) short-lived. "currently" is not one. */
export const STRONG_DYNAMIC = /\b(right now|at the moment|today|tonight|this morning|this afternoon|this evening|this weekend|this week|for the next few days|for a few days|temporarily|for the time being|this month|for now|for the moment)\b/;
