/** Parties and movements, matched case-insensitively because the names are unambiguous. */
export const PARTY = [
  'ndp', 'ontario ndp', 'npd', 'tories', 'tory', 'pc party', 'ontario pcs?', 'ppc', 'caq', 'pq', 'plq', 'qs', 'quebec solidaire', 'parti (liberal|quebecois|conservateur|vert|libéral)',
  'bloc quebecois', 'plaid cymru', 'reform uk', 'lib dems?', 'liberal democrats', 'ceidwadwyr', 'geidwadwyr', 'llafur', 'democratiaid rhyddfrydol',
  'poilievre', 'carney', 'trudeau', 'doug ford', 'legault', 'st-pierre plamondon', 'starmer', 'farage', 'badenoch', 'rhun ap iorwerth', 'eluned morgan',
];

/** Party names that are also ordinary words: counted only when capitalized in the original text. */
export const CAPITALIZED_PARTY = /(?<![\p{L}])(Labour|Liberals?|Conservatives?|Greens?|Reform|Conservateurs|Libéraux|Liberaux)(?![\p{L}])/gu;

export const PARTISAN_CALL = [
  'vote (them|him|her) out', 'vote (for|against) (the |a )?(candidate|party|liberal|labour|tory|ndp|conservative|green|plaid|reform|caq|pq)', 'vote (ndp|labour|tory|plaid|green|liberal|conservative)',
  'votez (pour|contre) (une?|le|la|les) (candidate?|parti|depute)', 'votez (caq|pq|qs|plq|npd|liberal|conservateur)', 'pleidleisiwch', 'vote (them|him|her) in',
  '(on )?(june|juin|may|mai|october|octobre) \\d{1,2}(st|nd|rd|th)?,? (vote|votez)', 'vote on (june|may|october|november) \\d+',
  '#onpoli', '#cdnpoli', '#polqc', '#qcpoli', '#ukpolitics', '#generalelection', '#elxn\\d*', '#votelabour', '#votetory',
  '(notre|our|mon|my) (deputee?|mpp|mp|ms|mna)', 'deputee? [a-z]+ [a-z]+ pour son appui', 'candidate? qui', 'time for (a )?change', 'like & share if you agree', 'shame on the [a-z]+ (conservatives|tories|labour|liberals|government)',
  '(conservatives|tories|labour|liberals|ndp|caq) (voted|voting) against', 'cywilydd ar', 'pleidleisio yn erbyn',
];

/** Causes that conflict with a women's and newcomers' service's values (IWSO 6.5). */
export const VALUES_CONFLICT = [
  '(say no to|stop|ban|block|against|keep (it|them) out|not in my backyard|nimby|non (au|a la|aux)|contre (le|la|les)) (\\S+ ){0,5}(shelter|refuge|refugees?|immigrants?|newcomers?|asylum|migrants?|mosque|women\'?s|pride|lgbt\\w*|trans|abortion|foyer|refugies|immigrants|femmes)',
  '(deport|send back|close the border to) (all )?(immigrants|refugees|migrants|newcomers)', 'anti-immigration', 'immigration (is|are) (ruining|destroying)',
];
