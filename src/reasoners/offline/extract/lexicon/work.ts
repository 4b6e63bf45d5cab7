import { Lexicon, lexicon } from './index.js';

/**
 * Work vocabulary beyond ./people.ts: more job titles and the head nouns that make a noun phrase a
 * job ("warehouse operative", "claims handler", "bin man"), the sectors people say they work in ("I
 * work in IT", "I'm in hospitality"), and the trades said as an activity ("been nursing for 20 years").
 */

/** Job titles and job heads not in OCCUPATIONS: the head of "I'm a ___", "___ at Acme". */
export const JOBS = lexicon(
  'job',
  `operative|handler|worker|attendant|aide|assistant|rep|representative|installer|operator|fitter|technician|engineer|officer|manager|administrator|coordinator|co-ordinator|executive|specialist|advisor|adviser|consultant|analyst|associate|clerk|controller|inspector|assessor|examiner|adjuster|estimator|scheduler|planner|buyer|merchandiser|stocker|picker|packer|loader|sorter|porter|driver|courier|cashier|teller|
  warehouse operative|warehouse worker|warehouse picker|factory worker|production worker|line worker|assembly worker|shelf stacker|checkout operator|shop assistant|sales assistant|retail assistant|store assistant|customer service advisor|customer service rep|call centre agent|call center agent|contact centre agent|bin man|binman|refuse collector|dustman|street sweeper|street cleaner|road sweeper|postie|postman|postwoman|mail carrier|letter carrier|milkman|window cleaner|dinner lady|lollipop lady|lunch lady|school cook|caretaker|groundskeeper|groundsman|gardener|tree surgeon|arborist|forester|gamekeeper|stable hand|farm worker|farm labourer|fruit picker|beekeeper|apiarist|dairy farmer|sheep farmer|cattle farmer|grazier|crofter|smallholder|vintner|viticulturist|fisherwoman|trawlerman|boat builder|shipwright|docker|longshoreman|stevedore|seafarer|merchant seaman|able seaman|bosun|skipper|harbour master|lighthouse keeper|
  chief mate|first mate|second mate|third mate|2nd mate|3rd mate|chief officer|first officer|second officer|third officer|2nd officer|3rd officer|deck officer|engineer officer|deck cadet|engine cadet|deckhand|deck hand|farm hand|farmhand|stable hand|kennel hand|ranch hand|station hand|shed hand|yard hand|dairy hand|kitchen hand|bar hand|hired hand|deckie|ordinary seaman|boatswain|cox|coxswain|master mariner|ship captain|ship's master|chief engineer|second engineer|third engineer|2nd engineer|3rd engineer|marine engineer|eto|electro-technical officer|motorman|oiler|wiper|fitter|steward|stewardess|purser|hotel director|cruise director|cruise staff|galley hand|messman|marine superintendent|roustabout|roughneck|derrickman|toolpusher|driller|rov pilot|dpo|dp operator|ballast control operator|barge master|offshore installation manager|oim|scaffolder|rope access technician|
  hca|care assistant|carer|home carer|domiciliary carer|personal care assistant|pca|nursing assistant|cna|lpn|lvn|rgn|rmn|charge nurse|ward sister|matron|staff nurse|theatre nurse|scrub nurse|icu nurse|er nurse|a&e nurse|community nurse|district nurse|school nurse|practice nurse|mental health nurse|psychiatric nurse|travel nurse|nurse anaesthetist|crna|midwife|doula|gp|general practitioner|family doctor|consultant surgeon|anaesthetist|anesthetist|cardiologist|dermatologist|oncologist|radiologist|pathologist|gynaecologist|gynecologist|obstetrician|ob-gyn|obgyn|psychiatrist|paediatrician|pediatrician|geriatrician|endocrinologist|gastroenterologist|rheumatologist|nephrologist|haematologist|hematologist|urologist|ent surgeon|orthopaedic surgeon|orthopedic surgeon|neurosurgeon|podiatrist|chiropodist|audiologist|dietitian|osteopath|chiropractor|acupuncturist|massage therapist|masseuse|physical therapist|respiratory therapist|art therapist|music therapist|play therapist|family therapist|marriage counsellor|hypnotherapist|naturopath|homeopath|herbalist|pharmacy assistant|dispenser|optometrist|dental therapist|dental technician|dental assistant|medical secretary|medical receptionist|ward clerk|porter|hospital porter|orderly|paramedic|emt|ambulance driver|first responder|coroner|mortician|funeral director|undertaker|embalmer|
  primary school teacher|primary teacher|secondary school teacher|secondary teacher|high school teacher|middle school teacher|elementary school teacher|kindergarten teacher|preschool teacher|nursery teacher|reception teacher|early years teacher|early years practitioner|sen teacher|senco|special ed teacher|special education teacher|learning support assistant|lsa|teaching assistant|classroom assistant|cover supervisor|deputy head|headmistress|headmaster|head of year|head of department|principal|vice principal|assistant principal|school counselor|guidance counselor|school librarian|tefl teacher|esl teacher|esol teacher|english teacher|maths teacher|math teacher|science teacher|chemistry teacher|physics teacher|biology teacher|history teacher|art teacher|pe teacher|drama teacher|french teacher|spanish teacher|lecturer|senior lecturer|associate professor|assistant professor|adjunct|adjunct professor|postdoc|postdoctoral researcher|research fellow|research assistant|lab manager|lab tech|
  software engineer|software developer|web dev|frontend dev|front-end developer|front end developer|backend dev|back-end developer|back end developer|fullstack developer|full-stack developer|full stack dev|ios developer|android developer|app developer|game dev|games developer|embedded engineer|firmware engineer|platform engineer|infrastructure engineer|cloud engineer|site reliability engineer|network engineer|network admin|systems administrator|systems engineer|it technician|it support|helpdesk|help desk analyst|service desk analyst|it manager|it consultant|database administrator|data architect|bi analyst|business analyst|business intelligence analyst|analytics engineer|ai engineer|ml researcher|research scientist|research engineer|quant|quantitative analyst|security analyst|soc analyst|penetration tester|ethical hacker|cybersecurity analyst|qa tester|test engineer|automation engineer|release manager|technical lead|engineering lead|principal developer|architect|software architect|cto|product lead|product analyst|ux/ui designer|ui/ux designer|interaction designer|visual designer|motion designer|brand designer|web designer|game designer|level designer|3d artist|concept artist|technical artist|vfx artist|colourist|colorist|video editor|film editor|editor|sound designer|mixing engineer|mastering engineer|music producer|session musician|
  accountant|chartered accountant|management accountant|tax accountant|cost accountant|payroll officer|payroll administrator|bookkeeper|finance manager|financial controller|finance director|treasurer|credit controller|accounts assistant|accounts payable clerk|investment banker|private banker|relationship manager|portfolio manager|fund manager|asset manager|equity analyst|credit analyst|risk analyst|compliance officer|aml analyst|kyc analyst|insurance broker|insurance agent|underwriter|loan officer|mortgage adviser|bank teller|cashier|pensions administrator|economist|
  solicitor|barrister|lawyer|attorney|advocate|legal counsel|in-house counsel|general counsel|corporate lawyer|family lawyer|criminal lawyer|immigration lawyer|public defender|prosecutor|district attorney|legal assistant|legal executive|paralegal|court clerk|magistrate|judge|clerk of court|patent attorney|trademark attorney|company secretary|
  civil servant|policy officer|policy advisor|policy adviser|policy analyst|caseworker|case worker|case manager|benefits adviser|housing officer|council worker|town planner|planning officer|building control officer|environmental health officer|trading standards officer|customs officer|border force officer|immigration officer|tax inspector|auditor|diplomat|ambassador|attaché|parliamentary researcher|researcher|political adviser|campaign manager|press officer|communications officer|comms manager|pr manager|publicist|spokesperson|
  marketing executive|marketing assistant|marketing coordinator|digital marketer|growth marketer|social media manager|community manager|content manager|content strategist|content creator|caster|shoutcaster|esports caster|commentator|pharmacist|locum pharmacist|hospital pharmacist|community pharmacist|clinical pharmacist|prescriber|independent prescriber|pharmacist prescriber|nurse prescriber|brand manager|product marketing manager|seo specialist|ppc specialist|media buyer|copy editor|sub-editor|journalist|news reporter|broadcaster|presenter|radio presenter|tv presenter|news anchor|producer|researcher|camera operator|cameraman|camerawoman|gaffer|light boy|production assistant|stagehand|stage manager|deputy stage manager|assistant stage manager|company stage manager|dsm|asm|production manager|stage crew|site crew|road crew|tour crew|festival crew|crew member|crew chief|roadie|rigger|head rigger|lampie|flyman|fly operator|followspot operator|projectionist|usher|usherette|dresser|wardrobe assistant|box office|front of house|set designer|costume designer|makeup artist|make-up artist|mua|hair stylist|hairstylist|barber|nail technician|nail tech|beauty therapist|esthetician|aesthetician|lash tech|brow artist|tattoo artist|piercer|
  recruiter|recruitment consultant|headhunter|talent acquisition|hr advisor|hr business partner|hrbp|people partner|people manager|l&d manager|trainer|training manager|office administrator|administrative assistant|admin assistant|personal assistant|executive assistant|virtual assistant|data entry clerk|receptionist|secretary|office junior|
  sales manager|sales executive|sales director|business development manager|account director|key account manager|customer success manager|customer support|support agent|support engineer|sales engineer|pre-sales|field sales|telesales|door to door salesman|car salesman|estate agent|letting agent|lettings agent|property manager|property developer|surveyor|valuer|conveyancer|
  chef|cook|sous chef|commis chef|chef de partie|head chef|executive chef|private chef|pastry chef|line cook|prep cook|short order cook|kitchen porter|dishwasher|waiter|waitress|busser|hostess|maitre d|bartender|barman|barmaid|bar staff|mixologist|barista|sommelier|publican|landlady|pub landlord|innkeeper|hotel manager|restaurant manager|cafe owner|café owner|baker|butcher|fishmonger|greengrocer|grocer|deli owner|food truck owner|street vendor|market trader|trader|hawker|shopkeeper|store owner|shop owner|
  electrician|plumber|gas engineer|gas fitter|heating engineer|hvac technician|hvac engineer|refrigeration engineer|joiner|carpenter|cabinet maker|chippie|bricklayer|stonemason|mason|plasterer|drywaller|tiler|roofer|glazier|painter and decorator|decorator|handyman|builder|general contractor|site foreman|foreman|site manager|project manager|quantity surveyor|civil engineer|structural engineer|building surveyor|clerk of works|scaffolder|steel fixer|steelworker|ironworker|welder|fabricator|boilermaker|pipefitter|millwright|machinist|cnc machinist|toolmaker|maintenance engineer|maintenance technician|mechanic|motor mechanic|diesel mechanic|auto mechanic|mechanical fitter|aircraft engineer|aircraft mechanic|avionics technician|marine engineer|lineworker|cable jointer|solar installer|wind turbine technician|locksmith|upholsterer|tailor|seamstress|dressmaker|cobbler|shoemaker|watchmaker|jeweller|goldsmith|silversmith|blacksmith|farrier|potter|glassblower|printer|signwriter|
  lorry driver|truck driver|hgv driver|lgv driver|van driver|delivery driver|bus driver|coach driver|taxi driver|cab driver|cabbie|uber driver|lyft driver|rideshare driver|chauffeur|train driver|tram driver|train conductor|conductor|signaller|railway worker|station assistant|forklift driver|forklift operator|crane operator|digger driver|excavator operator|plant operator|machine operator|heavy equipment operator|pilot|airline pilot|commercial pilot|helicopter pilot|flight attendant|cabin crew|air steward|air stewardess|air hostess|ground crew|baggage handler|air traffic controller|dispatcher|logistics coordinator|logistics manager|supply chain manager|warehouse manager|fleet manager|freight forwarder|customs broker|
  police officer|cop|detective|constable|sergeant|inspector|special constable|pcso|sheriff|deputy|state trooper|trooper|firefighter|fireman|firewoman|prison officer|correctional officer|probation officer|security guard|security officer|bouncer|door supervisor|soldier|sailor|airman|marine|officer|army officer|naval officer|reservist|serviceman|servicewoman|lifeguard|coastguard|park ranger|ranger|game warden|warden|
  social worker|support worker|care worker|key worker|youth worker|community worker|outreach worker|family support worker|child protection officer|foster carer|foster parent|childminder|nanny|au pair|babysitter|housekeeper|cleaner|domestic cleaner|carer|home help|
  pastor|priest|vicar|minister|chaplain|imam|rabbi|cantor|deacon|bishop|monk|nun|missionary|youth pastor|worship leader|
  artist|painter|sculptor|illustrator|animator|cartoonist|comic artist|graphic artist|printmaker|photographer|wedding photographer|videographer|filmmaker|director|actor|actress|performer|dancer|choreographer|singer|musician|composer|songwriter|dj|music teacher|piano teacher|guitar teacher|voice coach|writer|author|novelist|poet|playwright|screenwriter|ghostwriter|blogger|vlogger|youtuber|streamer|podcaster|influencer|translator|interpreter|
  personal trainer|pt|fitness instructor|gym instructor|yoga teacher|yoga instructor|pilates teacher|swimming teacher|swim instructor|ski instructor|surf instructor|climbing instructor|coach|football coach|sports coach|referee|umpire|athlete|professional athlete|footballer|cricketer|jockey|caddie|groundskeeper|
  room leader|nursery practitioner|nursery assistant|early years educator|daymother|maintenance tech|desktop support|desktop support tech|desktop support technician|desktop support engineer|helpdesk technician|it support technician|night auditor|room attendant|chambermaid|
  strength and conditioning coach|s&c coach|sexton|gravedigger|grave digger|celebrant|funeral celebrant|humanist celebrant|funeral arranger|arranger|pallbearer|chimney sweep|sweep|night filler|night fill|
  vet|veterinarian|vet nurse|veterinary nurse|vet tech|veterinary technician|dog groomer|groomer|dog walker|dog trainer|pet sitter|kennel assistant|zookeeper|animal keeper|stable manager|
  scientist|biologist|chemist|physicist|geologist|geophysicist|geographer|hydrologist|meteorologist|climatologist|oceanographer|marine biologist|ecologist|conservationist|zoologist|botanist|microbiologist|biochemist|biomedical scientist|lab technician|laboratory technician|research chemist|pharmacologist|toxicologist|epidemiologist|statistician|mathematician|data scientist|actuary|economist|historian|archaeologist|anthropologist|sociologist|psychologist|clinical psychologist|educational psychologist|neuropsychologist|linguist|philosopher|theologian|librarian|archivist|curator|conservator|museum educator|
  entrepreneur|founder|co-founder|cofounder|solopreneur|business owner|small business owner|sole trader|self-employed|contractor|freelancer|consultant|independent consultant|management consultant|strategy consultant|ceo|coo|cmo|cpo|ciso|cio|md|managing director|general manager|operations manager|ops manager|office manager|practice manager|store manager|branch manager|area manager|regional manager|district manager|shift manager|shift supervisor|shift lead|team leader|team lead|supervisor|line manager|department head|director|associate director|senior director|vice president|vp|svp|evp|partner|managing partner|principal|chairman|chairwoman|board member|trustee`,
);

/** Sectors and fields of work: "I work in ___", "I'm in ___", "my background is in ___". */
export const INDUSTRIES = new Lexicon(
  'industry',
  words(`it|tech|technology|software|saas|fintech|edtech|healthtech|medtech|biotech|pharma|pharmaceuticals|life sciences|cybersecurity|cyber security|cyber|data|data science|analytics|ai|machine learning|gaming|games|video games|the games industry|telecoms|telecommunications|
  finance|financial services|banking|investment banking|private equity|venture capital|vc|asset management|wealth management|insurance|reinsurance|accounting|accountancy|audit|tax|actuarial|fintech|payments|crypto|web3|
  healthcare|health care|health|medicine|nursing|social care|adult social care|mental health|dentistry|pharmacy|public health|the nhs|nhs|aged care|disability support|hospice care|veterinary|
  education|teaching|higher education|academia|early years|childcare|further education|research|
  retail|hospitality|food service|catering|tourism|events|leisure|fitness|beauty|hairdressing|fashion|luxury|ecommerce|e-commerce|consumer goods|fmcg|cpg|
  construction|engineering|civil engineering|architecture|property|real estate|housing|facilities management|manufacturing|automotive|aerospace|aviation|defence|defense|shipping|logistics|supply chain|transport|transportation|haulage|freight|trucking|rail|the railways|maritime|
  energy|oil and gas|oil & gas|renewables|renewable energy|solar|wind|nuclear|utilities|mining|agriculture|farming|forestry|fishing|horticulture|viticulture|food and drink|food production|brewing|
  law|legal|the law|policing|law enforcement|the police|the military|the army|the navy|the air force|security|government|local government|central government|the civil service|civil service|public sector|public service|politics|policy|the third sector|third sector|charity|charities|the charity sector|nonprofit|nonprofits|non-profit|ngos|international development|humanitarian|social work|housing|
  marketing|digital marketing|advertising|pr|public relations|communications|comms|media|journalism|publishing|broadcasting|film|tv|television|film and tv|music|the music industry|the arts|arts|theatre|entertainment|design|graphic design|ux|sales|business development|recruitment|recruiting|hr|human resources|consulting|consultancy|management consulting|operations|procurement|customer service|customer support|admin|administration|real estate|property management|project management|project mgmt|product management|programme management|program management|management|ops|people ops|devops|quality assurance|qa|ux research|user research|data analytics|data engineering|software development|web development|app development|game development|tech support|it support|software engineering|sre|site reliability|site reliability engineering|platform engineering|platform|infra|infrastructure|backend|back end|back-end|frontend|front end|front-end|full stack|full-stack|fullstack|mlops|the trades|trades|the building trade|plumbing|electrical|carpentry|welding|the oil patch|oil patch|offshore|hospitality and tourism|food and beverage|f&b|nightlife|the restaurant industry|restaurants|coffee|wine|beer|cannabis|sports|esports|fitness industry|wellness|beauty industry|cosmetics|interior design|landscaping|gardening`),
  true,
  // "I work in IT", not "I'm in it".
  new Set(['it']),
);

function words(table: string): string[] {
  return table
    .split('|')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** A trade said as an activity ("been nursing for 20 years", "I've been welding since 2009") -> the role. */
/** Beauty trades one does for others ("I do hair", "I do nails"): work, not a pastime. */
export const BEAUTY_TRADES: ReadonlySet<string> = new Set(['hair', 'nails', 'lashes', 'brows', 'makeup', 'make-up', 'braids']);

export const TRADE_GERUNDS: ReadonlyMap<string, string> = new Map([
  ['nursing', 'nurse'],
  ['teaching', 'teacher'],
  ['lecturing', 'lecturer'],
  ['tutoring', 'tutor'],
  ['welding', 'welder'],
  ['plumbing', 'plumber'],
  ['farming', 'farmer'],
  ['bartending', 'bartender'],
  ['nannying', 'nanny'],
  ['childminding', 'childminder'],
  ['cheffing', 'chef'],
  ['hairdressing', 'hairdresser'],
  ['bricklaying', 'bricklayer'],
  ['plastering', 'plasterer'],
  ['roofing', 'roofer'],
  ['lawyering', 'lawyer'],
  ['freelancing', 'freelancer'],
  ['consulting', 'consultant'],
  ['contracting', 'contractor'],
  ['trucking', 'truck driver'],
  ['waitressing', 'waitress'],
  ['waiting tables', 'waiter'],
  ['coaching', 'coach'],
  ['caring', 'carer'],
  ['midwifing', 'midwife'],
  ['fishing', 'fisherman'],
  ['carpentry', 'carpenter'],
  ['joinery', 'joiner'],
  ['accounting', 'accountant'],
  ['bookkeeping', 'bookkeeper'],
  ['programming', 'programmer'],
  ['coding', 'coder'],
  ['developing', 'developer'],
  ['engineering', 'engineer'],
  ['nursing', 'nurse'],
  ['preaching', 'preacher'],
  ['policing', 'police officer'],
  ['gardening', 'gardener'],
  ['landscaping', 'landscaper'],
  ['driving', 'driver'],
  ['dispatching', 'dispatcher'],
  ['cleaning', 'cleaner'],
  ['baking', 'baker'],
  ['butchering', 'butcher'],
  ['tailoring', 'tailor'],
  ['translating', 'translator'],
  ['interpreting', 'interpreter'],
  ['editing', 'editor'],
  ['reporting', 'reporter'],
  ['modelling', 'model'],
  ['modeling', 'model'],
  ['acting', 'actor'],
  ['dancing', 'dancer'],
  ['mentoring', 'mentor'],
  ['recruiting', 'recruiter'],
  ['soldiering', 'soldier'],
  ['locuming', 'locum'],
]);

/** Shift patterns a worker is put on ("moved me onto days", "I'm on nights", "switched to earlies"). */
export const SHIFTS = lexicon(
  'shift',
  `days|day shifts|day shift|nights|night shifts|night shift|permanent nights|earlies|early shifts|lates|late shifts|middles|mids|twilights|twilight shifts|long days|weekends|rotating shifts|days and nights|four on four off|4 on 4 off|continental shifts|continentals|continental rota|split shifts|12 hour shifts|12-hour shifts|twelve hour shifts|twelves|12s`,
);

/**
 * Gig-work platforms: ride-hailing and delivery apps people drive, ride or deliver for ("I drive for Yango", "doing
 * Menulog and DoorDash", "a Just Eat courier").
 */
export const PLATFORMS = lexicon(
  'platform',
  `uber|uber eats|ubereats|uber moto|uber auto|lyft|deliveroo|doordash|door dash|just eat|justeat|menulog|skip the dishes|skipthedishes|grubhub|postmates|instacart|shipt|gopuff|amazon flex|evri|dpd|gophr|glovo|wolt|foodpanda|grabfood|grab|gojek|swiggy|zomato|dunzo|zepto|blinkit|ola|rapido|bolt|bolt food|little cab|yango|indrive|indriver|careem|talabat|didi|rappi|ifood|getir|taskrabbit|airtasker|hungry panda|hungrypanda|cabify|freenow|free now|addison lee`,
);

/**
 * Big chains people work for and name in lower case as often as not ("16 hours at asda", "nights at countdown"):
 * supermarkets, shops and food chains. Names that are everyday words too ("boots", "next", "target", "iceland") are left out.
 */
export const CHAINS = lexicon(
  'chain',
  `tesco|tescos|tesco extra|tesco express|asda|sainsbury's|sainsburys|morrisons|morrison's|aldi|lidl|waitrose|co-op|ocado|costco|walmart|kroger|publix|safeway|wegmans|trader joe's|whole foods|coles|woolworths|woolies|countdown|pak'nsave|paknsave|new world|loblaws|no frills|sobeys|shoprite|pick n pay|primark|argos|b&q|screwfix|wickes|ikea|john lewis|currys|superdrug|poundland|home bargains|b&m|wilko|tk maxx|m&s|marks and spencer|greggs|pret|costa|starbucks|mcdonald's|mcdonalds|kfc|nando's|nandos|amazon|bunnings|kmart|big w|jb hi-fi|mitre 10|canadian tire|dollarama|home depot|lowe's|best buy|cvs|walgreens|dollar general|puregold|savemore|jollibee|naivas|quickmart|carrefour|lulu hypermarket|dunnes|dunnes stores|supervalu|centra|penneys`,
);

/**
 * The armed forces and their branches, regiments and corps people say they served in ("ex-navy", "22 years in the
 * Brigade of Gurkhas", "retired from the Kenya Defence Forces", "a reservist with the Queen's Own Rifles"). Names that
 * are everyday words too ("rifles", "paras", "marines") match only with a capital.
 */
export const FORCES = new Lexicon(
  'forces',
  (
    'army|navy|air force|the army|the navy|the air force|military|the military|forces|the forces|armed forces|the armed forces|' +
    'raf|royal air force|royal navy|british army|royal marines|marines|marine corps|usmc|us army|us navy|us air force|' +
    'coast guard|national guard|army reserve|army reserves|naval reserve|territorial army|royal engineers|royal signals|' +
    'royal logistic corps|rlc|reme|royal artillery|parachute regiment|paras|rifles|the rifles|black watch|royal irish|' +
    'gurkhas|brigade of gurkhas|royal gurkha rifles|fleet air arm|raf regiment|queen’s own rifles|queens own rifles|' +
    "queen's own rifles|canadian armed forces|canadian forces|caf|royal canadian navy|royal canadian air force|" +
    'australian defence force|adf|australian army|royal australian navy|raaf|nzdf|new zealand army|new zealand defence force|' +
    'indian army|indian navy|indian air force|iaf|kenya defence forces|kdf|sandf|south african national defence force|' +
    'nigerian army|nigerian navy|nigerian air force|ghana armed forces|philippine army|philippine navy|armed forces of the philippines|' +
    'afp|bundeswehr|idf|french foreign legion|foreign legion'
  ).split('|'),
  false,
  new Set(['rifles', 'paras', 'marines', 'forces', 'caf', 'afp', 'adf', 'iaf', 'rlc', 'reme']),
);
