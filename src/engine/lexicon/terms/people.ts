/** Nouns for a person someone in this work supports, in English. */
const PERSON_EN = '(auntie|aunty|uncle|lady|man|fella|gentleman|gent|chap|guy|bloke|woman|girl|boy|kid|child|mum|mom|dad|mother|father|family|young person|young man|young woman|teen|lad|lass|widow|widower|couple|resident|patient|survivor|newcomer|person|individual|pensioner|veteran|grandmother|grandfather|grandma|grandad|granny|miner|farmer|student|carer|sister|brother|participant|member|tenant|learner)';

/** The same people, several of them ("one of the mums in my group"). */
const PEOPLE_EN = '(ladies|men|women|girls|boys|kids|children|mums|moms|dads|mothers|fathers|families|young people|teens|lads|residents|patients|survivors|newcomers|clients|guys|students|pensioners|veterans|participants|members|tenants|learners|sisters)';

/** Where a worker meets the people they serve, as "my group" or "our unit". */
const SERVICE_EN = '(group|groups|program|programme|class|course|caseload|unit|ward|house|service|project|hostel|shelter|circle|clinic|drop-in)';

/** Care places, which even with "the" are where one meets the people one serves ("a guy from the shelter"). */
const CARE_PLACE_EN = '(hostel|shelter|refuge|drop-in|ward|group home|care home|nursing home|day centre|day center|food bank|foyer|halfway house|supported housing)';

/**
 * References to the people an organization serves, written against folded text.
 * EN and FR; a determiner or a relation is required, so that "clinic for clients & families" in an
 * announcement is not read as a reference to one client.
 */
export const CLIENT_REFERENCE = [
  '(my|a|one of my|one of our|our|this|that|the|1 of my) (client|clients|service user|service users|patient|patients|resident|residents|youth|youths|kiddo|kiddos|caseload)',
  'service users?',
  // How carers speak of the people they support: "one of my ladies told me".
  '(one|1|two|2|both|some|a couple) of (my|our) (ladies|gents|lads|fellas|regulars|young people|residents|service users|lot)', "(my|our) (ladies|gents) (on|at|in) (the |my |our )?(round|rounds|unit|ward|house|home|floor)",
  '(on|in|from) my (caseload|books)', 'my (referrals?|young people)',
  `(${PERSON_EN}|${PEOPLE_EN})( of (two|three|four|five|six|seven|\\d+))? (that |who |whom )?(i|we)('m|'re|'ve| am| are| have| had)? (been )?(support|supported|supporting|work with|worked with|working with|look after|looked after|looking after|care for|cared for|caring for|visit|visited|visiting|see|saw|seeing|placed|help|helped|helping|sat with|met|met with|spoke (to|with)|talked (to|with)|am helping|am supporting|key\\s*work( for)?|keyworker for|mentor|mentored|accompany|accompanied|house|housed|advocate for|case manage|sit with|sitting with|sponsor|sponsored|sponsoring|(do|did|does|doing) (the |their |her |his )?(shopping|cleaning|cooking|laundry|washing|meds|errands|personal care) for|(cook|cooked|cooking|shop|shopped|shopping|clean|cleaned|cleaning) for|allocated to|assigned to)`,
  `(one of|some of|two of|a few of) (the|my|our) ${PEOPLE_EN} (in|from|at|on) (my|our) ([a-z-]+ ){0,2}${SERVICE_EN}`, `(?<=(^|[^a-z])(a|an|the|one|this) ([a-z-]+ ){0,2})${PERSON_EN} (from|in|on|at) (my|our) ([a-z-]+ ){0,2}${SERVICE_EN}`,
  `(one of|some of|two of|a few of) (the|my|our) ${PEOPLE_EN} (in|from|at|on) the ${CARE_PLACE_EN}`, `(a|an|the|one|this) ${PERSON_EN} (from|in|on|at) the ${CARE_PLACE_EN}`,
  `(a|an|the|one|this) ${PERSON_EN} (who|that) (comes?|came|goes|went|attends?|attended|uses?|used|stays?|stayed|lives?|lived) (to |at |in )?the ${CARE_PLACE_EN}`,
  '(people|families|women|men|clients|communities|youth|young people|person|family|community) (that |who |whom )?(i|we) (serve|served|serving)',
  '(my|our|one of my|one of our) [a-z-]+ (clients|service users|residents|patients)',
  '(my|our) ([a-z-]+ ){1,2}(client|service user|resident|patient)', '(mon|ma) (cher |chere |nouvelle? )?(usagere?|cliente?|patiente?|beneficiaire)',
  `(met|visited|sat with|spoke (to|with)|chatted (to|with)) (a|an|this|one) ([a-z0-9-]+ ){0,3}${PERSON_EN}`, `(a|an|one|this) ([a-z-]+ ){0,2}${PERSON_EN}(,? [a-z-]+){0,4},? (told|tells|showed|rang|rung|phoned|called|emailed|messaged|wrote to|came to|came into|visited) (me|us|our (office|stall|stand|desk|drop-in|helpline|line)|the (office|helpline))`,
  `(sat|met|spoke|talked|worked) with (a|an|this|one) ${PERSON_EN}`, `(on the phone|on a call|on the line) ((tonight|today|this morning|this afternoon|for an hour|for ages) )?(with|to) (a|an|this|one) ([a-z-]+ ){0,2}${PERSON_EN}`, `(heard from|took a call from) (a|an|this|one) ([a-z0-9-]+ ){0,2}${PERSON_EN}`, `(i|we) (met|saw|visited|spoke to|sat with|supported|helped) (a|an|this|one|the) ([a-z0-9-]+ ){0,4}${PERSON_EN}`,
  `(the )?${PERSON_EN} in (bay|bed|room|rm|cubicle|side room) \\d+`, `(?<=(^|[^a-z])(a|an|the|this) ([a-z-]+ ){0,2})${PERSON_EN} (in|from) the (next|other|opposite) (bed|bay|room|cubicle)`,
  `(spent|spending) (the|this|my) (morning|afternoon|evening|day|shift) (helping|supporting|with) (a|an|this|one) ([a-z0-9-]+ ){0,4}${PERSON_EN}`,
  '(mon|ma|mes) (petite?s?|jeunes?) protegee?s?',
  // Diary style, the worker left out: "Supported a survivor through her hearing", "the little one on my list".
  `(supported|visited|accompanied|drove|escorted) (a|an|this|one) ([a-z0-9-]+ ){0,3}${PERSON_EN}`,
  `(the|a|an|one) (little one|wee one|kiddo|little boy|little girl|${PERSON_EN}) (on|from) (my|our) (list|caseload|books|round|rounds|register)`,
  '(one of )?(our|my|the) (older |elderly |regular |new |old )?(gents|ladies|residents|regulars|service users|members|families|fellas|lads|guys|women|men|folk|girls|boys) (at|from|in) (the )?(day centre|day center|centre|center|care home|home|hostel|shelter|drop-in|unit|ward|group|lunch club|project)',
  '(picked up|took on|been allocated|was allocated|got allocated|been assigned|was assigned) (a )?new case', 'new referral (today|this morning|this week)',
  // A visit that is a service: "home visit today to a gentleman in his 80s", "visite à domicile chez une dame".
  `(home|house|welfare|follow-up|follow up|first|routine|weekly|joint) visits? ([a-z-]+ ){0,2}(to|with) (a|an|this|one) ([a-z0-9-]+ ){0,3}${PERSON_EN}`,
  "visites? (a domicile|de suivi) (chez|aupres d'|a) (une|un) (dame|monsieur|femme|homme|famille|jeune|personne|couple|ainee?)",
  // Someone who attends one's service, or a pronoun for one's own client, or a relationship with a duration.
  `(a|an|the|one|this) ${PERSON_EN} (who|that) (comes?|came|goes|went|attends?|attended|uses?|used) (to )?(my|our) ([a-z-]+ ){0,2}${SERVICE_EN}`,
  "(he|she|they)('s|'re| is| are) (one|two) of (mine|ours)", "(he|she|they)('s|'re| is| are|'s been| has been| have been) (on|in) (my|our) (caseload|books)",
  "(i|we)('ve| have)? (been )?(supporting|keyworking|key working|working with|visiting|mentoring) (her|him|them) (since|for)",
  '(i|we) support',
  // Welsh: someone who told us, a patient.
  '(meddai|dywedodd) (wrthym|wrtha i|wrthyf)', '(y|un|ein|ei) (claf|cleifion)',
  // A round of home visits: "the lady I do the Tuesday calls for", "my teatime call", "one of my calls".
  `(${PERSON_EN}|${PEOPLE_EN}) (that |who |whom )?(i|we)('m| am)? (do|did|does|doing) (the|her|his|their|a|my|weekly|daily) ([a-z-]+ ){0,2}for`,
  `(${PERSON_EN}|${PEOPLE_EN}) (that |who |whom )?(i|we)('m| am)? (ring|rang|check on|checked on|checking on|check in on|pop in on|popped in on|pop round to|popped round to)`,
  '(my|our) (teatime|tea-time|tea|bedtime|double-up|double up|care) (call|visit)', 'one of my (calls|visits|rounds)', '(on|from) my (round|rounds)',
  "(dame|monsieur|madame|femme|homme|famille|jeune|personne|couple|ainee?) chez qui (je |j'|on |nous )(vais|va|allons|passe|passons)",
  "(dame|monsieur|madame|femme|homme|famille|jeune|personne|couple|ainee?) (a|chez) qui (je |j'|on |nous )(rends|rend|rendons) visite",
  // A child the worker placed, a person the worker sees on a set day: "the six year old I moved to a new home", "the retired docker I see on Tuesdays".
  '(?<=(^|[^a-z])(the|a|this|one) ([a-z0-9-]+ ){0,2})(year old|year-old|yr old|yo|kid|boy|girl|child|baby|toddler|teen) (i|we) (moved|placed|removed|took|brought|apprehended|picked up|drove)',
  '(i|we) (see|visit|call on|pop in on|sit with|ring) (on|every) (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|morning|afternoon)',
  "(i|we) do placements", '(years|months|weeks) of (home |weekly |supervised )?visits (to|with)', 'this (work|job) (takes|took) (a (piece|toll|lot)|its toll)',
  // A young person told by age, the worker's tie after it: "16 yr old I've been working with since the summer".
  "\\d{1,2}[- ]?(yr|yrs|year|years)[- ]?old (that |who |whom )?(i|we)('ve| have| had|'m| am)? (been )?(working with|work with|worked with|support|supporting|supported|look after|looking after|mentor|mentoring|placed|key ?work(ing)? (with|for))",
  // A CHC ward visit: the people met on it are patients.
  '(ward|hospital|care home) visits? (at|to|today|this)',
  // Children said to be placed: "les 3 petits sont placés", "the kids were placed".
  "(petits|petites|enfants|jeunes|bebes|gars|filles|ados) (sont|ont ete|seront|vont etre|etaient) placee?s(?![a-z])", "(kids|children|boys|girls|little ones) (are|were|have been|got|get) (placed (in|into|with) (care|foster|a foster|a group home|separate)|taken into care)",
  'into care', 'in care', 'taken into care', 'foster (kid|kids|child|placement|daughter|son)',
  // Children placed: "placed together with one foster family".
  "(placed|be placed|being placed|going to a|moving to a|move to a) (back )?(together )?(with |in |into )?(a |an |one |the same |their |a new )?(foster (family|home|carers?|parents?)|famille d'accueil)",
  // Someone met in a care setting: "a lovely lady on the stroke unit", "the gent in the dementia wing".
  `(?<=(^|[^a-z])(a|an|the|one|this) ([a-z-]+ ){0,2})${PERSON_EN} (on|in|from|at) the ([a-z-]+ ){0,2}(unit|ward|wing|icu|hospice|respite)`,
  // A care worker's affectionate name for a resident: "mon ti-pepere de 97 ans au CHSLD".
  '(mon|ma|mes|notre|nos) (ti-?|petite? )(pepere|memere|vieux|vieille|monsieur|madame|dame|mamie|papi|papy|madame)s?',
  "(le|la|un|une|ce|cette) (monsieur|madame|dame|vieux|vieille)( de \\d+ ans)? (au|du|de la|a la|en) (chsld|rpa|residence|centre d'hebergement|soins palliatifs|soins longue duree)",
  '(mon|ma|mes|un|une|nos|notre|cette|ce) (client|cliente|clients|clientes|usager|usagere|usagers|usageres|patient|patiente|patients|beneficiaire|beneficiaires|resident|residente|jeune|jeunes|participante?s?)',
  'une? usager(e)?', 'usager(e)?s',
  '(mon|sur mon|dans mon) (caseload|charge de cas)', 'mes (dossiers|suivis)',
  '(one of )?my (ladies|women|families|mums|moms|regulars)', 'one of my (guys|girls|boys|lads|fellas|gents|youth|young people|teens|kids at work)',
  "(que |qu')(je |j'|on |nous )(visite|visitons|accompagne|accompagnons|aide|aidons|soigne|soignons|suit|suis|suivais|suivons|rencontre|rencontrons|heberge|hebergeons|ai place|ai placee|ai accueilli|ai accueillie|voit a domicile|vois a domicile|voyons a domicile|visite a domicile)",
  // A call-out to a child or a family: the intervention is the worker's own case.
  '(call-?out|callout|called out|on-call visit|emergency visit) (for|to) (a|an|the) ([a-z-]+ ){0,2}(baby|child|kid|toddler|infant|family|mum|mom|dad|teen|youth|girl|boy)',
  "(la|le) (petite?|jeune|cocotte|puce|coco)( de \\d+ ans)?( qu'on| que j'ai| qu'on a| placee?)",
  '(la|le) (dame|monsieur|patiente?|residente?|usagere?|jeune) (de la|du|au|en) (chambre|lit) \\d+', "(un|une|deux) (de mes|de nos) (usagers|usageres|clients|clientes|patients|patientes|residents|residentes|jeunes|ados|adolescente?s|familles|mamans|papas|participante?s|beneficiaires)",
  "(avec|pour|aupres de) (qui|laquelle|lequel|lesquelles|lesquels) (je |j'|on |nous )(travaille|travaillons|interviens|intervient|intervenons|suis|suit|suivons)",
  // Someone admitted into one's own service: "est rentré en soins palliatifs chez nous hier", "admitted to our ward".
  "(rentree?|entree?|admise?|arrivee?|transferee?|montee?|descendue?) (en |aux |au |a l'|a la |dans l'|dans (la|le|notre|nos) )([a-z'-]+ ){0,3}chez nous", '(admitted|transferred|moved|came in) (to|onto|into) (our|my) (unit|ward|hospice|floor|home|service|care home)',
  "qu'on a chez nous", 'famille d\'accueil', 'en placement', 'placee?s? (chez|en famille)', 'foyer de groupe', 'centre jeunesse', 'dpj', 'lpj',
];

/** Where people live or stay in care: a courtesy-titled name placed there is a resident's ("M. Roy du 3e au CHSLD"). */
export const CARE_SETTING = [
  'chsld', 'rpa', "centre d'hebergement", 'day (centre|center)', '(memory|dementia) cafe', 'centre de jour', '(a la|de la|en) residence', '(care|nursing|residential) home', 'on the ward', 'ward \\d+', '(chambre|room|rm|bay|bed|lit) ?\\d+', 'sheltered housing', 'foyer de groupe',
];

/** Customers called clients, in a trade rather than a service ("one of my clients at the salon"). */
export const BUSINESS_CLIENT = [
  '(clients?|customers?|clientes?) (at|in|of|from) (my|the|our|mon|ma|notre) (salon|shop|store|studio|gym|spa|barbershop|barber shop|business|boutique|nail bar|bakery|cafe|restaurant|agency|firm)',
  '(salon|hair|nail|nails|lash|brow|tattoo|design|freelance|photography|cleaning|dog grooming|grooming) (clients?|customers?)', 'client appreciation',
];

/** Where a child in the youth-protection system lives or is followed. */
/** A foster family's own child words ("notre petit loup de 3 ans"): a reference to a child placed with them when the author is a foster family. */
export const OUR_CHILD = [
  '(notre|nos|our) ((deux|trois|quatre|two|three|four|\\d) )?((nouvelle?s?|nouveaux|new|beaux|beau|belles?|sweet|precious|precieuse?) )?(petite?s?|petit loup|petit bonhomme|p\'?tite?s?|p\'?tit (loup|bonhomme|gars|coeur)|ti-(loup|gars|cul|coeur)|petite protegee|protegee?s?|grande?|cocottes?|puces?|loulous?|cocos?|bebes?|ado|jeune|gars|fille|garcon|little ones?|little man|little lady|boy|girl|kiddos?|baby|babies|teen|youngest|eldest|foster (son|daughter|child|kid|kids|children))',
  "(le|la) (grande?|petite?|jeune|ado)( de \\d{1,2} ans)? (qu'on|que (je|nous)) (heberge|hebergeons|accueille|accueillons|a chez nous)",
  // A child told by an initial, or a carer's "my little guy": with a care context, a placed child.
  "(la|le|notre|nos) (p'?tite?|petite?|p'?tit|petit|jeune|grande?|ado) [a-z]\\.(?= |,|$)", '(my|mon) (little|wee) (guy|man|dude|buddy|lad|fella)(?![a-z])',
];

export const CARE_CONTEXT = [
  // Visits with a parent stopped or hoped for again: "pour que les visites reprennent", "visits with his dad were suspended".
  "visites (avec|de) (son|sa|ses|leur|leurs) (papa|maman|pere|mere|parents) (reprennent|reprendront|vont reprendre|puissent reprendre|suspendues|ont ete suspendues|sont suspendues)", "(papa|maman|pere|mere|parents) (\\S+ ){0,20}?(les |ses |leurs )?visites (reprennent|reprendront|vont reprendre|puissent reprendre|suspendues|ont ete suspendues|sont suspendues)", "(visits|contact) with (his|her|their) (dad|mum|mom|father|mother|parents|birth family) (resume|resuming|were suspended|suspended|stopped|start again)",
  'into care', 'in care', 'foster', 'group home', "qu'on a chez nous", "famille d'accueil", 'familledaccueil', 'placee', 'placees', 'placement',
  'placee?s? (chez|en|dans|a)', 'placed with (us|me|a family|a foster)', 'chez nous depuis', 'rtf',
  'foyer de groupe', 'centre jeunesse', 'centre de readaptation', 'dpj', 'lpj', 'protection de la jeunesse', 'youth protection',
  'visite supervisee', 'visites supervisees', 'supervised (visit|contact)', 'droits de visite', 'children\'s aid', 'cas (worker|workers|took|came|called|apprehended|is involved)', '(called|call|involved|involve) (the )?cas',
];

export const CHILD = [
  '(le|la|notre|nos|our) (grande?s?|protegee?s?)',
  '(petite?s?|enfant|enfants|fille|garcon|fillette|bebes?|jeune|jeunes|ado|adolescente?|cocottes?|puces?|cocos?|loulous?)',
  '(kid|kids|child|children|girl|boy|baby|toddler|teen|teenager|youth|little one)',
  '\\d{1,2}\\s*(yr|yrs|year|years|y/?o|ans)( old)?',
];

/**
 * A family tie the message itself shows between the writer and the person addressed: "cuz!!", "saw Nain at
 * chapel", "our mam says". A relative is known other than through the organization's work (CHC Appendix B
 * forbids friending only those "only known through their CHC activities").
 */
export const FAMILY_TIE = [
  // Addressed as a cousin; not "cuz" for "because" ("cuz i'm late").
  '(hey|hi|hiya|helo|heya|oi|alright|morning|evening|night|love you|miss you|thanks|ta|cheers|happy birthday|merry christmas|nadolig llawen|penblwydd hapus) (cuz|cuzzy|cuzzie|coz|cousin|cos)(?![a-z])', '(cuz|cuzzy|cuzzie|cousin)(!+|,|\\.\\.\\.)',
  // A grandparent or parent shared by both, named without a possessive or with "our".
  '(saw|seen|visited|called|rang|phoned|spoke to|talked to|went to see|popped in to see|gwelais|welais) (nain|taid|nan|nanna|nana|gran|granny|grandad|grandpa|grandma|bampi|mamgu|tadcu|auntie [a-z]+|uncle [a-z]+)(?![a-z])',
  '(nain|taid|nanna|mamgu|tadcu|bampi) (says|said|sends|wants|asked|is asking|was asking|told me|reckons|dweud)(?![a-z])',
  'our (nain|taid|nan|nanna|nana|gran|granny|grandad|grandpa|grandma|mam|mum|dad|auntie|aunty|uncle|cousins?|bampi|mamgu|tadcu)(?![a-z])', '(ein|ein ni) (nain|taid|mam|tad|cefnder|cyfnither)(?![a-z])',
];
