/** "you", "you're", "ur", "u r", "t'es": the person addressed. */
const YOU = "(you|u|ur|youre|you're|you are|u r)";

/** What people put for a letter they hide: a star or a symbol, or a digit that looks like it. */
const MASK = '*#@!$%';
const LOOKALIKE: Readonly<Record<string, string>> = { a: '4@', e: '3', i: '1!', o: '0', s: '5$' };
/** Escapes a character for use inside a regular-expression class. */
const inClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/**
 * A word written with letters hidden ("p***k", "p*keys", "f*gg*ts", "n1gg3r"): its first and last
 * letters kept, any letter between them replaced by a symbol or a look-alike digit, at least one
 * of them hidden. What is hidden is the word itself, so it is read where the word would be.
 */
export function masked(word: string): string {
  const first = word[0] as string;
  const last = word[word.length - 1] as string;
  const middle = [...word.slice(1, -1)].map((c) => `[${inClass(c + MASK + (LOOKALIKE[c] ?? ''))}]`).join('');
  const hidden = `[${inClass(MASK)}0-9]`;
  return `${first}(?=[a-z]{0,${word.length - 2}}${hidden})${middle}${last}`;
}

/** Not said of oneself: "I'm such a twat", "I felt like a total idiot" is self-deprecation, not abuse. */
const NOT_ONESELF = "(?<!(i'?m|im|i am|i was|feel|felt|feeling|i'?ve been|i look|i looked)( like)?( such an?| an?)?( total| absolute| complete| utter)? )";

/** Insults that people hide a letter of: "you absolute p***k", "get lost you w**ker". */
const MASKED_INSULT = `(${['prick', 'wanker', 'twat', 'dickhead', 'bellend', 'cunt', 'bitch', 'tosser', 'knobhead', 'bastard', 'arsehole', 'asshole'].map(masked).join('|')})`;

/** Words of scorn for a person's character or standing: "sad little", "pathetic". */
const SCORN = '((pathetic|miserable|bitter|pitiful|insecure|jealous|petty|spiteful|creepy|balding|washed-up|sad (little|old|lonely|pathetic)|tragic (little|old)) (little |old |tiny |lonely |bitter |sad )?)';
/** Someone, as a scornful remark names them. */
const SOMEONE = '(man|woman|boy|girl|bloke|lad|guy|fella|troll|person|creature|specimen|individual|loser|child|thing|muppet|keyboard warrior)';
/** Someone talked about: "him", "she", "the man", "that woman". */
const THEM = "(him|her|them|he|she|they|(the|that|this) (poor )?(man|woman|lad|girl|bloke|guy|fella|lady|dude|geezer|kid|boy))";

/** Abuse aimed at a person: insults, ridicule of traits, intimidation. */
export const INSULT = [
  `${NOT_ONESELF}(absolute|total|complete|utter|such an?|${YOU})( an?| such an?| a total| an absolute| a complete)? (clown|idiot|moron|loser|twat|dickhead|prick|wanker|w\\*+nker|muppet|cow|bitch|slag|waste of space|retard|cretin|imbecile|${MASKED_INSULT})`,
  `${YOU} (so |such an? |an? |completely |totally |fucking )?(useless|pathetic|stupid|worthless|incompetent|hopeless|thick|dumb|ugly|disgusting|a joke|a disgrace|a nobody)`,
  '(dresses|looks|dressed) like a (tramp|slut|slag|hooker|whore|hobo|clown)', 'waste of (oxygen|skin|air)', '(u|you|ya|ur|what a) (fat |useless |stupid |thick |ugly |lazy |absolute )+(donkey|lump|pig|cow|slob|idiot|muppet|clown|prat|plonker|wally|numpty|git|melt|bellend|weapon|waste of space)', '(you|u|ya) little (rat|shit|toerag|scrote|weasel|worm|cow)', '(hope|wish|hoping) (someone|somebody|some1|sb) (gives|give|kicks|smashes|batters|beats|punches|slaps) (you|u|ya|him|her)',
  'shut (ur|your|yer) (\\S+ )?(mouth|face|gob)', 'nobody asked (u|you)', 'go f\\S* (yourself|urself)', 'crawl back under', 'get a grip', 'take the hint',
  '(nobody|no one|noone) (likes|wants|cares about) (you|u)', '(everyone|everybody) (hates|thinks) (you|u)', 'kill (yourself|urself)', 'kys',
  'thinks (she|he)\'?s (a model|so pretty|hot|clever|smart|special|all that)', 'some(one|1) (pls |please )?tell (her|him)', '#delusional', 'delusional',
  'who does (she|he) think', 'look at (her|him)', 'look at the state of (her|him|them|you|u)', 'look at (her|his|their) (teeth|face|nose|hair|weight|belly|clothes|accent)', '(fat|ugly|stupid|dumb|thick|useless|lazy|vile|nasty|horrible|miserable|silly) (cow|pig|bitch|slob|idiot|loser|slag|twat|prick|moron|witch)', '(fat|ugly|stupid|dumb|thick|useless|lazy|vile|nasty) (\\S+ )?(c\\*+|c[u\\*]nt|tw[a\\*]t|b[i\\*]tch|pr[i\\*]ck)(?![a-z])', "(she|he)('s| is) a (\\w+ )?(cow|bitch|slag|twat|prick|moron|loser|clown)",
  // A stranger singled out by a trait: "the fat bloke at the station", "cette grosse madame au Tim".
  '(the|that|this|some|spotted:? the|spotted:? this) (fat|obese|ugly|smelly|minging|hideous|greasy|scruffy|skanky|bald|toothless|gormless) (bloke|guy|man|woman|lady|girl|lad|fella|kid|cow|couple|granny|old (man|woman|git|bag))', '(cette|ce|la|le) (grosse?|laide?|puante?|edentee?) (madame|monsieur|fille|femme|bonhomme|gars|matante|mononcle)',
  "(she|he|they)('s|'re| is| are)? (so |too )(fat|ugly|obese|hideous|stupid|dumb|thick)", "(so|too) (fat|ugly|obese) (she|he|they|that)", "(she|he) can'?t (even )?fit (in|behind|through|into)", 'fatty', 'fatso', 'lardass',
  "can'?t understand a (word|thing) (she|he|they) (says|say|said)", 'get (her|him|them) a translator', '(funny|stupid|weird|thick) accent', 'learn to speak (english|properly)',
  // Body and looks mocked without a slur: "who let u out looking like that", "maybe lay off the takeaways", "have you seen the size of her".
  "who (let|allowed) (u|you|ya) (out|leave the house)( of the house)?( \\S+)? (looking|dressed|dressed up|going out) like (that|this)", '(ever heard of|try) (a |the )?(salad|diet|gym|treadmill|hairbrush|mirror)\\??(?=\\s*($|[.!?,🤢🤮😂🤣🐷🐖]))',
  "(maybe|try|time to|you should|u should|you need to|u need to|pls|please|just|mate,?|hun,?) (lay|ease|go easy|back) off the (\\S+ )?(pies|takeaways?|cakes?|biscuits|burgers|doughnuts|donuts|chips|kebabs|chippy teas?|chippy|maccies|mcdonalds|sweets|buffet|carbs|snacks|crisps|pizzas?)",
  "(lay|ease|go easy) off the (\\S+ )?(pies|takeaways?|cakes?|biscuits|burgers|doughnuts|donuts|chips|kebabs|chippy teas?|chippy|maccies|mcdonalds|sweets|buffet|carbs|snacks|crisps|pizzas?),? (hun|hon|mate|love|babe|pal|fatty|lardy|tubs|chubs)(?![a-z])",
  'put the (pies|cake|biscuits|doughnuts|donuts|fork|burger|chips|crisps|snacks) down', '(someone|somebody|quick) (hide|lock up) the (biscuits|pies|cake|snacks|buffet|fridge)', '(who|what) ate all the pies',
  "(have|did|has|had) (you|u|ya|anyone|anybody|everyone) seen the (size|state|shape) of (her|him|them|you|u|ur|your|his|their)(?![a-z])", "(really )?let (herself|himself|yourself|urself|themselves) go", '(piled|piling|put|putting) on the (pounds|timber|beef)',
  "(that|this|the|her|his|your|ur) (dress|top|outfit|shirt|jeans|leggings|swimsuit|bikini|profile pic|pic|photo|selfie) (is|are) (screaming|begging|crying) for (help|mercy)",
  "(as-tu|t'as|tas|avez-vous|vous avez|avez vous) vu la (grosseur|taille|face|largeur) (de|du) (ses|son|sa|ta|tes|ton|leur) (cuisses|fesses|bedaine|ventre|bras|face|tete|cul|derriere|jambes|mollets|menton|nez)",
  "lache (la|les|le) (poutines?|beignes?|chips|frites|gateaux?|mcdo|pizzas?|bonbons|desserts|sucreries)", "qui (t'a|l'a|vous a) laisse(e)? sortir (habillee?|attriquee?|de meme|comme ca|avec cette face)",
  // Québec French put-downs: "t'es pas bonne", "ferme-la", "grosse tarte", "a l'air d'une itinérante".
  "t'es (vraiment |tellement |juste )?(une? )?pas bonne?", "retourne a l'ecole", 'ferme[- ]la( donc)?', "personne (t'a|vous a) demande (ton|votre) avis", '(maudite?|esti de|espece de) (tarte|dinde|nounoune|niaiseuse|niaiseux|epaisse|innocente?|twit|cruche|gnochon)', '(grosse?) (tarte|dinde|nounoune|niaiseuse|niaiseux|epaisse|innocente?|twit|cruche|gnochon)(?=\\s*($|[.!?,]))',
  "(a|ont|avait) l'air (d'une?|d'un|de) (itinerante?|clocharde?|robineux|guenille|sorciere|pute|folle|fou|clown|singe|baleine|vieille sacoche)",
  // Intelligence run down in the old idioms: "thick as a plank", "ur brain didn't come with the certificate".
  "(ur|u r|you'?re|you are|she'?s|he'?s|still|always been|proper) thick as (a plank|two short planks|mince|pigshit|a brick|shit)", "(ur|your|yer|her|his) brain (didn'?t|doesn'?t|did not|does not|never) (come|work|turn)",
  "on comprend (rien|pas un mot|pas un traitre mot) (de ce qu'(il|elle) dit|quand (il|elle) parle)",
  'ta gueule', 'ferme ta (gueule|yeule)', '(grosse?|laide?|moche|conne?|niaiseu(x|se)|cave) (infirmiere|madame|fille|femme|vache|truie)', 'se pense (belle|beau|bonne?|hot)',
  'pour qui (elle|il) se prend', 'espece de', 'gros(se)? (porc|truie|vache|cochonne?|tas|lard)', 'imbecile', 'abrutie?', 'epaisse?', 'twpsyn',
  "t'es (tellement |trop |juste |rien qu')?(une? )?(grosse? |vraie? |maudite? |belle )?(nulle?|inutile|conne?|stupide|incompetente?|laide?|grosse?|ridicule|paresseu(x|se)|cave|epaisse?|menteu(r|se)|hypocrite|vache|truie)", "personne (t'aime|veut de toi|te supporte|(ne )?veut (travailler|etre) avec toi)",
  'un vrai (castor|clown|singe|cochon|porc|cave|epais|deficient|innocent)', 'une vraie (vache|truie|baleine|dinde|folle|conne|cruche|cochonne)',
  'regardez (la|le|les|cette|ce|son|sa|ses) (face|dents|nez|cheveux|tete|linge|bedaine|grosse|gros)', "comprend rien quand (elle|il) parle",
  // Belittling with no swear word: "says the sad little man who...", "get a life, mate", "from your mum's basement", "trouve-toi une vie".
  // A sad little man in a film ("follows a sad little man") is not addressed; one's own "I need to get a life" is not aimed.
  `(says|said|coming from|this from) the ${SCORN}(\\S+ )?${SOMEONE}`, `(${YOU}|what an?|such an?|absolute|proper|ya|ye) ${SCORN}(\\S+ )?${SOMEONE}`,
  "get a life,? (mate|pal|loser|love|hun|hon|babe|bro|bruh|dude|mun|butt|lad|son|sunshine|sweetheart|darling|pet|sad\\w*|ffs|seriously|honestly|you \\S+|u \\S+)(?![a-z])",
  `(${YOU}|ya|ye) (seriously |really |honestly )?(need to|should|wanna|want to|gotta|have to) (go |really |seriously )?get a life`, '(go|pls|please|just) get a life',
  "(from|in|of|out of) (your|ur|yer) (mum|mom|mam|mother|nan|gran|parents)'?s? (basement|spare room|box ?room|back bedroom|attic|loft|bedroom|garage|shed)",
  "(trolling|typing|posting|tweeting|ranting|moaning|keyboard warrior\\w*) (\\S+ ){0,5}(from|in) (his|her|their) (mum|mom|mam|mother|nan|gran|parents)'?s? (basement|spare room|box ?room|back bedroom|attic|loft|garage|shed)",
  "(trouve|trouvez|va te|allez vous|va donc te)[- ]?(toi |vous )?(chercher |trouver )?une vie", "pauvre (petite? )?(minable|pathetique|ratee?|loser|looser|cave|conne?|innocente?|imbecile|tache)",
  // Looks laughed at: "someone buy the man a mirror", "does he not own a mirror", "looks like a scarecrow" said of someone.
  `(someone|somebody|some1|sum1) (pls |please )?(buy|get|give|lend|send|show) ${THEM} an? (mirror|hairbrush|comb|razor|bra|belt|stylist|makeover|gym membership|diet plan|salad|toothbrush|bar of soap|wardrobe)(?! (for (his|her|their|the|christmas|xmas|a)|as a|because))`,
  `((does|do|did) (${THEM}) (not|never)|(doesn'?t|don'?t|didn'?t|does not|do not|did not) (${THEM})) (own|have|use|look in|check) an? mirror`,
  `(${THEM}) (clearly |obviously |must )?(doesn'?t|don'?t|does not|do not|never|has never|have never|hasn'?t|haven'?t) (own|owns|have|has|use|uses|looked in|look in|seen|heard of) an? mirror`,
  `(${THEM}) (\\S+ ){0,4}?(looks|look|looked|looking) like (a|an) (scarecrow|tramp|bag lady|drowned rat|potato|troll|goblin|gremlin|walrus|hippo|whale|pig|thumb|melted candle|sack of potatoes|dog'?s dinner|haystack|mop|bird'?s nest|toilet brush|bulldog|horse|wet weekend|slapped arse|boiled ham)`,
  "(quelqu'un|qqn|que quelqu'un) (peut |pourrait |va |devrait |svp )?lui (acheter|achete|donner|donne|offrir|offre|preter|prete|montrer) un miroir(?! (pour|de|a|en))",
  "(a|ont) (jamais|pas|pas de) (vu (un|de) )?miroir (chez (elle|lui|eux)|a la maison)",
];

/**
 * A trait a human rights code protects, put the way people mock it in someone else: their English
 * or French, accent, stutter, weight, a disability, looks read against their gender. Raised only
 * with mockery beside it (`MOCKERY`): the same words said kindly or of oneself are not abuse.
 */
export const MOCKED_TRAIT = [
  // Someone else's language: never "I can barely speak French".
  "(?<!(i|je|j) )(can|could|cannot|can'?t)( even)? (barely |hardly |not |even )?(speak|talk|say a word (of|in)|string a sentence)( \\S+){0,2} (english|french|anglais|francais)",
  "(barely|hardly) (speaks|talks|knows)( \\S+)? (english|french)", '(her|his|their) (broken|terrible|awful|bad) (english|french)', 'broken english',
  "(?<!(je|j) )(parle|parlent) (meme )?pas (un mot de |deux mots de )?(francais|anglais)", '(parle|parlent) (tout croche|mal) (le |l\')?(francais|anglais)', 'need(ed)? subtitles', 'besoin de sous-titres',
  // A stutter imitated or singled out: "b-b-b-bonjour", "the guy who stutters".
  '(b-b-b|c-c-c|d-d-d|f-f-f|g-g-g|h-h-h|j-j-j|k-k-k|l-l-l|m-m-m|n-n-n|p-p-p|r-r-r|s-s-s|t-t-t|v-v-v|w-w-w)', '(who|qui) (stutters|stammers|begaie|begaye)', '(stuttering|stammering) (guy|man|woman|lady|kid|bloke|girl)', '(le|la|ce|cette) (\\S+ )?(begue)',
  // Weight and looks: "fat lump", "looks like a guy in a dress", "on dirait un gars deguise".
  '(fat|obese|lazy|useless|ugly) (lump|blob|whale|heifer|pig|slob|oaf|git|sack of \\S+)', "(looks|look) like a (man|guy|bloke|dude|bloke) (in a (dress|wig|skirt)|in drag)", '(man|guy|bloke|dude) in a (dress|wig)',
  "on dirait (un|une) (gars|homme|bonhomme|gorille|singe|baleine)", "(gars|homme) deguise( en (femme|fille))?", "(is (that|it)|c'est) (a man or a woman|un gars ou une fille|un homme ou une femme)",
  // An accent held against someone: "nobody can understand a word with that accent", "avec son accent on comprend rien".
  "(nobody|no one|noone|no1|can'?t|cannot|couldn'?t|can not) (can |could )?(understand|understands|follow) (a word|a thing|anything|one word|you|u|her|him|them)( \\S+){0,3} (with|through|over) (that|this|your|ur|her|his|their) (\\S+ )?accent",
  "(personne (ne )?comprend|on comprend (rien|pas un mot)|comprend rien) (\\S+ ){0,3}(avec|a cause de) (son|ton|leur|cet|ce) (\\S+ )?accent",
  // A wig laughed at: "sa perruque de travers", "his toupee slipping".
  "(sa|ta|leur) (perruque|moumoute|postiche) (de travers|qui tombe|mal mise)", "(her|his|their|that) (wig|toupee|rug|hairpiece) (is )?(on )?(wonky|crooked|sideways|slipping|falling off)",
  // A disability singled out to laugh at.
  // A limp, a drool or a way of speaking or walking laughed at: "le gars qui boite pis qui parle tout croche 😂".
  '(qui|who) (boite|boitent|boitait|limps|limped|drools|drooled|bave|bavent|bavait|louche|louchent)', '(parle|parlent|parlait|marche|marchent|marchait|danse|dansent|dansait) (tout )?croche', '(talks|walks|talk|walk|dances) (all )?(funny|weird|wonky)',
  // A colleague's religious practice made the butt of a complaint: "she plans it round her prayer times 🙄".
  '(her|his|their|sa|son|ses|leurs?) (prayer (times?|mats?|breaks?|rugs?)|heures? de priere|tapis de priere|hijab|headscarf|turban|kippah|yarmulke|burka|burqa|niqab|voile|foulard)',
  // A colleague's religion made out to be an excuse for time off: "must be nice having a religion with a holiday every other week".
  "(must be nice|nice for some|lucky (you|u|her|him)|alright for some)(,)? (having|to have|being in|with) (a|your|ur|her|his|their) (religion|faith|culture)", "(religion|faith|religious holidays?|fetes? religieuses?) (\\S+ ){0,4}(every (other )?(week|month|five minutes|5 minutes)|toutes les (deux )?semaines)",
  // Sexual orientation hinted at to laugh: "on sait ben de quel bord tu swingues", "which team he bats for".
  "de quel (bord|cote) (tu|il|elle|qu'(il|elle)) (swingue|swingues|swing|penche|penches|frappe)", "which (team|side|way) (he|she|you|u) (plays|play|swings|swing|bats|bat) for", "(bats|plays|swings) for the other (team|side)",
  '(the|that|this|le|la|ce|cette) (\\S+ )?(retard|spastic|mongol|cripple|gimp|infirme|handicape)', '(walks|talks|drives|parle|marche) (like a|comme un) (retard|spastic|mongol|cripple|handicape)',
];

/** Laughter and scorn beside a remark: what turns a description of someone into ridicule. */
export const MOCKERY = ['😂', '🤣', '🤡', '🐷', '🐖', '💀', '😆', '😹', '🙄', 'lmao', 'lmfao', 'rofl', 'haha\\w*', 'hehe\\w*', 'mdr', 'ptdr', 'i need subtitles', 'and they made (her|him|them)', 'et ils (l\'ont|ont) (engagee?|nommee?)'];

export const THREAT = [
  "i( will|'ll| am going to|'m gonna|m gonna| gonna|'m going to) (find|break|kill|hurt|get|smash|end|batter|deal with|sort|come for|come after|burn|stab|punch|slap) (u|you|ur|your|him|her|them|their|his)",
  "(on va|je vais) (regler|reglera) ca (dans le stationnement|dans la ruelle|apres (mon|ton|le) (quart|shift))", '(meet|see) (me|you|u) (in the car park|in the parking lot) after (my|your|ur) shift',
  'break (ur|your|his|her) (\\S+ )?(legs?|arms?|neck|face|jaw|nose)', 'watch (ur|your) back', 'watch yourself', '(you|u)\'?(ll| will) (regret|pay for) (it|this)',
  'see what happens to (you|u)', '(keep|carry on|try (it|that)|do (it|that) again)( \\S+)? and see what happens', "(you('re| are)|ur|u r) (dead|finished)", '(final|last) warning',
  'je (vais|va) (venir te voir|te trouver|te tuer|te casser|te faire|t\'attendre|te planter|te frapper)', 'tu vas (le regretter|payer|voir ce qui)', 'fais attention a toi', 'gare a toi',
  'je sais ou tu (restes|habites|vis|travailles)', 'i know where (you|u) (live|work|park|stay)', 'je sais que tu (lis|vois) mes messages', 'i know (you|u)\'?re (reading|seeing) (my|these)',
  'dernier avertissement', 'que tu le veuilles ou non', 'whether (you|u) like it or not',
  // A demand to answer, ending the sentence or insisted on ("Réponds-moi.", "réponds-moi!!!", "answer me, now"),
  // not a request to reply here, by text or by Friday ("réponds-moi ici", "answer me by Friday").
  "(r[e]ponds[- ]moi|answer me)(?=\\s*($|[!.]|,?\\s*(maintenant|tout de suite|immediatement|now|right now|right away)(?![a-z])))", "t'as pas le droit de m'ignorer", 'stop ignoring me',
];

/** Groups people are targeted for, by a ground the human rights codes protect. */
const GROUP = '(foreigners|immigrants|refugees|migrants|asylum seekers|muslims|jews|blacks|gays|lesbians|trannies|pakis|gypsies|travellers|natives|indians|poles|polish|romanians|eastern europeans|asians|africans|arabs|chinese|mexicans|somalis|syrians|ukrainians|albanians|anglos)';

/** People named by a protected ground, in the plural or as a kind: who a stereotype is said of. */
const GROUND_EN = "(women|muslims|jews|hindus|sikhs|blacks|black (people|folks|guys|women|men)|asians|indians|natives|indigenous (people|folks)|first nations|immigrants|refugees|migrants|foreigners|newcomers|gays|gay (people|men|couples?|folk)|lesbians|trans (people|women|men|folk|kids)|old (people|folk|folks|biddies|codgers)|the elderly|pensioners|boomers|disabled (people|folk)|the disabled|wheelchair users|fat (people|folk)|the english|the welsh|english people|welsh people|poles|romanians|eastern europeans|travellers|gypsies|arabs|africans|mexicans|chinese people|single mums|single mothers)";
const GROUND_FR = "(les )?(voilees|femmes|musulmans|musulmanes|juifs|noirs|arabes|asiatiques|autochtones|amerindiens|indiens|immigrants|immigres|refugies|etrangers|gais|gays|lesbiennes|trans|vieux|personnes agees|handicapes|gros|grosses|anglais|anglos|francos|haitiens|africains|maghrebins|boubous macoutes)";
/** The gap between a group and what is said of it, without a negation that turns it around ("are not criminals"). */
const GAP = "((?!(not|never|aren'?t|isn'?t|pas|jamais|ne|n') )\\S+ ){0,4}?";
/** What a stereotype says of a whole group. */
const STEREOTYPE_EN = "((are|r|is) (all |always |just |so |such |too |basically |literally |mostly )?(lazy|dirty|smelly|stupid|thick|useless|criminals|thieves|terrorists|animals|vermin|parasites|scroungers|leeches|freeloaders|a drain|a burden|a pain|a nuisance|always late|loud|rude|too emotional|hysterical|ignorant|violent|dangerous|disgusting|sick in the head|mentally ill|just men in dresses|men in dresses|confused|unemployable)|always (late|loud|complaining|on benefits|stealing|causing trouble)|(shouldn'?t|should not|should never|can'?t|cannot) (be allowed to |ever )?(work|teach|vote|drive|lead|manage|be (managers|bosses|nurses|teachers|in charge|trusted|allowed))|get everything (handed|for free|paid)|(just )?come (here )?(for|to (get|claim|milk)) (\\S+ ){0,2}(benefits|handouts|free stuff|the nhs|welfare)|should (just )?(hurry up and die|stay in the kitchen|be (banned|locked up|sterili[sz]ed))|(clogging|clog) up|it'?s (cultural|in their (blood|nature|genes)))";
const STEREOTYPE_FR = "((sont|est) (tous |toutes |toute |juste |rien que |vraiment |toujours )?(des )?(ignorants?|ignorantes?|paresseux|paresseuses|voleurs|criminels|sales|fous|folles|profiteurs|profiteuses|assistes|parasites|sur le (bs|chomage|welfare|bien-etre social))|(viennent|vient) (juste |seulement |ici )?(profiter|voler|chercher le bs|vivre sur le bs)|devraient (payer (deux|double)|retourner|pas avoir le droit|pas pouvoir|se taire)|meritent pas)";

/** Dress a religion asks of its faithful. */
const RELIGIOUS_DRESS = '(headscarf|headscarves|head ?scarfs|hijabs?|niqabs?|burkas?|burqas?|burkhas?|chadors?|veils?|turbans?|kippahs?|kippot|yarmulkes?|head ?coverings?)';
const RELIGIOUS_DRESS_FR = '(voiles?|foulards?|hijabs?|niqabs?|burqas?|burkas?|tchadors?|turbans?|kippas?)';

/** Remarks against people for a ground the Ontario Human Rights Code, the Equality Act 2010 or the Québec Charter protects. */
export const DISCRIMINATION = [
  `${GROUP} (\\S+ ){0,8}(go home|go back|get out|out of here|learn english|should be(?= (sent|deported|banned|kicked|thrown|locked|kept|shot|removed|stopped|ashamed|rounded|barred|excluded|put down))|should(n'?t| not| never) be(?= (allowed|let|trusted))|are all(?= (the same|criminals|terrorists|thieves|lazy|scum|rapists))|ruin\\w*|invad\\w*|sent back|are (criminals|terrorists|thieves|rapists|scum|animals|vermin|parasites)|taking (all )?(our|the) \\w*\\s?jobs|stealing)`,
  'send (them|em|him|her) back (to )?where (they|he|she) (came|come) from',
  `(these|those) (people|ones|lot) (\\S+ ){0,12}?don'?t want to (fit in|integrate|assimilate)`, `${GROUP} (\\S+ ){0,14}?(we all know what (they|that lot|those people|them|these people) (are|r) like|lock (your|ur) (sheds|doors|cars|bikes))`,
  '(go|send (them|em)) back (home|to (your|their) (own )?country)', `send (all |every )?(the |those |these |of the |of them )?${GROUP} back`, '(go|get|fuck off|f\\*+ off|piss off) back to (england|poland|romania|africa|india|pakistan|china|syria|somalia|mexico|france|ontario|your (own )?country)', 'go back (to )?where (you|they|u|ye) came from', 'learn (english|the language) or', "(don'?t|doesn'?t|won'?t|never|refuse to) (even )?(try|bother|want) (to )?(learn|speak) (\\S+ )?(english|french|the language)", "(veulent|veut|essaient|essaie) (meme )?pas (d'apprendre|de parler) (le |l')?(francais|anglais)", '(learn|speak) (proper |some |basic )?(english|french|the language) (b4|before|first)', "(accent|english|french) (is|was|'s) (so+ |way too |too )?(thick|bad|broken) (i|we|u|you) (need|can'?t)", 'speak english', 'jabbering',
  '(retourne|retournez|retournent|qu\'ils retournent|qu\'ils s\'en aillent) (dans|chez) (ton|votre|leur) pays',
  // Sent back to a country to learn the language: "retourne en Tunisie apprendre le francais".
  "(?<!(je|j'|il|elle|on|qui) )(retourne|retournez|retournent|rentre|rentrez) (donc )?(en|au|aux|a|dans (ton|ta|votre|leur)) (?!(l'ecole|ecole|cours|classe|l'universite|universite|cegep|la maison|maison|chez)(?![a-z]))([a-z'-]+ ){1,2}(apprendre|parler) (le |l'|la |une )?(francais|anglais|langue|english|french)",
  // Back where she comes from, said of one person as "chez eux": her people, not her home.
  "qu'(il|elle) (s'en )?retourne (donc )?chez eux", "qu'(ils|elles) (s'en )?retournent (donc )?chez eux",
  // A disclaimer that announces what follows: "not racist just saying", "je suis pas raciste mais".
  `not (being )?(a )?(racist|homophobic|transphobic|sexist|islamophobic|bigot(ed)?)(,)? (but|just|however) (\\S+ ){0,10}?${GROUND_EN}`, `pas (raciste|homophobe|transphobe|sexiste)(,)? (mais|juste) (\\S+ ){0,10}?${GROUND_FR}`,
  // Places of worship as the sign of a group moving in: "another mosque goes up... goes downhill".
  '(another|more|new|a new|yet another|one more|une autre|encore une|une nouvelle) (mosques?|synagogues?|gurdwaras?|mosquees?|minarets?) (\\S+ ){0,10}(downhill|ruin\\w*|not safe|property values|takeover|taking over|envahi\\w*|fini)',
  // A group as sick or predatory: "sick in the head the lot of them".
  '(sick in the head|mentally ill|perverts?|freaks?|groomers?|predators?|degenerates?),? (the (whole )?lot of (them|em)|all of (them|em)|every (last )?one of (them|em))', '(bloke|man|guy|dude|fella|geezer|gars|homme) (in|en) (a )?(dress|frock|skirt|robe|jupe)s? (\\S+ ){0,6}(absolutely not|no way|not on|sick|disgusting|freaks?|pervs?|perverts?|predators?|groomers?|wrong|jamais|degueulasse|malades?)', 'parle(z)? francais ou', 'qu\'ils apprennent le francais ou',
  '(les )?(immigres|immigrants|refugies|arabes|musulmans|negres|noirs|anglais|chinois) (\\S+ ){0,6}(dehors|chez eux|envahi|volent|dans leur pays|s\'en aillent)',
  // The old silenced or restrained as a joke: "les p'tits vieux qui crient, un bon bâillon pis c'est réglé", "gag the old dears".
  "(vieux|vieilles|personnes agees|aines|residents|beneficiaires) (\\S+ ){0,12}?(un bon |une bonne )?(baillon|baillonner|attachez-les|les attacher|attacher|une camisole|sedat\\w+|ferme[rz]? leur (gueule|yeule|boite))",
  "(old (people|folk|folks|dears|biddies|codgers|ladies|men|timers)|the elderly|pensioners|oldies|wrinklies|residents) (\\S+ ){0,12}?(a good gag|gagged|gag (them|em|the lot)|muzzle (them|em|the lot)|muzzled|tape (their|them|em)|duct tape|sedate (them|em)|tie (them|em) (down|up))(?![a-z])",
  // Newcomers said to live off others: "these newcomers come here... live off OUR taxes... the country is full".
  "(these|those|the|all these|all the) (newcomers|immigrants|refugees|migrants|foreigners|asylum seekers) (\\S+ ){0,3}(come|coming|came|arrive|arriving|flood|flooding|pour|pouring) (here|over|in)", "(live|living|lives|sponging|scrounging) off (our|my|the) (taxes|taxpayers?|benefits|welfare|system)", "(the |this |our )?country('s| is) full", '(le |ce |notre )?pays est plein',
  'too old to (work|understand)', 'women (can\'t|cannot|shouldn\'t) ', 'typical (woman|female|immigrant|muslim|foreigner)',
  `typical (of )?(the |those |these )?${GROUP}`, `${GROUP} (need|needs|should|must|have) (to )?(integrate|assimilate|leave|get out)`, 'integrate or (leave|go home|get out|go back)', '(these|those) people (come|coming|came) (here|over here)', 'handed to them on a plate',
  'mewnfudwyr',
  // Social condition (Québec Charter) and religious dress: "ces BS-là", "les madames voilées me font peur".
  "(ces|les|maudits?|gang de|des) (bs|b\\.s\\.|assistes sociaux)(-la)?", "(madames?|femmes?|filles?) voilees? (\\S+ ){0,4}(me font peur|font peur|me degoutent|m'ecoeurent|devraient)",
  // A whole group given a stereotype: "Black people are always late, it's cultural", "les immigrants viennent juste profiter du systeme".
  // Religious dress put as what stands between a group and a job or belonging: "if they took off the headscarves",
  // "they should take off those burkas", "si elles enlevaient leur voile". Never one's own ("je dois enlever mon voile").
  `(if (they|them|those women|these women) (just |only |would |would just |could just )?(took|removed|ditched|dropped|lost|stopped wearing|got rid of)|(they|she|he|those women|these women|them) (should|ought to) (just |all |really )?(take|remove|ditch|drop|lose|stop wearing|get rid of))( off)? (the|their|those|these|her|his|that|all the|all those) ${RELIGIOUS_DRESS}`,
  `(si (elles|ils) (enlevaient|retiraient|otaient|lachaient)|(elles|ils) (ont (juste|rien qu'|seulement) a|devraient (juste )?) ?(enlever|retirer|oter|lacher)|qu'(elles|ils) (enlevent|retirent|otent)) (leur|leurs|le|la|les|ce|ces|cette) ${RELIGIOUS_DRESS_FR}`,
  // Their language looked down on, as the reason they are where they are: "if she spoke proper English", "they should learn proper English".
  "(if (they|she|he|them) (just |only |actually |ever )?(learned|learnt|spoke|bothered to learn|bothered to speak|could speak|could learn)|(they|she|he|them) (should|must|ought to) (just |actually |first )?(learn|speak)|(make|tell) (them|her|him) (to )?(learn|speak)) (proper|decent|real|normal|good) (english|french)",
  "(qu'(ils|elles) apprennent|si (ils|elles) (parlaient|apprenaient)) (a parler |le francais |l'anglais )?(comme du monde|comme il faut|correctement)",
  `${GROUND_EN} ${GAP}${STEREOTYPE_EN}`, `${GROUND_FR} ${GAP}${STEREOTYPE_FR}`, 'there goes the neighbou?rhood', '(on (her|their) period|time of the month)(,)? (\\S+ ){0,4}(women|females)',
];

/** Slurs: hateful language is both harassment and obscene. Words that are ordinary elsewhere ("en retard", "a fag" for a cigarette, "riz sauvage") need the slur's own context. */
export const SLUR = [
  'faggots?', '(?<=(bunch of|those|these|you|u|ur|stupid|filthy|dirty|fucking) )fags', 'fags(?= (holding|kissing|marrying|everywhere))', 'dykes?', 'trann(y|ies)',
  // "en retard", "du retard": French for late.
  'retarded', '(?<!(en|de|du|un|le|les|des|sans|avec|aucun) )retards?', 'spastic', 'spaz', 'p[a\\*@4]kis?', 'n[i1\\*]gg(er|a)s?', 'ch[i1]nks?', 'kikes?', 'wogs?', 'gypos?', 'gyppos?', 'pikeys?', 'tinkers(?= (out|off|everywhere|camped))', 'negres?',
  'bougnoules?', 'tapettes?', 'pedes?', '(les|des|ces|maudits?|sales?) sauvages', 'mongolien(ne)?s?', '(espece de|gros|grosse|sale|un|une) mongole?',
  // The same slurs with letters hidden ("the p*keys", "f*gg*ts"): hiding a letter shows the writer knows what the word is.
  // Only words of five letters or more: a hidden letter in a short word ("d*ke", "w*g") could be any word.
  ...['pikey', 'pikeys', 'faggot', 'faggots', 'tranny', 'trannies', 'spastic', 'spastics', 'retard', 'retards', 'retarded', 'nigger', 'niggers', 'nigga', 'niggas',
    'chinks', 'gyppo', 'gyppos', 'tinkers', 'negre', 'negres', 'bougnoule', 'tapette', 'tapettes', 'mongol', 'mongols'].map(masked),
];

/** Profanity that an obfuscation-aware English list can miss: starred and French forms. */
export const PROFANITY = [
  'f[\\*#@!]+(k|ck|ing|in|cking|king|ed|er|s)?\\w*', 'f[u\\*][\\*c]k\\w*', 'sh[i\\*]t(?!ake)\\w*', 'c[\\*u]nts?', 'c\\*+t', 'w[a\\*]nk\\w*', 'tw[a\\*]ts?', 'b[i\\*]tch\\w*', 'b\\*+', 'pr[i\\*]ck',
  'fucking', 'fuck\\w*', 'motherf\\w+', 'bastards?', 'arseholes?', 'assholes?', 'a\\*+holes?', 'p[u\\*]ss(y|ies)', 'dickheads?', 'd[i\\*]ckheads?', 'bollocks', 'b[o\\*]ll[o\\*]cks', 'stfu',
  'crisse', 'calisse', 'caliss', 'tabarnak', 'tabarnac', 'tabarnouche', 'osti(e)?', 'esti(e)?', 'ciboire', 'sacrament', 'calvaire', 'putains?', 'putes?', 'salopes?', 'connards?', 'connasses?', 'encule(e|s)?', 'merde', 'bordel de merde',
  'fais chier', 'cachu', 'uffern', 'ffwc\\w*', 'ffyc\\w*', 'bastad', 'c\\*{3}(?![a-z*])',
  // Profanity with letters hidden ("p***k", "w**ker", "b*ll*cks"), the starred forms above aside.
  ...['prick', 'pricks', 'wanker', 'wankers', 'dickhead', 'dickheads', 'bellend', 'bellends', 'bastard', 'bastards', 'arsehole', 'arseholes', 'asshole', 'assholes',
    'bollocks', 'tosser', 'tossers', 'knobhead', 'fucking', 'fucker', 'fuckers', 'shite', 'bitch', 'bitches', 'twats', 'cunts', 'slut', 'sluts', 'whore', 'whores'].map(masked),
];

/** Violent or graphic material, in a post or in what it shares. */
export const VIOLENT_MATERIAL = [
  '(repeatedly|brutally|savagely) (kicked|punched|stabbed|beaten|hit|stomped)', 'kicked in the (head|face)', 'stamped on (his|her|their) head', 'beaten (up|to death|unconscious)',
  'stabb(ed|ing) (repeatedly|to death|outside|in the)', 'shot dead', 'stabbing video', 'beheading', 'gory', '(blood and|full of) gore', 'gore (video|footage|pics)', 'graphic (video|footage|images|content)', 'blood everywhere',
  'fight (video|footage)', 'battu a mort', 'coups de pied a la tete', 'video (de|d\'une) bagarre', 'poignardee? (a mort|en pleine rue|devant)', 'tabassee?',
];

export const MOCKING_APPROVAL = ['😂', '🤣', 'had (that|it) coming', 'deserved (it|that)', 'absolute scenes', 'lol', 'lmao', 'bien bon pour', 'il l\'a cherche'];
