/** Parties and movements, matched case-insensitively because the names are unambiguous. */
export const PARTY = [
  'ndp', 'ontario ndp', 'npd', 'tories', 'tory', 'pc party', 'ontario pcs?', 'ppc', 'caq', 'pq', 'plq', 'qs', 'quebec solidaire', 'parti (liberal|quebecois|conservateur|vert|libéral)',
  'bloc quebecois', 'plaid cymru', 'reform uk', 'lib dems?', 'liberal democrats', 'ceidwadwyr', 'geidwadwyr', 'llafur', 'democratiaid rhyddfrydol',
  '(notre|our|mon|my) (deputee?|mpp|mp|ms|mna)',
  'poilievre', 'carney', 'trudeau', 'doug ford', 'legault', 'st-pierre plamondon', 'starmer', 'farage', 'badenoch', 'rhun ap iorwerth', 'eluned morgan',
  '(conservative|liberal|green|labour) party', 'welsh (labour|conservatives|tories|lib dems|greens)', 'snp', 'ontario liberals?', 'ontario greens?', 'parti vert', 'green party',
  'jagmeet singh', 'marit stiles', 'bonnie crombie', 'mike schreiner', 'blanchet', 'nadeau-dubois', 'ruba ghazal', 'eric duhaime', 'pablo rodriguez',
  'sunak', 'boris johnson', 'ed davey', 'jane dodds', 'drakeford', 'vaughan gething', 'andrew rt davies', 'darren millar',
];

/** Words that give a party or candidate a stance: praise, blame, a call to act. */
export const STANCE = [
  'support', 'supports', 'appui', 'proud', 'fier', 'fiere', 'love', 'great', 'agree', 'crisis', 'crise', 'vote', 'votez', 'voter', 'rally', 'campaign', 'campagne',
  'shame', 'shameful', 'failed', 'failing', 'betray\\w*', 'disgrace(ful)?', 'deserve(s)? better', 'corrupt', 'liars?', 'lying', 'let (us|you|them|everyone) down',
  'only party', 'seul parti', 'the only (one|party|option|choice|hope)', 'makes sense', 'had \\d+ years', 'look where (we are|it got us)', 'honteu(x|se)', 'menteurs?', 'corrompue?s?', 'merci', 'thank (you|u)', 'gwarthus', 'haeddu gwell', 'cywilydd', 'diolch',
];

/** Party names that are also ordinary words: counted only when capitalized in the original text. */
export const CAPITALIZED_PARTY = /(?<![\p{L}])(Labour|Liberals?|Conservatives?|Greens?|Reform|Plaid|Conservateurs|Libéraux|Liberaux)(?![\p{L}])(?!\s+(?:spaces?|estimates?|wards?|pains?|suite|room|unit|energy|light|card|belt|beans?|tea|bins?|shoots?|ways?|areas?|market|day|lane|street|road|shirts?|skirts?|scarf|pattern|pricing|views?)(?![\p{L}]))/gu;

export const PARTISAN_CALL = [
  'vote (them|him|her) out', 'vote (for|against) (the |a )?(candidate|party|liberal|labour|tory|ndp|conservative|green|plaid|reform|caq|pq)(?! of (your|their|ur) choice)', 'vote (ndp|labour|tory|plaid|green|liberal|conservative)',
  'votez (pour|contre) (une?|le|la|les) (candidate?|parti|depute)(?! de (votre|ton) choix)', 'votez (caq|pq|qs|plq|npd|liberal|conservateur)', 'pleidleisiwch', 'vote (them|him|her) in',
  '(on )?(june|juin|may|mai|october|octobre) \\d{1,2}(st|nd|rd|th)?,? (vote|votez)', 'vote on (june|may|october|november) \\d+',
  '#onpoli', '#cdnpoli', '#polqc', '#qcpoli', '#ukpolitics', '#generalelection', '#elxn\\d*', '#votelabour', '#votetory',
  'deputee? [a-z]+ [a-z]+ pour son appui', 'candidate? qui', 'time for (a )?change', 'like & share if you agree', 'shame on the [a-z]+ (conservatives|tories|labour|liberals|government)',
  '(conservatives|tories|labour|liberals|ndp|caq) (voted|voting) against', 'cywilydd ar', 'pleidleisio yn erbyn',
  'vote (for )?(the )?(ndp|labour|tory|tories|plaid|green|greens|liberal|liberals|conservative|conservatives|reform|snp|lib dems?)', 'votez (pour )?(le |la |les )?(npd|caq|pq|qs|plq|liberal|liberaux|conservateur|conservateurs|bloc|vert|verts)',
  "(don'?t|do not|never) vote (for )?(the )?(ndp|labour|tory|tories|plaid|green|greens|liberals?|conservatives?|reform|snp)", 'ne votez (pas|jamais) pour',
  '#vote(labour|tory|ndp|plaid|green|liberal|conservative|reform|snp|caq|pq|qs)', '#votez\\w+', 'get out (and|&) vote for', 'cast (your|ur) (vote|ballot) for',
];

/** Causes that conflict with a women's and newcomers' service's values (IWSO 6.5). */
export const VALUES_CONFLICT = [
  '(say no to|stop|ban|block|against|keep (it|them) out|not in my backyard|nimby|non (au|a la|aux)|contre (le|la|les)) (\\S+ ){0,5}(shelter|refuge|refugees?|immigrants?|newcomers?|asylum|migrants?|mosque|women\'?s|pride|lgbt\\w*|trans|abortion|foyer|refugies|immigrants|femmes)',
  '(no more|plus de|pas de) ([a-z-]+ )?(refugee|refugees|immigrant|immigrants|migrant|migrants|asylum|refugies|migrants)( hotels?| shelters?| housing| centres?| centers?)?', 'send them (somewhere else|back|home|elsewhere)', "(pas de|plus de|non aux?) (\\S+ ){0,2}(refugies|immigrants|demandeurs d'asile|migrants)",
  '(deport|send back|close the border to) (all )?(immigrants|refugees|migrants|newcomers)', 'anti-immigration', 'immigration (is|are) (ruining|destroying)',
];
