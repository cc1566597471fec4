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
];
