/** Clues that, two together with a client reference, can identify a person without a name. */
export const QUASI_IDENTIFIERS: Record<string, readonly string[]> = {
  age: ['\\d{1,3} ?(yr|yrs|year|years|y/?o|ans)( old)?', '(aged?|agee?) (de )?\\d{1,3}', '\\(\\d{1,3},', ', \\d{2,3},', '\\d{2,3}(th|e|eme) (birthday|anniversaire)', 'in (her|his|their) (\\d0)s'],
  origin: ['syrian', 'somali', 'afghan', 'eritrean', 'sudanese', 'congolese', 'haitian', 'iraqi', 'yemeni', 'ukrainian', 'rohingya', 'ethiopian', 'nigerian', 'pakistani',
    'syrienne?', 'somalienne?', 'afghane?', 'haitienne?', 'irakienne?', 'ukrainienne?', 'congolaise?', 'autochtone', 'inuk', 'inuit', 'first nations?', 'metis'],
  family: ['(mom|mum|mother|dad|father|parent) of (twins|triplets|\\d+|two|three|four|five)', 'single (mom|mum|mother|dad|father|parent)', 'widow(ed|er)?', 'lives alone',
    '(mere|pere) de (jumeaux|jumelles|\\d+|deux|trois|quatre)', 'monoparentale', 'vit seule?', 'veuve?', 'ses parents', 'her parents', 'his parents', 'twins', 'jumeaux'],
  occupation: ['ex-[a-z]+', 'former (nurse|teacher|soldier|miner|officer|doctor|police)', 'retired (nurse|teacher|soldier|miner|officer|doctor|police)', 'ancienne? (infirmiere|enseignante?|militaire|policiere?)'],
  place: ['(from|in|at|on|near) (a home in|the) [a-z]+ (lane|road|rd|street|st|estate|avenue|ave)', '(from|in) a home in', '(ch\\.|chambre|room|rm|bed) ?\\d+', 'ward \\d+'],
  school: ['(at|a l\'ecole|ecole|school) [a-z]+ (school|high|elementary|primaire|secondaire)'],
};

/** A capitalized place after a preposition, read on the original text: "in Vanier", "de Chandler". */
export const PLACE_AFTER_PREPOSITION = /(?<![\p{L}])(?:in|from|at|near|on the|de|du|à|a|o|yn|ym|yng)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)/gu;

/** Places too large to narrow anyone down. */
export const BROAD_PLACES = new Set([
  'canada', 'ontario', 'quebec', 'québec', 'wales', 'cymru', 'england', 'uk', 'britain', 'france', 'europe', 'africa', 'asia',
  'the', 'town', 'city', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);
