/** Parties and movements, matched case-insensitively because the names are unambiguous. */
export const PARTY = [
  'ndp', 'ontario ndp', 'npd', 'tories', 'tory', 'pc party', 'ontario pcs?', 'ppc', 'caq', 'pq', 'plq', 'qs', 'quebec solidaire', 'parti (liberal|quebecois|conservateur|vert|libéral)',
  'bloc quebecois', 'plaid cymru', 'reform uk', 'lib dems?', 'liberal democrats', 'ceidwadwyr', 'geidwadwyr', 'llafur', 'democratiaid rhyddfrydol',
  '(notre|our|mon|my) (deputee?|mpp|mp|ms|mna)',
  'poilievre', 'carney', 'trudeau', 'doug ford', "(premier )?ford('s)? (government|govt|cuts|conservatives|pcs|tories)", 'premier ford', "(le |la )?(gouvernement|premier ministre) legault", 'legault', 'st-pierre plamondon', 'starmer', 'farage', 'badenoch', 'rhun ap iorwerth', 'eluned morgan',
  '(conservative|liberal|green|labour) party', '(pc|ndp|liberal|conservative|green|tory|labour|plaid|reform|caq|pq) candidates?', 'welsh (labour|conservatives|tories|lib dems|greens)', 'snp', 'ontario liberals?', 'ontario greens?', 'parti vert', 'green party',
  'jagmeet singh', 'marit stiles', 'bonnie crombie', 'mike schreiner', 'blanchet', 'nadeau-dubois', 'ruba ghazal', 'eric duhaime', 'pablo rodriguez',
  'sunak', 'boris johnson', 'ed davey', 'jane dodds', 'drakeford', 'vaughan gething', 'andrew rt davies', 'darren millar',
];

/** Words that give a party or candidate a stance: praise, blame, a call to act. */
export const STANCE = [
  '(is|are|was) the only (serious|credible|real|sensible|viable|decent|honest) (one|option|choice|party|plan|candidate)', '(le|la) seule? (option|choix|parti|plan|candidate?) (serieuse?|credible|valable)',
  'support', 'supports', 'appui', 'proud', 'fier', 'fiere', 'love', 'great', 'agree', 'crisis', 'crise', 'vote', 'votez', 'voter', 'rally', 'campaign', 'campagne',
  'shame', 'shameful', 'failed', 'failing', 'betray\\w*', 'disgrace(ful)?', 'deserve(s)? better', 'corrupt', 'liars?', 'lying', 'let (us|you|them|everyone) down',
  'destroy(ed|ing)?', 'ruin(ed|ing|s)?', 'detrui(t|re|sent)', 'saccag(e|er|ent)', 'a bas', "hate qu'(ils|il|elle) (partent|parte|s'en aillent)", "can'?t wait (for|to see) (them|him|her) (go|gone|out)", "(don'?t|do not) let them", '(get|vote|kick) (them|him|her) out', 'lost my vote', 'let ?down', 'incompetent', 'time for a new (premier|government|first minister|pm|prime minister)',
  'only party', 'seul parti', 'the only (one|party|option|choice|hope)', 'makes sense', 'had \\d+ years', 'look where (we are|it got us)', 'honteu(x|se)', 'menteurs?', 'corrompue?s?', 'merci', 'thank (you|u)', 'gwarthus', 'haeddu gwell', 'cywilydd', 'diolch',
];

/** Party names that are also ordinary words: counted only when capitalized in the original text. */
export const CAPITALIZED_PARTY = /(?<![\p{L}])(Labour|Liberals?|Conservatives?|Greens?|Reform|Plaid|Conservateurs|Libéraux|Liberaux)(?![\p{L}])(?!\s+(?:spaces?|estimates?|wards?|pains?|suite|room|unit|energy|light|card|belt|beans?|tea|bins?|shoots?|ways?|areas?|market|day|lane|street|road|shirts?|skirts?|scarf|pattern|pricing|views?)(?![\p{L}]))/gu;

/**
 * Parties the list above does not name, by their form: "Parti Progressiste-Citoyen", "the Forward
 * Wales Party". Counted only when capitalized and in a text about an election, so "il est parti"
 * and "the Christmas Party" are not parties.
 */
export const PARTY_BY_FORM = /(?<![\p{L}])(?:Parti(?:\s+|-)(?:(?:du|des|de\s+la|de)\s+|(?:de\s+l|d)['’])?\p{Lu}[\p{L}'’]+(?:[\s-]\p{Lu}[\p{L}'’]+){0,2}|(?!(?:Christmas|Xmas|Birthday|Holiday|Halloween|Tea|Pizza|Pool|Garden|Dinner|Office|Staff|Leaving|Retirement|Hen|Stag|Block|Street|House|Baby|Engagement|Anniversary|Summer|Winter|Easter|Launch|Watch|Dance|Pyjama|Slumber|Book|Costume|Surprise|Welcome|Graduation|Farewell|Boat|Beach|Toga|Family|Work|Team|Victory|Wrap|Release|Cocktail|Bachelorette|Bachelor|Fancy|Dress|Disco|Cake|Gender|Reveal|Tailgate|Bday|New|Year'?s?)\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+Party)(?![\p{L}])/gu;

/** An election in view, which makes a party by its form a party. */
export const ELECTION_CONTEXT = [
  'vote', 'votes', 'voting', 'votez', 'voter', 'votons', 'election', 'elections', 'elxn', 'ballot', 'polls', 'scrutin', 'candidate?s?', 'candidats?', 'campaign', 'campagne', 'manifesto', 'programme electoral', 'plateforme', '🗳️', '🗳',
];

export const PARTISAN_CALL = [
  'vote (them|him|her) out', "(i'?ll|i will|i'?m going to|gonna|i'?m) (be )?vot(e|ing) for (him|her|them)", '#vote[a-z]{3,}', '#(on|je|j|i|we|lets)vote[a-z]{2,}', '(knocking on doors|door-?knocking|canvassing|leafleting) (with|for)', 'choose wisely', 'vote wisely', '(choisissez|votez|choisis|vote) (bien|sagement)', 'vote (for|against) (the |a )?(candidate|party|liberal|labour|tory|ndp|conservative|green|plaid|reform|caq|pq)(?! of (your|their|ur) choice)', 'vote (ndp|labour|tory|plaid|green|liberal|conservative)', '(voting|i\'?m voting|we\'?re voting) (for )?(the )?(ndp|labour|tory|tories|plaid|green|greens|liberals?|conservatives?|reform|pc|pcs|snp|caq|pq|qs)',
  'votez (pour|contre) (une?|le|la|les) (candidate?|parti|depute)(?! de (votre|ton) choix)', 'votez (caq|pq|qs|plq|npd|liberal|conservateur)', 'pleidleisiwch', 'vote (them|him|her) in',
  '(on )?(june|juin|may|mai|october|octobre) \\d{1,2}(st|nd|rd|th)?,? (vote|votez)', 'vote on (june|may|october|november) \\d+',
  '#onpoli', '#cdnpoli', '#polqc', '#qcpoli', '#ukpolitics', '#generalelection', '#elxn\\d*', '#votelabour', '#votetory',
  'deputee? [a-z]+ [a-z]+ pour son appui', 'candidate? qui', 'time for (a )?change', 'like & share if you agree', 'shame on the [a-z]+ (conservatives|tories|labour|liberals|government)',
  '(conservatives|tories|labour|liberals|ndp|caq) (voted|voting) against', 'cywilydd ar', 'pleidleisio yn erbyn',
  'vote (for )?(the )?(ndp|labour|tory|tories|plaid|green|greens|liberal|liberals|conservative|conservatives|reform|snp|lib dems?)', 'votez (pour )?(le |la |les )?(npd|caq|pq|qs|plq|liberal|liberaux|conservateur|conservateurs|bloc|vert|verts)',
  "(don'?t|do not|never) vote (for )?(the )?(ndp|labour|tory|tories|plaid|green|greens|liberals?|conservatives?|reform|snp)", 'ne votez (pas|jamais) pour',
  '#vote(labour|tory|ndp|plaid|green|liberal|conservative|reform|snp|caq|pq|qs)', '#votez\\w+', 'get out (and|&) vote for', 'cast (your|ur) (vote|ballot) for',
  // A vote for change, or getting rid of those in power on election day: "votez pour le changement", "le 4 juin on s'en débarrasse".
  "(votez|votons|vote|voting|votes?) (pour|for) (le |du |a |un )?(changement|change)(?! (de|d'|du|des|of|to|in) )(?![a-z])",
  "(le )?\\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre),? (on (s'en|les|le|la) (debarrasse|sort|met dehors|flanque dehors|renvoie|degomme))(?![a-z])",
  "(aux elections|au scrutin|le jour du vote),? on (s'en|les|le|la) (debarrasse|sort|met dehors|flanque dehors|renvoie|degomme)(?![a-z])", "on (s'en|les|le|la) (debarrasse|sort|met dehors|renvoie|degomme) (le \\d{1,2}(er)? (mai|juin|octobre|avril|mars|novembre)|aux elections|au scrutin)(?![a-z])",
  "(on )?(may|june|october|november|april|march) \\d{1,2}(st|nd|rd|th)?,? (we|let'?s|lets) (get rid of|kick|boot|vote|throw) (them|him|her|the lot)( out)?(?![a-z])", "(get rid of|kick|boot|throw) (them|him|her|the lot) out (on|in) (may|june|october|november|april|march|thursday|election day)(?![a-z])",
];

/** Causes that conflict with a women's and newcomers' service's values (IWSO 6.5). */
export const VALUES_CONFLICT = [
  // Opposition to the people, their rights or their services, unless what is opposed is the harm done to them ("stop the hate against refugees").
  "(say no to|no to|stop|ban|block|halt|not in my backyard|nimby|non (au|a la|aux)|contre (le|la|les|l')|arretez) (?!(by|in|at|over|off|and|for|party|parties) )(?!(\\S+ ){0,3}?(hate|hatred|racism|violence|discrimination|stigma|blaming|bullying|attacks?|harassment|abuse|cuts?|cutting|deportations?|detention|racisme|haine|violence|discrimination|coupures?))(\\S+ ){0,3}?(immigration|immigrants?|refugees?|migrants?|newcomers?|asylum( seekers?)?|sponsorship|chain migration|the boats|mosques?|pride|lgbt\\w*|trans|abortion|shelters?|hostels?|drop-in|refuges?|refugies|demandeurs d'asile|nouveaux arrivants|mosquees?|fiertes?|avortement|maisons? d'hebergement)",
  "(no more|plus de|pas de) ([a-z-]+ )?(refugee|refugees|immigrant|immigrants|migrant|migrants|asylum|refugies|migrants)( hotels?| shelters?| housing| centres?| centers?)?", 'send them (somewhere else|back|home|elsewhere)', "(pas de|plus de|non aux?) (\\S+ ){0,2}(refugies|immigrants|demandeurs d'asile|migrants)",
  '(deport|send back|close the border to|kick out) (all )?(the )?(immigrants|refugees|migrants|newcomers|illegals)', 'anti-immigration', '(immigration|immigrants|refugees|migrants) (is|are) (ruining|destroying|invading|taking over)',
  // The country "full", doors and borders closed, and the slogans of the movement.
  "(canada|quebec|ontario|britain|the uk|england|wales|this country|our country|ottawa|our city|le quebec|le canada|notre pays) (is|est) (full|plein)", 'close (the|our) (doors?|borders?) (to|on)', 'close (the|our) borders', '(fermons|fermer|fermez) (les|nos) frontieres',
  'chain migration', 'mass immigration', 'immigration massive', '(the )?great replacement', 'grand remplacement', 'remigration', 'illegal aliens', '(migrant|immigrant|refugee) invasion', 'invasion (of|de) (migrants|immigrants|refugees|refugies)',
  // Public money taken from the services themselves: "stop city funding for newcomer settlement programs".
  "(stop|end|defund|no more) (all |the )?(city |government |public |federal |provincial |taxpayer |our )?(funding|money|grants?|subsidies) (for|to|of) (\\S+ ){0,2}(newcomers?|immigrants?|refugees?|migrants?|asylum seekers?|settlement|women'?s shelters?)",
  "(stop|end|no more) (funding|paying for) (\\S+ ){0,3}(for |to )?(newcomers?|immigrants?|refugees?|migrants?|asylum seekers?|settlement|women'?s shelters?)",
  "defund (the )?(\\S+ )?(newcomer|immigrant|refugee|settlement|women'?s shelters?)", "(couper|cesser|arreter) (le )?financement (des|du|aux?) (\\S+ ){0,2}(immigrants|refugies|nouveaux arrivants|organismes d'accueil|maisons d'hebergement)",
  // Public money spent on the people the organization serves, opposed: "stop spending our tax dollars on settlement programs for newcomers".
  "(stop|quit|end|no more) (spending|wasting|giving|handing( out)?|throwing|pouring|blowing) (all )?(our |my |your |the )?(hard-earned )?(tax (dollars|money)|taxes|taxpayers?'? (dollars|money)|taxpayer (dollars|money)|money|billions|millions|cash) (on|for|to|at) (\\S+ ){0,4}(newcomers?|immigrants?|immigration|refugees?|migrants?|asylum seekers?|settlement|foreigners|illegals|non-citizens)",
  "(our|my|your) (hard-earned )?(tax (dollars|money)|taxes) (going|wasted|spent|paying|used|given|handed) (to|on|for) (\\S+ ){0,4}(newcomers?|immigrants?|immigration|refugees?|migrants?|asylum seekers?|settlement|foreigners|illegals|non-citizens)", "(wasting|waste of) (our )?(tax (dollars|money)|taxpayer(s'?)? (dollars|money)) on (\\S+ ){0,4}(newcomers?|immigrants?|immigration|refugees?|migrants?|asylum seekers?|settlement|foreigners|illegals|non-citizens)",
  "(arretez|arreter|cessez|cesser|stop) (de )?(depenser|gaspiller|donner|garrocher) (nos|notre|l'argent de nos|l'argent des) (\\S+ ){0,2}(pour|sur|aux?|dans) (les |des )?(\\S+ ){0,3}(immigrants?|immigration|refugies|migrants|nouveaux arrivants|demandeurs d'asile|etrangers|organismes d'accueil)", "nos (impots|taxes) (pour|aux?|qui (vont|servent) (aux?|a)) (les |des )?(\\S+ ){0,3}(immigrants?|immigration|refugies|migrants|nouveaux arrivants|demandeurs d'asile|etrangers|organismes d'accueil)",
  // Fewer newcomers as a cause, and their services kept shut: "Cap Immigration", "keep the drop-in for newcomer moms CLOSED".
  "(cap|capping|limit|limiting|slash|slashing|reduce|reducing|curb|curbing) (\\S+ )?immigration(?! (fees?|wait|waits|waiting|backlogs?|processing|delays?|red tape|paperwork|lawyers?|consultants?|appointments?|forms?|costs?|times?))",
  "(plafonner|plafonnez|limiter|limitez|reduire|reduisez|couper|coupez|freiner) (l'|les seuils d'|le nombre d')immigra(tion|nts)",
  "keep (\\S+ ){0,5}(newcomers?|immigrants?|refugees?|migrants?|asylum seekers?)( \\S+){0,2} (closed|shut|out)(?![a-z])",
  "(gardez|garder|gardons) (\\S+ ){0,5}(nouveaux arrivants|nouvelles arrivantes|immigrants?|immigrantes?|refugie(e)?s|demandeurs d'asile|migrants)( \\S+){0,2} (ferme(e)?s?|dehors)(?![a-z])",
  // Natives before newcomers: "Canadians first", "les Québécois d'abord", "our own veterans before refugees".
  "(canadians?|quebecers|quebecois|ontarians|brits|britain|british people|the british|english people|our own people|our own|nos gens|les notres|les canadiens|les quebecois|les ontariens)( come)? first(?!\\s*[a-z0-9-])", "(canadiens|quebecois|ontariens|les notres|nos gens|les gens d'ici|nos aines) d'abord",
  "(take care of|look after|help|house|feed|fund) (our )?(own )?(veterans|homeless|seniors|pensioners|citizens|own people|own kids|own|people) (first )?(before|instead of|not) (\\S+ ){0,3}(newcomers?|immigrants?|immigration|refugees?|migrants?|asylum seekers?|settlement|foreigners|illegals|non-citizens)",
  "stop letting them in", "(they'?re|they are|immigrants are|refugees are|migrants are) (taking|stealing) our (jobs|homes|houses|benefits)", '(go|send them) back (to )?(where (they|you) came from|their (own )?countr(y|ies))', '(retournez|retourne) (chez vous|dans (ton|votre) pays)',
];

/**
 * A vote declared for a person by name, read on the original text: "je vote Dominique Lalonde", "mon
 * vote va à Marie Tremblay", "I'm voting for Sam Patel". A name of two capitalized words at least.
 */
export const VOTE_FOR_NAME = /(?<![\p{L}])(?:[Jj]e vote|[Jj]'vote|[Oo]n vote|[Nn]ous votons|[Jj]e vais voter|[Mm]on vote (?:va|ira|sera) (?:à|a|pour)|I(?:'m|’m| am) voting|I(?:'ll|’ll| will) vote|[Mm]y vote (?:goes|is going) to)(?:\s+(?:pour|for))?\s+\p{Lu}[\p{Ll}'’]+(?:[\s-]\p{Lu}[\p{Ll}'’]+)+/gu;

/** An election in view other than the word vote itself: a polling day, a ballot box, a campaign. */
export const ELECTION_SIGNAL = [
  'elections?', 'elxn', 'scrutin', 'ballot', 'polls', 'candidate?s?', 'candidats?', 'campaign', 'campagne', 'riding', 'circonscription', '🗳️', '🗳', '#\\w*vote\\w*',
  '(le )?\\d{1,2}(er)? (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)', '(january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}(st|nd|rd|th)?',
];
