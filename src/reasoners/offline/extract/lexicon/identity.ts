import { lexicon } from './index.js';

/** Religions and religious identities ("I'm ___", "as a ___"). */
export const RELIGIONS = lexicon(
  'religion',
  `muslim|christian|catholic|roman catholic|protestant|anglican|methodist|baptist|lutheran|presbyterian|pentecostal|evangelical|orthodox|greek orthodox|coptic|mormon|lds|quaker|adventist|seventh-day adventist|jehovah's witness|jewish|orthodox jewish|hindu|sikh|buddhist|jain|bahai|baha'i|zoroastrian|parsi|rastafarian|pagan|wiccan|druid|shinto|taoist|atheist|agnostic|humanist|secular|spiritual|sunni|shia|shiite|ismaili|ahmadi|sufi|born-again|born again|rastafari|rasta|theravada|mahayana|zen|zen buddhist|tibetan buddhist|shinto|wiccan|pagan|heathen|hare krishna|iskcon|vaishnav|shaivite|sikhi|jewish orthodox|reform jewish|conservative jewish|orthodox christian|eastern orthodox|coptic christian|church of england|c of e|presbyterian|evangelical christian|practising catholic|practicing catholic|practising muslim|practicing muslim|devout|religious|observant`,
).fuzzy();

/** Nationalities and peoples that do not follow the -an/-ian/-ese/-ish/-i pattern, and common informal ones. */
export const NATIONALITY_WORDS = lexicon(
  'nationality',
  `kiwi|aussie|brit|british|english|scottish|scot|welsh|irish|northern irish|swiss|dutch|french|thai|greek|czech|slovak|filipino|filipina|pinoy|pinay|cypriot|maltese|lao|basque|catalan|cornish|manx|maori|māori|inuit|métis|metis|aboriginal|first nations|indigenous|torres strait islander|pacific islander|sami|kurdish|tamil|sikh|yoruba|igbo|hausa|zulu|xhosa|afrikaner|boer|geordie|scouser|cockney|yorkshireman|yorkshirewoman|texan|californian|new yorker|londoner|parisian|berliner|quebecer|québécois|quebecois|newfie|bajan|yank|gringo|expat|dual national|dual citizen|ghanaian|ghanian|nigerian|kenyan|ugandan|tanzanian|rwandan|ethiopian|eritrean|somali|sudanese|egyptian|moroccan|algerian|tunisian|libyan|senegalese|malian|ivorian|cameroonian|congolese|angolan|zambian|zimbabwean|malawian|mozambican|namibian|botswanan|motswana|south african|sierra leonean|liberian|gambian|beninese|togolese|burkinabe|nigerien|chadian|mauritian|malagasy|american|canadian|mexican|brazilian|argentinian|argentine|chilean|peruvian|colombian|venezuelan|ecuadorian|bolivian|uruguayan|paraguayan|cuban|jamaican|trinidadian|haitian|dominican|puerto rican|guatemalan|honduran|salvadoran|nicaraguan|costa rican|panamanian|australian|new zealander|fijian|samoan|tongan|indian|pakistani|bangladeshi|sri lankan|nepali|nepalese|bhutanese|afghan|iranian|iraqi|syrian|lebanese|jordanian|palestinian|israeli|saudi|emirati|qatari|kuwaiti|omani|yemeni|bahraini|turkish|armenian|georgian|azerbaijani|kazakh|uzbek|russian|ukrainian|belarusian|polish|lithuanian|latvian|estonian|finnish|swedish|norwegian|danish|icelandic|german|austrian|belgian|luxembourgish|italian|spanish|portuguese|romanian|bulgarian|hungarian|serbian|croatian|bosnian|slovenian|albanian|macedonian|montenegrin|kosovan|chinese|taiwanese|hong konger|japanese|korean|south korean|mongolian|vietnamese|cambodian|laotian|burmese|malaysian|singaporean|indonesian|bruneian|timorese|papua new guinean|
  bermudian|barbadian|guyanese|surinamese|belizean|grenadian|vincentian|st lucian|antiguan|bahamian|caymanian|kittitian|cape verdean|djiboutian|south sudanese|gabonese|guinean|equatorial guinean|bissau-guinean|swazi|basotho|mosotho|seychellois|comorian|burundian|central african|
  tibetan|uyghur|hmong|karen|rohingya|punjabi|gujarati|bengali|sindhi|pashtun|pathan|baloch|kashmiri|malayali|goan|keralite|tamilian|telugu|marathi|kannadiga|bihari|rajasthani|marwari|sylheti|mirpuri|anglo-indian|parsi|
  chicano|chicana|latino|latina|latinx|latine|hispanic|african american|african-american|black british|black american|afro-caribbean|afro-latina|afro-latino|caribbean|west indian|arab|persian|berber|amazigh|roma|romani|romany|irish traveller|sephardic|ashkenazi|mizrahi|creole|mestizo|mestiza|acadian|cajun|hawaiian|native hawaiian|native american|navajo|cherokee|cree|ojibwe|lakota|sioux|apache|mohawk|metis|papuan|
  kosovar|moldovan|andorran|monegasque|liechtensteiner|sammarinese|faroese|greenlandic|kyrgyz|tajik|turkmen|azeri|chechen|tatar|kurd|assyrian|chaldean|druze|circassian|ossetian|
  scandinavian|nordic|european|latin american|south american|central american|north american|south asian|east asian|southeast asian|asian|asian american|asian-american|british asian|british indian|british pakistani|british bangladeshi|british chinese|middle eastern|north african|west african|east african|southern african|african|eurasian|mixed race|mixed-race|biracial|multiracial|anglo|celtic|ulster scot|scouse|brummie|mancunian|glaswegian|dubliner|corkonian|channel islander|maldivian|hongkonger|macanese|canuck|kiwi`,
).fuzzy();

/** Words after "my pronouns are" / "I use ___ pronouns". */
export const PRONOUN_SETS = lexicon(
  'pronouns',
  `he/him|she/her|they/them|he/they|she/they|they/he|they/she|xe/xem|ze/hir|ze/zir|any pronouns|any/all|it/its|he/him/his|she/her/hers|they/them/theirs|they them|she her|he him|she they|he they|they she|they he|he/him/they|she/her/they|xe xem|ze zir|he|she|they`,
);

/** Gender identities people state about themselves. */
export const GENDERS = lexicon(
  'gender',
  `nonbinary|non-binary|non binary|enby|trans|transgender|trans man|trans woman|transman|transwoman|trans masc|trans femme|genderqueer|genderfluid|gender-fluid|agender|bigender|two-spirit|intersex|cis|cisgender|cis man|cis woman|demiboy|demigirl`,
);

/** Ways of living people hold to as values ("car-free since 2016", "I'm a pacifist"). */
export const LIFESTYLES = lexicon(
  'lifestyle',
  `car-free|car free|plastic-free|plastic free|zero waste|zero-waste|low waste|off-grid|off grid|minimalist|frugal|child-free|childfree|pacifist|feminist|environmentalist|activist|socialist|vegan activist|animal rights|animal-rights|sustainable|eco-conscious|privacy-conscious|privacy conscious|anti-consumerist|fair trade|fairtrade|ethical shopper|abstinent|celibate|straight edge|straight-edge|sober curious|sober-curious`,
);

/** Honorifics a user may ask to be addressed by. */
export const TITLES = lexicon(
  'title',
  `mx|ms|mrs|miss|mr|dr|prof|professor|rev|reverend|sir|dame|lord|lady|sister|brother|father|imam|rabbi|pastor|chief|engr|engineer|barrister|hon|coach|captain|capt`,
);
