import { lexicon } from './index.js';

/** Titles written like a condition's letters: "priya raghunathan, Ms" is no MS. */
export const TITLE_LIKE: ReadonlySet<string> = new Set(['Ms', 'Ms.']);

/** Conditions a person may live with ("I have ___", "I'm ___", "___ here", "diagnosed with ___"). */
export const CONDITIONS = lexicon(
  'condition',
  `adhd|add|autism|autistic|asd|asperger|aspergers|asperger's|dyslexia|dyslexic|dyspraxia|dyspraxic|dyscalculia|dysgraphia|tourette|tourettes|ocd|ptsd|cptsd|c-ptsd|anxiety|depression|bipolar|bipolar disorder|schizophrenia|bpd|eating disorder|anorexia|bulimia|insomnia|narcolepsy|sleep apnea|sleep apnoea|
  diabetes|diabetic|type 1 diabetes|type 2 diabetes|type 1|type 2|type 1 diabetic|type 2 diabetic|t1d|t2d|prediabetic|pre-diabetic|asthma|asthmatic|copd|epilepsy|epileptic|migraine|migraines|chronic migraine|cluster headaches|arthritis|rheumatoid arthritis|osteoarthritis|lupus|ms|multiple sclerosis|parkinson's|parkinsons|als|mnd|cerebral palsy|spina bifida|muscular dystrophy|fibromyalgia|me/cfs|cfs|chronic fatigue|chronic fatigue syndrome|long covid|pots|eds|ehlers-danlos|hypermobility|crohn's|crohns|colitis|ulcerative colitis|ibs|ibd|coeliac disease|celiac disease|coeliac|celiac|gerd|acid reflux|reflux|gord|heartburn|vocal strain|laryngitis|lyme disease|lyme|rsi|repetitive strain injury|endometriosis|pcos|adenomyosis|menopause|perimenopause|thyroid|hypothyroidism|hyperthyroidism|hashimoto's|hashimotos|graves|anaemia|anemia|farmer's lung|farmers lung|bird fancier's lung|pneumoconiosis|silicosis|asbestosis|mesothelioma|occupational asthma|vibration white finger|hand-arm vibration syndrome|havs|sickle cell|sickle cell disease|haemophilia|hemophilia|high blood pressure|hypertension|heart condition|heart disease|afib|atrial fibrillation|pacemaker|kidney disease|ckd|dialysis|liver disease|cancer|breast cancer|leukaemia|leukemia|lymphoma|in remission|hiv|hepatitis|eczema|psoriasis|rosacea|acne|vertigo|tinnitus|hearing loss|deafness|deaf|hard of hearing|partially deaf|deafblind|blind|blindness|partially sighted|visually impaired|low vision|sight loss|macular degeneration|glaucoma|cataracts|colour blind|color blind|colour-blind|color-blind|colourblind|colorblind|colour blindness|color blindness|red-green colour blindness|red-green color blindness|stutter|stammer|aphasia|chronic pain|back pain|lower back pain|neck pain|shoulder pain|knee pain|hip pain|wrist pain|hand pain|elbow pain|foot pain|heel pain|jaw pain|joint pain|nerve pain|pelvic pain|bad back|slipped disc|sciatica|knee injury|bad knee|bad knees|injury|concussion|brain injury|acquired brain injury|spinal injury|spinal cord injury|spine injury|vocal nodules|vocal cord nodules|tbi|stroke|amputee|paralysed|paralyzed|paraplegic|quadriplegic|tetraplegic|wheelchair user|mobility issues|limited mobility|learning disability|learning difficulty|intellectual disability|down syndrome|down's syndrome|dementia|alzheimer's|alzheimers|pregnant|expecting|postnatal depression|neurodivergent|neurodiverse|disabled|disability|chronically ill|immunocompromised|allergies|hay fever|hayfever|sensory processing disorder|spd|photosensitive|light sensitivity|motion sickness|seasickness|seasick|travel sick|carsick|hypermobile|hypermobility syndrome|contact dermatitis|allergic rhinitis|occupational rhinitis|claustrophobia|fear of flying|social anxiety|panic attacks|agoraphobia|burnout|recovering alcoholic|in recovery|sober|celiac|
  rsi|repetitive strain injury|repetitive strain|carpal tunnel|carpal tunnel syndrome|tendonitis|tendinitis|tennis elbow|golfer's elbow|frozen shoulder|plantar fasciitis|shin splints|achilles tendinitis|bursitis|torn acl|acl injury|acl reconstruction|acl surgery|acl repair|acl tear|knee surgery|knee reconstruction|back surgery|spinal fusion|shoulder surgery|shoulder reconstruction|meniscus tear|torn meniscus|rotator cuff injury|herniated disc|bulging disc|slipped disk|spinal stenosis|scoliosis|osteoporosis|osteopenia|gout|bad hip|dodgy hip|hypermobile eds|heds|hypermobile ehlers-danlos|albinism|sight impaired|severely sight impaired|registered blind|dodgy knee|dodgy knees|dodgy back|bad shoulder|hip replacement|knee replacement|new hip|new knee|
  hypothyroid|hyperthyroid|underactive thyroid|overactive thyroid|high blood|high bp|high cholesterol|low blood pressure|hypotension|heart failure|angina|arrhythmia|svt|heart murmur|prediabetes|pre-diabetes|insulin resistance|gestational diabetes|hypoglycaemia|hypoglycemia|fatty liver|gallstones|kidney stones|diverticulitis|gastritis|stomach ulcer|hernia|hiatus hernia|gastroparesis|sibo|histamine intolerance|mcas|mast cell activation syndrome|raynaud's|raynauds|sjogren's|sjogrens|psoriatic arthritis|ankylosing spondylitis|gout|thalassemia|thalassaemia|g6pd deficiency|g6pd|cystic fibrosis|bronchiectasis|sarcoidosis|
  iron deficiency|low iron|anaemic|anemic|b12 deficiency|vitamin d deficiency|pmdd|fibroids|pcod|menopausal|perimenopausal|postpartum|postpartum depression|morning sickness|hyperemesis|
  auditory processing disorder|apd|tic disorder|tics|sensory issues|sensory sensitivities|dyspraxic|adhd-er|audhd|generalised anxiety|generalized anxiety|panic disorder|health anxiety|seasonal affective disorder|arfid|binge eating disorder|
  keratoconus|nystagmus|astigmatism|myopia|short-sighted|shortsighted|short sighted|long-sighted|longsighted|long sighted|eye strain|eyestrain|dry eyes|dry eye|lazy eye|retinitis pigmentosa|blind in one eye|deaf in one ear|single-sided deafness|meniere's|menieres|labyrinthitis|restless legs|restless leg syndrome|sleep disorder|chronic insomnia|
  seizures|spinal cord injury|amputation|stoma|colostomy|ileostomy|kidney transplant|cancer survivor|skin cancer|melanoma|prostate cancer|bowel cancer|ovarian cancer|long-covid|post-viral fatigue|palpitations|heart palpitations|arrhythmia|tachycardia|svt`,
)
  .fuzzy()
  .abbreviations(['add'])
  // ("computer vision syndrome", "compassion fatigue", "coeliac disease": a condition named by its last word.)
  .heads(['syndrome', 'disorder', 'disease', 'deficiency', 'fatigue'])
  // Inflammations, disorders and pains named by their ending ("rhinitis", "scoliosis", "neuralgia", "neuropathy"),
  // not the everyday words that end the same way.
  .endings(/^[a-z]{3,}(?:itis|osis|algia|aemia|emia)$|^(?:neuro|myo|retino|radiculo|cardiomyo|encephalo)pathy$/, [
    'diagnosis',
    'prognosis',
    'osmosis',
    'hypnosis',
    'symbiosis',
    'metamorphosis',
    'apotheosis',
    'nostalgia',
    'academia',
  ]);

/** Aids and adjustments ("I use a ___", "I rely on ___"). */
export const ACCESSIBILITY = lexicon(
  'accessibility',
  `wheelchair|power chair|powerchair|manual chair|manual wheelchair|electric wheelchair|mobility scooter|walking stick|walking sticks|cane|crutches|walker|rollator|hearing aid|hearing aids|cochlear implant|cochlear implants|screen reader|screenreader|jaws|nvda|voiceover|talkback|braille|magnifier|screen magnifier|zoom|captions|subtitles|sign language|bsl|asl|auslan|nzsl|guide dog|assistance dog|service dog|prosthetic|prosthesis|insulin pump|cgm|glucose monitor|libre|dexcom|cpap|oxygen|inhaler|epipen|epi-pen|dark mode|large print|high contrast|dictation|speech to text|text to speech|voice control|eye tracker|switch access|step-free access|step free access|accessible toilet`,
);

/** Medicines ("I'm on ___", "I take ___"). */
export const MEDICATIONS = lexicon(
  'medication',
  `warfarin|insulin|metformin|levothyroxine|thyroxine|sertraline|fluoxetine|citalopram|escitalopram|prozac|zoloft|lexapro|venlafaxine|mirtazapine|amitriptyline|lithium|lamotrigine|sodium valproate|levetiracetam|keppra|methylphenidate|ritalin|concerta|elvanse|vyvanse|adderall|atomoxetine|strattera|propranolol|beta blockers|beta-blockers|statins|atorvastatin|simvastatin|aspirin|ibuprofen|naproxen|paracetamol|codeine|tramadol|morphine|pregabalin|gabapentin|prednisone|prednisolone|steroids|antihistamines|cetirizine|loratadine|ventolin|salbutamol|blood thinners|anticoagulants|apixaban|rivaroxaban|clopidogrel|ramipril|lisinopril|amlodipine|omeprazole|lansoprazole|antidepressants|ssris|the pill|contraceptive pill|hrt|testosterone|estrogen|oestrogen|chemo|chemotherapy|immunotherapy|methotrexate|biologics|humira|ozempic|wegovy|mounjaro|semaglutide|melatonin|iron tablets|b12 injections|epipen`,
).fuzzy();

/** Parts of the body an injury is told of ("sprained my left ankle", "broke my wrist"). */
export const BODY_PARTS = lexicon(
  'bodypart',
  `ankle|ankles|wrist|wrists|knee|knees|back|lower back|shoulder|shoulders|hip|hips|elbow|elbows|foot|feet|hand|hands|leg|legs|arm|arms|finger|fingers|thumb|toe|toes|neck|hamstring|hamstrings|calf|calves|achilles|acl|meniscus|rib|ribs|collarbone|collar bone|jaw|nose|pelvis|groin|quad|quads|shin|shins|heel|rotator cuff|tendon|ligament|cheekbone|coccyx|tailbone|spine`,
);
