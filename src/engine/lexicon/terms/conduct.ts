/** Abuse aimed at a person: insults, ridicule of traits, intimidation. */
export const INSULT = [
  '(absolute|total|complete|utter|such an?|you|ur|youre|you\'re|u) (clown|idiot|moron|loser|twat|dickhead|prick|wanker|w\\*+nker|muppet|cow|bitch|slag|waste of space)',
  'shut (ur|your|yer) (\\S+ )?(mouth|face|gob)', 'nobody asked (u|you)', 'go f\\S* (yourself|urself)', 'crawl back under', 'get a grip',
  'thinks (she|he)\'?s (a model|so pretty|hot|clever|smart|special)', 'some(one|1) (pls |please )?tell (her|him)', '#delusional', 'delusional',
  'who does (she|he) think', 'look at (her|him|the state of)', '(fat|ugly|stupid|dumb|thick) (cow|pig|bitch|slob|idiot|loser)',
  'ta gueule', 'ferme ta (gueule|yeule)', '(grosse?|laide?|moche|conne?|niaiseu(x|se)|cave) (infirmiere|madame|fille|femme|vache|truie)', 'se pense (belle|beau|bonne?|hot)',
  'pour qui (elle|il) se prend', 'espece de', 'gros(se)? (porc|truie|vache|cochonne?)', 'imbecile', 'abrutie?', 'epaisse?', 'twpsyn',
];

export const THREAT = [
  'i (will|\'ll|am going to|\'m gonna|gonna) (find|break|kill|hurt|get|smash|end|batter|deal with) (u|you|ur|your|him|her|them)',
  'break (ur|your|his|her) (\\S+ )?(legs?|arms?|neck|face)', 'watch (ur|your) back', '(you|u)\'?(ll| will) (regret|pay for) (it|this)',
  'je (vais|va) (venir te voir|te trouver|te tuer|te casser|te faire|t\'attendre)', 'tu vas (le regretter|payer|voir ce qui)', 'fais attention a toi',
  'je sais ou tu (restes|habites|vis)', 'i know where (you|u) live', 'je sais que tu (lis|vois) mes messages', 'i know (you|u)\'?re (reading|seeing) (my|these)',
  'r[e]ponds[- ]moi', 'answer me', "t'as pas le droit de m'ignorer", 'stop ignoring me',
];

/** Remarks against people for a ground the Ontario Human Rights Code, the Equality Act 2010 or the Québec Charter protects. */
export const DISCRIMINATION = [
  '(foreigners|immigrants|refugees|migrants|asylum seekers|muslims|jews|blacks|gays|trannies|pakis|gypsies|natives|indians) (\\S+ ){0,6}(go home|go back|get out|out of here|learn english|should be|are all|ruin|invad|sent back)',
  '(go|send (them|em)) back (home|to (your|their) (own )?country)', 'learn (english|the language) or', 'speak english', 'jabbering',
  '(retourne|retournez|retournent) (dans|chez) (ton|votre|leur) pays', 'parle(z)? francais ou', '(les )?(immigres|immigrants|refugies|arabes|musulmans|negres|noirs) (\\S+ ){0,6}(dehors|chez eux|envahi|volent)',
  'too old to (work|understand)', 'women (can\'t|cannot|shouldn\'t) ', 'typical (woman|female|immigrant|muslim|foreigner)',
  'mewnfudwyr',
];

/** Slurs: hateful language is both harassment and obscene. */
export const SLUR = [
  'fag(got)?s?', 'dykes?', 'trann(y|ies)', 'retard(ed|s)?', 'spastic', 'spaz', 'pakis?', 'n[i1\\*]gg(er|a)s?', 'ch[i1]nks?', 'kikes?', 'wogs?', 'gypos?', 'negres?',
  'bougnoules?', 'tapettes?', 'pedes?', 'sauvages?', 'mongol(e|ien|ienne)?',
];

/** Profanity that an obfuscation-aware English list can miss: starred and French forms. */
export const PROFANITY = [
  'f[\\*#@!]+(k|ck|ing|in|cking|king|ed|er|s)?\\w*', 'f[u\\*][\\*c]k\\w*', 'sh[i\\*]t\\w*', 'c[\\*u]nts?', 'c\\*+t', 'w[a\\*]nk\\w*', 'tw[a\\*]ts?', 'b[i\\*]tch\\w*', 'b\\*+', 'pr[i\\*]ck',
  'fucking', 'fuck\\w*', 'motherf\\w+', 'bastards?', 'arseholes?', 'assholes?', 'dickheads?', 'bollocks',
  'crisse', 'calisse', 'caliss', 'tabarnak', 'tabarnac', 'tabarnouche', 'osti(e)?', 'esti(e)?', 'ciboire', 'sacrament', 'putains?', 'putes?', 'salopes?', 'connards?', 'connasses?', 'encule(e|s)?', 'merde', 'bordel de merde',
  'cachu', 'uffern',
];

/** Violent or graphic material, in a post or in what it shares. */
export const VIOLENT_MATERIAL = [
  '(repeatedly|brutally|savagely) (kicked|punched|stabbed|beaten|hit|stomped)', 'kicked in the (head|face)', 'stamped on (his|her|their) head', 'beaten (up|to death|unconscious)',
  'stabbing video', 'beheading', 'gore', 'graphic (video|footage)', 'blood everywhere', 'battu a mort', 'coups de pied a la tete', 'video (de|d\'une) bagarre',
];

export const MOCKING_APPROVAL = ['😂', '🤣', 'had (that|it) coming', 'deserved (it|that)', 'absolute scenes', 'lol', 'lmao', 'bien bon pour', 'il l\'a cherche'];
