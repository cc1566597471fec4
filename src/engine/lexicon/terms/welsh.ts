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
