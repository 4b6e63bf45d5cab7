import { createRequire } from 'node:module';
import { Lexicon, lexicon } from './index.js';

/**
 * Places: the cities of `city-timezones` (about 7,300, with their provinces and countries) plus
 * common regions and informal names. Used to accept a place written in lower case ("i live in
 * saskatoon") — a capitalised name after "live in" is taken as written, unless it names a tool
 * ("I live in Logseq and Emacs").
 */

interface CityRow {
  city: string;
  city_ascii: string;
  province: string;
  country: string;
  timezone: string;
}

const require = createRequire(import.meta.url);
const rows = (require('city-timezones') as { cityMapping: CityRow[] }).cityMapping;

const INFORMAL = `uk|u.k.|united kingdom|britain|great britain|england|scotland|wales|northern ireland|ireland|us|u.s.|usa|u.s.a.|america|the states|states|nz|aotearoa|oz|straya|down under|the uae|uae|dubai|the netherlands|holland|czechia|the bay area|bay area|silicon valley|the midlands|midlands|the north|up north|down south|north east|north west|south east|south west|the north east|the north west|the south east|the south west|east midlands|west midlands|the east midlands|the west midlands|the south|the west country|west country|the highlands|highlands|the lakes|lake district|cornwall|devon|yorkshire|lancashire|kent|essex|surrey|sussex|norfolk|suffolk|cumbria|the cotswolds|cotswolds|the peak district|brum|joburg|jozi|jhb|cpt|pe|kzn|the cape|cape town|gold coast|sunshine coast|central coast|south coast|north shore|the pilbara|pilbara|the outback|outback|the bush|nsw|qld|vic|wa|sa|nt|act|tassie|tasmania|bc|ab|sk|mb|on|qc|ns|nb|pei|nl|gta|the gta|the prairies|the maritimes|new england|the midwest|midwest|the south|socal|norcal|the pnw|pnw|pacific northwest|east coast|west coast|the east coast|the west coast|tri-state|nyc|la|sf|dc|philly|chi-town|atl|the bronx|brooklyn|queens|manhattan|harlem|lagos island|lekki|ikeja|yaba|surulere|abuja|ph|port harcourt|kano|ibadan|enugu|owerri|abeokuta|abakaliki|accra|kumasi|tema|takoradi|nairobi|mombasa|kisumu|nakuru|eldoret|kampala|dar|dar es salaam|arusha|kigali|addis|addis ababa|soweto|durban|pretoria|tshwane|bloem|bloemfontein|gqeberha|port elizabeth|stellenbosch|kochi|cochin|kerala|goa|bengaluru|bangalore|mumbai|bombay|delhi|new delhi|ncr|gurgaon|gurugram|noida|chennai|madras|hyderabad|pune|kolkata|calcutta|ahmedabad|jaipur|lucknow|chandigarh|trichy|tiruchirappalli|coimbatore|mysore|mysuru|mangalore|vizag|visakhapatnam|thane|navi mumbai|karachi|lahore|islamabad|dhaka|chittagong|colombo|kathmandu|wagga|wagga wagga|dunedin|halifax|saskatoon|kelowna|winnipeg|mississauga|brampton|surrey|markham|scarborough|etobicoke|gatineau|moncton|st. john's|st johns|whitehorse|yellowknife|iqaluit|
  brissie|brizzy|brisvegas|melbs|sydders|freo|the gong|radelaide|canbra|the big smoke|the smoke|big apple|the big apple|the windy city|nola|vegas|frisco|atx|pdx|dtla|the bay|ktm|kl|hk|bkk|spore|sg|naija|gh|
  preston|wigan|stockport|swindon|salford|bolton|oldham|rochdale|warrington|wakefield|huddersfield|doncaster|rotherham|barnsley|chesterfield|telford|shrewsbury|wolverhampton|walsall|solihull|northampton|milton keynes|bedford|watford|st albans|slough|basingstoke|guildford|woking|crawley|hove|eastbourne|canterbury|maidstone|margate|chelmsford|colchester|basildon|harlow|kings lynn|king's lynn|grimsby|hull|harrogate|darlington|gateshead|kendal|blackburn|burnley|crewe|stafford|gloucester|cheltenham|poole|torquay|truro|taunton|yeovil|weymouth|wrexham|aberystwyth|stirling|paisley|falkirk|kilmarnock|derry|londonderry|newry|athlone|hackney|camden|islington|brixton|peckham|croydon|ealing|wembley|walthamstow|greenwich|lewisham|tottenham|enfield|barnet|bromley|wimbledon|clapham|shoreditch|dalston|catford|leyton|ilford|romford|hounslow|uxbridge|stoke-on-trent|stoke on trent|stoke|newcastle upon tyne|tyneside|teesside|merseyside|the wirral|wirral|the black country|east anglia|the home counties|home counties|the fens|snowdonia|the valleys|fife|the borders|orkney|shetland|the hebrides|hebrides|isle of skye|skye|isle of wight|anglesey|connemara|donegal|kerry|wicklow|mayo|clare|tipperary`;

/**
 * Matched as written, never through a lemma: place names do not inflect, and a lemma would turn
 * everyday words into towns ("I'm in sales" is not Sale, "my hours" not Hour).
 */
export const PLACES: Lexicon = new Lexicon(
  'place',
  [
    ...rows.map((r) => r.city),
    ...rows.map((r) => r.city_ascii),
    ...new Set(rows.map((r) => r.province)),
    ...new Set(rows.map((r) => r.country)),
    ...INFORMAL.split('|'),
  ].filter((p) => p.trim() !== ''),
  false,
);

const timezoneByPlace = new Map<string, string>();
for (const r of rows) {
  for (const name of [r.city, r.city_ascii]) {
    const key = name.toLowerCase();
    if (!timezoneByPlace.has(key)) timezoneByPlace.set(key, r.timezone);
  }
}

const countries = new Set<string>(['uk', 'usa', 'us', 'america', 'britain', 'england', 'scotland', 'wales', 'ireland', 'nz']);
for (const r of rows) countries.add(r.country.toLowerCase());

/** Whether a place is a whole country ("Poland", "the UK"), not a town or a region in one. */
export function isCountry(place: string): boolean {
  return countries.has(
    place
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, ''),
  );
}

/** The IANA time zone of a known city ("Wagga Wagga" -> "Australia/Sydney"), if any. */
export function timezoneOf(place: string): string | undefined {
  return timezoneByPlace.get(place.trim().toLowerCase());
}

/** Time-zone names and abbreviations people write. */
export const TIMEZONES = lexicon(
  'timezone',
  `utc|gmt|bst|ist|cet|cest|eet|eest|wet|west|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|ast|adt|nst|ndt|aest|aedt|acst|acdt|awst|nzst|nzdt|sast|wat|cat|eat|pkt|npt|ict|wib|sgt|hkt|jst|kst|pht|eastern time|central time|mountain time|pacific time|atlantic time|eastern|central|mountain|pacific|uk time|nz time|london time|sydney time|india time|indian standard time`,
);
