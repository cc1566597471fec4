/** Live whereabouts and home details, which are rarely essential to a message (CHC: "only if absolutely essential"). */
export const NON_ESSENTIAL_LOCATION = [
  '(straight |then |and |heading |going )?home to [a-z]+', 'adref i', 'on my way to', 'ar fy ffordd', '(i\'m|i am|im) (stuck|staying|parked|sat|sitting) (in|at|on)', 'staying at (the )?[a-z]+',
  'room \\d+', 'bay \\d+', 'parked (up )?(in|at|on|outside|opposite|behind|by|near|next to|across from|round the back of)', "(i'?m|i am|we'?re|we are|i'?ve|we'?ve) (just )?parked (up|round|down)", 'wedi parcio', 'parcio (tu allan|y tu allan|tu fas|o flaen|ger|wrth|yn|ym|yng)', 'stationnee? (devant|en face|pres|a cote|au|a la)', 'car park', '(silver|black|white|red|blue|grey|gray|green) (corsa|fiesta|golf|polo|clio|civic|corolla|car|van|ford|vauxhall)',
  'sownd yn', 'yn sownd', 'i live (in|on|at|near)', 'my (house|flat|street|home address)', 'dw i\'n byw', 'rydw i\'n byw', 'j\'habite (a|au|sur)', 'je suis (pris|prise|coince|coincee) a',
  '(working|work|wfh) from (home|my (house|flat|kitchen|sofa)) (in|at)', 'from (my|our) (home|house|flat|kitchen|garden|sofa|couch) (in|at)', 'at home in', '(my|our) (hotel|b&b|airbnb|caravan)',
  'staying (with|over (at|in|with))', 'a b&b (in|just|outside|near)', "(i'?m|i am) (at|in) (my|the) (house|flat|mum'?s|mam'?s|parents'?|nan'?s) in",
  '(heading|driving|going|getting) back to [a-z]+', '(home|back) (by|for) \\d', "(i )?live (just )?(round|around|down) the (corner|road|street)", "my (car|van)('s| is) (the|parked)",
  '(on|in) the (train|bus|plane|ferry|coach) (to|from|home)', '(writing|posting|typing) this (from|in|at) (the |a |my )?', "(while|as|whilst) (i|i'?m) (wait|waiting) (for|on) (my|the) (train|bus|flight|plane|ferry|lift|taxi)", "(rwy'?n|dw i'?n|rydw i'?n) ysgrifennu (hwn|hyn) o", "(j'?ecris|je publie) (ceci|ca) (de|du|depuis)", 'back (in|home to|to) [a-z]+ by \\d', 'ar y (tren|bws) i', 'yn ol (yn|i) [a-z]+ erbyn', 'dans le (train|bus|traversier) (pour|vers)',
  "gweithio (o|o'r) (ty|dy|adref|gartref)", '(o )?adref yn', 'gartref yn', '(dw i|rydw i|rwy) (yn )?aros (yn|yng|ym|mewn)', 'je travaille de (la )?maison (a|au)', 'en teletravail (a|de|depuis)',
];
