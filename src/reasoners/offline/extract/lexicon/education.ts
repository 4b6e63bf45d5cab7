import { lexicon } from './index.js';

/** Degrees, qualifications and stages of study. */
export const QUALIFICATIONS = lexicon(
  'qualification',
  `b.tech|btech|b tech|m.tech|mtech|b.e|b.sc|m.sc|b.com|m.com|b.a|m.a|b.ed|m.ed|bca|mca|mbbs|bds|b.pharm|d.pharm|homeschooled|home-schooled|home schooled|home educated|csec|cape|gate|neet|jee|upsc|waec|nysc|course|access course|foundation year|foundation course|conversion course|module|apprenticeship|bsc|ba|beng|bed|bcom|bba|llb|mbbs|mbchb|bds|bpharm|bn|bsn|bachelor|bachelors|bachelor's|bachelor's degree|undergraduate degree|degree|honours|hons|msc|ma|meng|mba|mph|mres|mphil|llm|med|mfa|masters|master's|masters degree|master's degree|postgrad|postgraduate|pgce|pgdip|pg diploma|phd|dphil|doctorate|edd|md|jd|postdoc|hnd|hnc|nd|ond|btec|nvq|diploma|advanced diploma|associate degree|associate's|certificate|cert|certification|a-level|a-levels|a level|a levels|as level|gcse|gcses|igcse|ib|international baccalaureate|highers|leaving cert|leaving certificate|matric|waec|neco|jamb|sat|act|hsc|vce|atar|ncea|ssc|cbse|icse|ged|high school diploma|apprenticeship|trade certificate|red seal|journeyman|cpa|aca|acca|cima|cfa|frm|actuarial exams|bar exam|the bar|usmle|plab|nclex|mrcp|mrcs|frcs|pmp|prince2|itil|ccna|ccnp|cissp|comptia|aws certified|azure certified|cka|bootcamp|coding bootcamp|self-taught|self taught|dropout|dropped out|grade 9|grade 10|grade 11|grade 12|year 9|year 10|year 11|year 12|year 13|sixth form|form 4|form 5|ss3|ss2|jss3|freshman|sophomore|junior year|senior year|first year|second year|third year|final year|final-year|fresher`,
);

/** Words that name places of study. */
export const SCHOOL_WORDS = lexicon(
  'school',
  `university|uni|college|polytechnic|poly|school|academy|institute|conservatoire|conservatory|seminary|iit|iim|nit|mit|ucl|lse|kcl|unilag|ui|oau|unn|uct|wits|curtin|monash|mcgill|ubc|uoft|harvard|stanford|oxford|cambridge|imperial|yale|princeton|columbia|berkeley|caltech|eth|tafe|cegep|sixth form college|high school|secondary school|grammar school|community college|open university|ou`,
);
