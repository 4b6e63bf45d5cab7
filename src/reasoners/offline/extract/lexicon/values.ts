import { lexicon } from './index.js';

/**
 * What people hold as values: the causes and principles of "I care about ___", "___ is important to
 * me", "I'm big on ___", and the political leanings they state about themselves.
 */

/** Causes, principles and virtues. */
export const CAUSES = lexicon(
  'cause',
  `the environment|environment|environmentalism|the planet|climate|climate change|the climate|climate action|climate justice|sustainability|sustainable living|conservation|nature|wildlife|biodiversity|recycling|zero waste|reducing waste|waste|plastic|plastic pollution|pollution|clean energy|renewables|
  animal welfare|animal rights|animals|animal cruelty|cruelty-free|vegan ethics|
  human rights|civil rights|civil liberties|social justice|justice|racial justice|racial equality|equality|gender equality|equal pay|equity|fairness|diversity|inclusion|diversity and inclusion|accessibility|disability rights|lgbtq rights|lgbt rights|lgbtq+ rights|trans rights|women's rights|workers' rights|workers rights|labour rights|unions|refugees|refugee rights|immigration|poverty|homelessness|food poverty|hunger|housing|affordable housing|education|literacy|public health|mental health|healthcare|the nhs|
  privacy|data privacy|online privacy|digital privacy|security|free speech|freedom of speech|freedom|liberty|democracy|transparency|accountability|open source|open-source|free software|open data|net neutrality|the right to repair|right to repair|
  honesty|integrity|truth|kindness|compassion|empathy|generosity|respect|loyalty|humility|patience|gratitude|courage|discipline|hard work|self-discipline|responsibility|independence|self-reliance|authenticity|curiosity|faith|family|community|friendship|tradition|heritage|punctuality|reliability|work-life balance|work life balance|balance|wellbeing|well-being|health|fitness|quality|craftsmanship|doing things properly|learning|lifelong learning|growth|personal growth|excellence|simplicity|minimalism|frugality|thrift|saving|financial independence|ethics|ethical|ethical consumption|ethical shopping|fair trade|fairtrade|buying local|shopping local|local business|local businesses|small businesses|supporting local|made in britain|
  giving back|volunteering|charity|service|helping others|peace|non-violence|nonviolence|animal welfare`,
);

/** Political leanings and allegiances people state about themselves ("I'm quite left-wing", "lifelong Labour voter"). */
export const POLITICS = lexicon(
  'politics',
  `left-wing|left wing|leftist|lefty|leftie|left-leaning|left leaning|right-wing|right wing|right-leaning|right leaning|centrist|centre-left|center-left|centre-right|center-right|liberal|progressive|conservative|socially liberal|fiscally conservative|libertarian|socialist|democratic socialist|social democrat|communist|marxist|anarchist|green|moderate|independent|apolitical|
  democrat|republican|labour|labor|tory|lib dem|liberal democrat|snp|plaid|reform|ukip|ndp|bloc|anc|eff|bjp|congress|aap|greens|the greens|maga|trump supporter|
  pro-choice|pro choice|pro-life|pro life|pro-gun|anti-gun|pro-union|pro-immigration|anti-war|anti-racist|anti-racism|anti-capitalist|anti-fascist|antifa|feminist|pacifist|environmentalist|monarchist|republican|royalist|remainer|leaver|brexiteer|unionist|nationalist|zionist|anti-zionist`,
);

/** Places and groups people volunteer at or with ("my shift at the food bank", "back at the soup kitchen tonight"). */
export const VOLUNTEER_PLACES = lexicon(
  'volunteer',
  `food bank|foodbank|food pantry|soup kitchen|charity shop|thrift shop|op shop|night shelter|homeless shelter|women's refuge|refuge|hospice|animal shelter|animal rescue|dog rescue|cat rescue|rescue centre|
  samaritans|the samaritans|citizens advice|crisis line|helpline|lifeline|meals on wheels|repair cafe|repair café|community fridge|community garden|community kitchen|community centre|community center|
  tenants' association|tenants ' association|tenants association|residents' association|residents ' association|residents association|neighbourhood watch|pta|parent teacher association|school governors|board of governors|
  scouts|cubs|beavers|brownies|guides|girl guides|rainbows|st john ambulance|red cross|rnli|lifeboat|mountain rescue|coastguard|parkrun|park run|junior parkrun|men's shed|mens shed|
  youth club|sunday school|mosque committee|church council|parish council|food drive|litter pick|litter picking|beach clean|soup run|breakfast club|homework club|toddler group|baby bank`,
);
