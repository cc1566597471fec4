/**
 * Common Welsh words that are not English or French words, to tell a Welsh passage from a lone
 * Welsh greeting in an English post.
 */
export const WELSH_WORDS = [
  'mae', 'yn', 'yr', 'ein', 'eich', 'gyda', 'wedi', 'ddim', 'rydyn', 'rydw', 'dw', 'hefyd', 'nawr', 'heddiw', 'diolch', 'croeso', 'iechyd', 'gwasanaethau', 'ysbyty',
  'meddygon', 'meddyg', 'teulu', 'clywed', 'profiadau', 'profiad', 'eisiau', 'dewch', 'llenwch', 'erbyn', 'neu', 'ond', 'bod', 'arfer', 'oherwydd', 'swyddfa', 'gweithio',
  'gyfer', "i'r", "o'r", "a'r", 'yng', 'ym', 'ymlaen', 'edrych', 'siarad', 'cymraeg', 'cymru', 'gael', 'holwch', 'lleol', 'pobl', 'dros', 'gofalwyr', 'ddi-dal',
  'brechiadau', 'ffliw', 'fferyllfa', 'meddygfa', 'eu', 'ei', 'chi', 'dweud', 'gwell', 'haeddu', 'cyflogau', 'cynnig', 'erbyn', 'wych', 'gwely', 'aros', 'awr', 'stori',
  'rhannu', 'llawdriniaeth', 'nyrsys', 'swyddog', 'newydd', 'cwynion', 'eiriolaeth', 'cyfarfod', 'llais', 'ieuenctid', 'prysur', 'ffordd', 'adref', 'gweld', 'llyfrgell',
  'sownd', 'gau', 'eira', 'unman', 'cyngor', 'cymuned', 'gwirfoddolwyr', 'hyfforddiant', 'digwyddiad', 'diwrnod', 'bore', 'prynhawn', 'nos', 'wythnos', 'blwyddyn',
  'ydych', 'ydw', 'oedd', 'bydd', 'fydd', 'gallwch', 'gall', 'gan', 'roedd', 'bu', "rhaid", 'iawn', 'mwy', 'llawer', 'pawb', 'cael', 'gwneud', 'mynd', 'dod', 'yma', 'yno',
  'arolwg', 'cleifion', 'claf', 'gofal', 'cyhoeddus', 'cynghorau', 'cymunedol', 'ni', 'chwi', 'fy', 'dy', 'hwn', 'hon', 'hyn', 'rhain', 'dros', 'trwy', 'tuag',
  // Function words that English and French do not have: enough to put a sentence to the language identifier.
  'y', 'ar', 'o', 'yw', 'ydy', 'oes', 'sydd', 'fod', 'efo', 'hefo', 'nhw', 'ninnau', 'wrth', 'rhwng', 'heb', 'gan', 'felly', 'hefyd', 'ddoe', 'yfory', 'heno', 'eleni', 'pob',
  'ddydd', 'dydd', 'llun', 'mercher', 'iau', 'gwener', 'sadwrn', 'sul', 'ionawr', 'chwefror', 'ebrill', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr',
  // Common words of health, community and news posts.
  'llongyfarchiadau', 'llongyfarch', 'ennill', 'gwobr', 'flwyddyn', 'gwirfoddolwr', 'gwirfoddoli', 'aelod', 'aelodau', 'cadeirydd', 'prif', 'cynllun', 'adroddiad', 'blynyddol',
  'ymgynghoriad', 'barn', 'sylwadau', 'cwyn', 'gwasanaeth', 'ambiwlans', 'deintyddol', 'meddygol', 'nyrs', 'ysbytai', 'cartref', 'gartref', 'adre', 'cysylltu', 'cysylltwch', 'ffoniwch',
  'ymweld', 'ymweliad', 'croesawu', 'dathlu', 'cefnogaeth', 'cymorth', 'gwybodaeth', 'manylion', 'trafod', 'ddadl', 'gwylio', 'fyw', 'bil', 'amseroedd', 'sesiwn', 'galw', 'heibio',
  'rhannu', 'rhannwch', 'profiadau', 'cyfle', 'digwyddiadau', 'cynnal', 'croeso', 'gwaith', 'ysgol', 'teuluoedd', 'pobl', 'ifanc', 'hŷn', 'hyn', 'yma', 'lle', 'ble', 'pryd', 'sut',
  'cyngor', 'meddyg', 'fferyllfa', 'cyllid', 'torri', 'ysbyty', 'cymuned', 'diogel', 'iach', 'lles', 'ein', 'eich', 'ffurflen', 'llenwi', 'ar-lein', 'gwefan',
];

/**
 * Shapes of Welsh words that English and French words do not take: ŵ and ŷ; w as a vowel between
 * consonants (cwm, hwn, llwybr) or before y (gwyl, trwy); dd, ll, rh, ff, ngh, mh, nh opening a
 * word (mutations among them: ddaeth, nghymuned, mhrofiad); the endings of Welsh plurals, verb
 * forms and abstract nouns (profiadau, gwirfoddolwyr, rhannwch, gwasanaeth, cymdeithasol).
 * Matched against one lower-cased word at a time.
 */
export const WELSH_WORD_SHAPES: readonly RegExp[] = [
  /[ŵŷ]/u,
  /[bcdfghlmnprst]w[bcdfghlmnprsty]/u,
  /^(?:dd|ll|ngh|mh|nh)[aeiouwy]|^rh[aeiouwy]|^ff[aeiouwyr]|^ym[bcdgmwl]|^gw[aeiouyr]|^chw/u,
  /[bcdfghlmnprst]i?au$|[yw]dd|oedd|edd$|wch$|aeth|iaeth|wyr$|wyd$|ydd$/u,
];

/**
 * Welsh words of greetings, thanks and wishes, and the little words around them: a segment made
 * of these is a greeting ("Diolch yn fawr iawn!", "Blwyddyn Newydd Dda i chi gyd"), not a Welsh
 * passage.
 */
export const WELSH_GREETING_WORDS: ReadonlySet<string> = new Set([
  'diolch', 'fawr', 'iawn', 'bore', 'da', 'dda', 'nadolig', 'llawen', 'pob', 'hwyl', 'shwmae', 'sumae', 'croeso', 'cynnes', 'blwyddyn', 'newydd',
  'galon', 'nos', 'prynhawn', 'noswaith', 'llongyfarchiadau', 'hapus', 'pen-blwydd', 'bawb', 'pawb', 'helo', 'yn', 'o', 'chi', 'i', 'a', 'ac',
  'gyd', 'cyd', 'am', 'y', 'yr', 'cymru', 'dydd', 'gwyl', 'gŵyl', 'dewi', 'sant', 'santes', 'dwynwen', 'annwyl', 'cariad', 'ffrindiau',
]);

/** Words that mark an English or French sentence: a segment with as many of these as Welsh words is not Welsh. */
export const ENGLISH_FRENCH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'an', 'and', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'our', 'we', 'you', 'your', 'is', 'are', 'was', 'were', 'be', 'will', 'by', 'from',
  'this', 'that', 'it', 'its', 'have', 'has', 'us', 'my', 'me', 'they', 'their', 'not', 'or', 'as', 'if', 'so', 'up', 'out', 'about', 'just', 'can',
  'get', 'all', 'who', 'what', 'when', 'where', 'how', 'there', 'here', 'do', 'did', 'been', 'being', 'he', 'she', 'his', 'her', 'them', 'but', 'into',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'pour', 'avec', 'nous', 'vous', 'sur', 'dans', 'au', 'aux', 'ce', 'cette', 'qui',
  'que', 'pas', 'par', 'à', 'sont', 'je', 'il', 'elle', 'ils', 'mais', 'ou', 'notre', 'votre', 'nos', 'vos', 'son', 'sa', 'ses', 'mon', 'ma', 'mes',
]);
