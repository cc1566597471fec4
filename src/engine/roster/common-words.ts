/**
 * Everyday English and French words (folded: lower case, no accents) that a roster name may
 * collide with. A name made only of such words ("Grace", "Hope", "Rose", "Pierre", "Côté",
 * "Parent") needs name-like capitalization before it counts, and a text word in this list is
 * never taken for a typo of a name ("depuis" is not "Dupuis").
 */

/** Given names and surnames that are also ordinary words, in either language. */
const NAME_WORDS = `
grace hope faith joy rose lily daisy iris ivy holly heather violet jasmine ruby pearl amber
crystal jade ginger olive hazel fern willow autumn summer april may june august winter dawn eve
sky river brook rain storm star sunny sandy melody harmony destiny trinity mercy charity patience
prudence constance honor honour journey haven heaven angel bliss blossom cherry clementine poppy
primrose scarlet sage rowan robin wren jay drew will mark bill jack frank grant chase hunter mason
carter parker cooper tucker archer ranger colt ace king prince duke earl major bishop deacon rocky
rusty buddy bud buck bear fox hawk wolf miles rich dean guy ray pat sue gene glen dale lane wade
reed cliff rod art carol don van max sonny penny kitty lucky happy honey candy misty raven phoenix
ocean ash aspen birch cedar forest meadow clay stone flint jasper sterling cash banks kit dot bell
belle genesis precious blessing gift promise true unity liberty justice legend royal reign serenity
brown white black green grey gray young long short little small hill wood woods field fields ford
marsh moss lake pool bush park street church castle hall house cook baker butcher fisher porter
turner walker weaver miller potter shepherd knight page price power bond sharp strong hardy moody
swift best good love sweet wise bloom spring snow frost day chance case west north south east
english french welsh burns wells mills ward waters sparks barber butler fowler glover tanner
warren rice cross golden young page pope wolfe bird swan drake finch crane dove sparrow
pierre claire blanche marguerite violette fleur aime aimee desire constant fidele victoire modeste
honore aurore reine roi ange angele celeste perle ambre prune capucine cerise colombe clemence
esperance felicite noel pascal prosper marin loup france clement juste leger parent petit grand
brun blanc roux gagne cote pare carre dore aube boucher poisson meunier marie
ben bob rob marchand berger chevalier pilon huard
`;

/** Frequent words of four letters or more, guarding typo matching and lower-case first names. */
const FREQUENT_WORDS = `
about above after again against also always among another anyone anything around asked away back
because become been before being below better between both bring brought called came cannot care
case child children city clean close come comes coming could course daily dear does doing done
down during each early else enough even ever every everyone family fast feel felt final find first
float found free friday friend friends from gave give given goes going gone great group grow grown
hand happened hard have having head hear heard help here high hold home hours house however hugs
idea into just keep kind knew know known last late later least left less life like line little
live lives long look looking lost lots made make makes many mean meet might mind month more most
mother move much must name near need needed never next nice night none nothing once only open order
other others over own people place plan play please point post proud quite rather read ready real
really right room said same says school second seems seen sent shall share shared should show side
since small some something sometimes soon still such sure take taken team tell than thank thanks
that their them then there these they thing things think this those though thought three through
time today together told tomorrow tonight took tried true trying turn under until upon used very
wait want wanted watch week weekend well went were what when where which while whole will wish
with without woman women word work worked worker working world would year years your yours
again agency anniversary annual always awesome birthday blessed brave bravo caring client clients
coffee congrats congratulations court crew dinner drink event everyone finally funny graduation
grateful happy hello holiday honestly kids laundry lovely meeting message minute minutes morning
office party photo picture program proud service services shift sister staff story support
sweetie thanks tired training trust truly update visit weekend welcome worry years yesterday
depuis puis apres avant avec avoir cette ceci cela comme comment dans deja demain elle elles encore
enfant enfants entre etre faire fait faut fois gens grand grande heure heures hier ici jamais
jour jours juste leur leurs maintenant mais maison matin meme merci mere mieux moins monde notre
nous nouveau nouvelle pendant personne petit petite peut peux plus pour pourquoi quand quelle
quelque rien sans semaine seul seulement soir sont sous souvent suis sur tous tout toute toutes
travail tres trop vers vie ville voir votre vous vraiment aussi autre autres beaucoup belle bien
bonjour bonne bravo chez cher chere contre dire donc enfin ensemble equipe famille femme fille fils
frere histoire homme jeune journee lundi mardi mercredi jeudi vendredi samedi dimanche madame
mariee marier mairie mariage monsieur moment parce pere petits premier premiere quoi raison
retour soeur tellement temps toujours vacances venir voila courage dossier bureau usager usagere
intervenant intervenante client cliente clients reunion service services centre ecole
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `${NAME_WORDS} ${FREQUENT_WORDS}`.split(/\s+/).filter((word) => word.length > 0),
);

/** Titles before a name: "Mme Ouellet", "M. Poirier", "Dr Rose", "Mrs. Hope". */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'm', 'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'mme', 'mlle', 'mmes', 'madame', 'monsieur',
  'mademoiselle', 'prof', 'sr',
]);

/** Dotted letter pairs that are abbreviations far more often than someone's initials. */
export const INITIALS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'am', 'pm', 'ps', 'us', 'uk', 'nb', 'bc', 'ad', 'dc', 'eu', 'un', 'la', 'ny', 'qc', 'on', 'rn',
  'md', 'pr', 'it', 'hr', 'er', 'gp', 'tv', 'id', 'vp', 'cc', 'ok', 'po', 'pe', 'ue', 'ie', 'eg',
  'rv', 'nd', 'jr', 'sr', 'dr', 'mr', 'ms', 'st', 'ns', 'pq', 'ab', 'sk', 'mb', 'nl', 'yt', 'nt',
]);

/**
 * Words written with a capital wherever they stand, so that a capital proves nothing:
 * months, days, holidays, nationalities. A person named April or May is found by full name.
 */
export const ALWAYS_CAPITALIZED: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'christmas', 'easter', 'english', 'french', 'welsh', 'irish', 'scottish', 'canadian',
  'god', 'lord', 'jesus', 'christ', 'noel',
]);

/** Words after a name that make it a place: "Marsh Lane", "Stanley Rd", "Bronglais Hospital". */
export const PLACE_WORDS_AFTER: ReadonlySet<string> = new Set([
  'lane', 'street', 'st', 'road', 'rd', 'avenue', 'ave', 'drive', 'boulevard', 'blvd', 'way', 'park',
  'hill', 'bay', 'hospital', 'school', 'centre', 'center', 'hall', 'square', 'bridge', 'river',
  'lake', 'forest', 'county', 'township', 'village', 'estate', 'close', 'crescent', 'terrace',
  'gardens', 'library', 'church', 'station', 'mall', 'arena', 'college', 'university', 'clinic',
  'academy', 'court', 'place', 'grove', 'heights', 'falls', 'valley', 'beach', 'island', 'mountain',
]);

/** Words before a name that make it a place, mostly French: "rue Tremblay", "parc Jarry". */
export const PLACE_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'rue', 'chemin', 'ch', 'boul', 'boulevard', 'avenue', 'av', 'ecole', 'parc', 'lac', 'pont', 'place',
  'rang', 'montee', 'hopital', 'pavillon', 'ile', 'mont', 'pointe', 'riviere', 'fort', 'lake', 'mount',
  'port', 'cap', 'saint', 'sainte', 'st', 'ste',
]);
