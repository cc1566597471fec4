/** Clues that, two together with a client reference, can identify a person without a name. */
export const QUASI_IDENTIFIERS: Record<string, readonly string[]> = {
  age: ['\\d{1,3}\\s*(yr|yrs|year|years|y/?o|y\\.o\\.?|ans)( old)?', '(aged?|agee?) (de )?\\d{1,3}', '\\(\\d{1,3},', ', \\d{2,3},', '\\d{2,3},(?= (from|of|o|de|du|who|qui|a|an|and|et|retired|ex|widow|came|arrived|moved|fled|mother|mom|mum|single|new|just|lives|living|three|two|four|five|no|arrivee?|venue?|mere|pere|veuve?|seule?))',
    '(?<=(^|,)\\s*)\\d{2,3} and (still|going|sharp|full)', '(is|was|turned|turns) \\d{2,3}(?=[,.;!]| and| now)',
    // A decade of life on its own: "late 70s", "mid-40s", "early eighties".
    '(early|mid|late)[- ]?(\\d0)s', '(early|mid|late)[- ]?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)', '\\d{2,3}(th|e|eme) (birthday|anniversaire)', '(turned|turns|turning|fete ses|a eu) \\d{1,3}( ans)?', '\\d{1,3}-(year|yr)s?-old',
    'in (her|his|their) (late |early |mid-?)?(\\d0)s', 'dans la (\\d0)aine',
    // Ages in words: "in his nineties", "dans la quatre-vingtaine", "a ninety-year-old".
    'in (her|his|their) (late |early |mid-?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)', 'dans la (vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|septantaine|soixante-dizaine|quatre-vingtaine)',
    '(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)([- ](one|two|three|four|five|six|seven|eight|nine))?[- ]years?[- ]old', 'aged (twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)',
    'yn ei (h)?(ugeiniau|tridegau|pedwardegau|phedwardegau|pumdegau|chwedegau|saithdegau|wythdegau|nawdegau)', 'octogenaire', 'nonagenaire', 'centenaire', 'centenarian', 'mlwydd oed'],
  origin: ['syrian', 'somali', 'afghan', 'eritrean', 'sudanese', 'congolese', 'haitian', 'iraqi', 'yemeni', 'ukrainian', 'rohingya', 'ethiopian', 'nigerian', 'pakistani',
    'polish', 'romanian', 'filipin(o|a)', 'vietnamese', 'tamil', 'iranian', 'kurdish', 'palestinian', 'lebanese', 'egyptian', 'moroccan', 'algerian', 'tunisian', 'cameroonian',
    'ivorian', 'senegalese', 'malian', 'burundian', 'rwandan', 'colombian', 'venezuelan', 'mexican', 'guatemalan', 'jamaican', 'nepali', 'bhutanese', 'bangladeshi',
    'syrienne?', 'somalienne?', 'afghane?', 'haitienne?', 'irakienne?', 'ukrainienne?', 'congolaise?', 'libanaise?', 'marocaine?', 'algerienne?', 'camerounaise?', 'ivoirienne?',
    'senegalaise?', 'colombienne?', 'mexicaine?', 'iranienne?', 'rwandaise?', 'burundaise?', 'malienne?', 'autochtone', 'inuk', 'inuit', 'first nations?', 'metis',
    'mi\'?g?kmaq', 'mi\'gmaq', 'micmac', 'innue?', 'mohawk', 'anishinaabe', 'algonquine?'],
  family: ['(mom|mum|mother|dad|father|parent) of (twins|triplets|\\d+|two|three|four|five)', 'single (mom|mum|mother|dad|father|parent)', 'widow(ed|er)?', 'lives alone',
    '(mere|pere) de (jumeaux|jumelles|\\d+|deux|trois|quatre)', 'monoparentale', 'vit seule?', 'veu(f|ve)s?', 'ses parents', 'her parents', 'his parents', 'twins', 'jumeaux',
    '(\\d+|two|three|four|five|six|deux|trois|quatre|cinq) (kids|children|enfants|boys|girls|gars|filles)', 'divorced', 'divorcee?', 'separee?',
    '([1-8]|two|three|four|five|six|deux|trois|quatre|cinq) (little ones|wee ones|littles|kiddos|babies|toddlers|petits|bebes)', 'triplets', 'quadruplets', '(des|de|nos|ses) triples',
    // One of a kind where they live: "the only set of triplets in Bourget", "les seuls jumeaux du village".
    'the only (set of )?(twins|triplets|quadruplets|[a-z]+ family|family|refugees?|newcomers?)', '(le seul|la seule|les seuls|les seules) (jumeaux|jumelles|triples|famille|refugiee?s?)',
    'lost (his|her) (wife|husband|partner)', 'a perdu (sa femme|son mari|sa conjointe|son conjoint)', 'pregnant', 'enceinte',
    "(dad|father|mom|mum|mother|pere|mere|parents?)('s| is| are| est| sont)? (in|en) (jail|prison)",
    // A relative whose situation is told alongside: with a place, enough to point at one household.
    'whose (little |young |baby |teenage |eldest |youngest |elderly )?(boy|girl|son|daughter|husband|wife|partner|mum|mom|mother|dad|father|child|kids?|children) (has been|had been|is|was|has|had|got) (waiting|on|in|admitted|diagnosed|left|refused|turned|still|not|without|stuck|sent|discharged|taken|moved)',
    '(daughter|son|wife|husband|widow|mother|father|sister|brother|partner) of (a|an) (man|woman|lady|gentleman|gent|pensioner|patient)',
    "(her|his) (husband|wife|partner|son|daughter|mum|mom|mother|dad|father|little boy|little girl)(( has| had| is| was) (been )?(waiting|on the (waiting )?list|in hospital|admitted|diagnosed)|'s [a-z]+ (was|were|is|has|had|got))",
    '(dont|dont le|dont la) (mari|conjointe?|fils|fille|mere|pere|enfant|petite?) (attend|est|a ete)'],
  occupation: ['ex-[a-z]+', "(a ete|avait ete|was|served as) (le |la |the |our |notre )?(maire|mairesse|mayor|depute|deputee|cure|priest|vicar|councill?or|conseillere? municipale?|principal|directeur d'ecole|directrice d'ecole|postmaster|postmistress) ([a-z'-]+ ){0,3}(pendant|durant|for) (\\d+|deux|trois|dix|vingt|trente|quarante|many|years|decades)", '(former|retired|ex) (nurse|teacher|headmistress|headmaster|head teacher|soldier|miner|officer|doctor|police(man|woman)?|firefighter|fireman|fisherman|farmer|midwife|priest|minister|vicar|pilot|lawyer|judge|councillor|mayor|engineer|postman|postie|docker|sailor|navy)',
    'ancien(ne)? (pecheur|pecheuse|enseignante?|infirmiere|infirmier|policiere?|pompier|militaire|professeure?|maire|mairesse|agricultrice|agriculteur|mineur|camionneur|bucheron|pretre|capitaine|marin|notaire|medecin|couturiere|menuisier|boulangere?|commercante?|maitre de poste|chauffeur|gardien de phare|juge|depute|cure|religieuse|directrice|directeur|secretaire|caissiere|postiere|facteur|garagiste|forgeron|debardeur|draveur)',
    '(former|retired) (\\S+ )?(captain|skipper|steelworker|steel worker|bus driver|lorry driver|trucker|postmistress|shopkeeper|butcher|baker|publican|landlady|matron|professor|lecturer|boxer|footballer|rugby player|dancer|singer|nun|headteacher|bank manager|journalist|mechanic)'],
  // Someone the whole place knows by a feature or by name: "the fella with the green parrot", "tout le monde le connait".
  notoriety: ['(the )?(one|fella|guy|lady|man|woman|bloke|gent|chap|girl|boy|kid) with the ([a-z-]+ ){0,2}(parrot|dog|tattoos?|beard|wheelchair|mobility scooter|scooter|walker|eye patch|hat|accordion|guitar|bike|ferrets?|cat)',
    '(celle?|celui|le monsieur|la dame|le gars|la fille|le bonhomme|la madame) (avec|au|a la) ([a-z-]+ ){0,2}(perroquet|chien|tatouages?|barbe|fauteuil roulant|quadriporteur|chapeau|marchette|casquette|accordeon|guitare)',
    'tout le monde (le|la|les) conna(i|î)t', '(everyone|everybody) (in [a-z]+ |round here |around here )?knows (him|her|them)'],
  place: ['(lives|living|lived) (just )?(off|on|near|by|round the corner from) [a-z]+ (lane|road|rd|street|st|avenue|ave|close|drive|way|crescent|terrace|grove|rue|chemin|rang)','(from|in|at|on|near) (a home in|the) [a-z]+ (lane|road|rd|street|st|estate|avenue|ave)', '(from|in) a home in', '(ch\\.|chambre|room|rm|bed|bay|lit)\\s*\\d+', 'ward \\d+',
    '\\d{1,2}(st|nd|rd|th|e|eme) (floor|etage)',
    // A home told by what it sits above or beside, or a named street: "the flat above the chippy on Lord St".
    '(flat|apartment|apt|room|bedsit|house) (above|over|behind|next to|opposite|across from) the [a-z]+', '(on|off) [a-z]+ (st|street|rd|road|lane|terrace)(?![a-z])'],
  school: ['(at|a l\'ecole|ecole|school) [a-z]+ (school|high|elementary|primaire|secondaire)'],
  date: ['arrived (last|in|this) (spring|summer|fall|autumn|winter|year|month|january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})',
    'arrivee?s? (en|au|l\'an dernier|le printemps|l\'ete|l\'automne|cet hiver)', '(placed|with us|chez nous) since (january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})',
    '(arrivee?s?|debarquee?s?) chez nous', 'arrived (with us|at ours|at our house|home with us)',
    'depuis (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|\\d{4}|l\'ete|l\'automne|le printemps|l\'hiver|paques|noel|la rentree|les fetes)'],
};

/** A capitalized place after a preposition, read on the original text: "in Vanier", "de Chandler". */
export const PLACE_AFTER_PREPOSITION = /(?<![\p{L}])(?:in|from|at|near|on the|at the|in the|from the|de|du|à|a|o|yn|ym|yng)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)/gu;

/** Places too large to narrow anyone down. */
export const BROAD_PLACES = new Set([
  'canada', 'ontario', 'quebec', 'québec', 'wales', 'cymru', 'england', 'uk', 'britain', 'france', 'europe', 'africa', 'asia',
  'the', 'town', 'city', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'christmas', 'xmas', 'noël', 'noel', 'easter', 'pâques', 'halloween', 'facebook', 'instagram', 'twitter', 'tiktok', 'youtube', 'zoom', 'teams', 'linkedin',
]);
