/** What belongs to the organization, besides its names: its management, its decisions, its people. */
export const ORGANIZATION_TARGET = [
  'mgmt', 'the bosses', 'my boss', 'our boss', 'my manager', 'line manager', 'head office', 'senior leadership', 'the agency', 'the organisation', 'the organization',
  "(la |le |les )?(compagnie|entreprise|firme|agence|fournisseur|sous-traitant|pharmacie|cie)s? ([a-z-]+ ){0,2}(qui a|qui ont|ayant|sous) (le |un )?contrat avec", '(the )?(company|firm|contractor|agency|provider|supplier) ([a-z-]+ ){0,2}(that has|that holds|with|holding|on) the contract',
  // A contractor told by what it was hired for: "la compagnie de déneigement engagée pour l'hôpital", "the cleaning firm hired by the hospital".
  "(compagnie|entreprise|firme|sous-traitant|contracteur|agence)s? ([a-z'-]+ ){0,3}(engagee?s?|embauchee?s?|mandatee?s?|retenue?s?) (pour|par) (l'hopital|le cisss|le clsc|le chsld|l'etablissement|nous)", "(company|firm|contractor|agency|outfit)s? ([a-z-]+ ){0,3}(hired|contracted|brought in|engaged) (by|for) (the hospital|the trust|the health board|the council|us)",
  'la direction', 'direction', 'les boss', 'mon boss', 'ma boss', 'mon chef', 'ma cheffe?', 'chef d\'equipe', 'gestionnaires?', 'cadres?', 'l\'etablissement', 'le ciusss', 'l\'employeur', 'mon employeur',
  'rota', 'the rota', 'staffing', 'agency cover', 'note de service', 'memo', 'nouvelle (directive|politique|regle)', 'new (policy|rule|directive)', 'reunion', 'meeting',
  'service users?', '(my|our|the) clients', 'usagers?', 'collegues?', 'colleagues?', 'coworkers?', 'co-workers?', 'supervisor', 'superviseure?',
  'l\'urgence', 'the ward', 'chsld', 'clsc', 'higher[- ]ups', 'the powers that be',
  '(the )?front[- ]?line( staff| workers)?', 'upstairs', 'the top brass', 'en haut', 'this (place|company|organi[sz]ation|agency|charity|job)', 'cette (place|job|organisation|boite|shop|job-la)', 'at work', 'my (office|workplace|work)', 'our office', 'the office', 'mon bureau', 'notre bureau',
  '(work|my employer|the company|management|head office) (wants?|expects?|makes?|made|forces?|told) (us|me|staff)', '(working|work) (with|for|at) this [a-z]+',
  // Managers by what they run, which no sports team has: "the new area manager", "our service manager".
  '(area|regional|district|service|deputy|operations|practice|ward|unit|registered|care home) managers?',
  'senior management', 'the (ceo|director|directors|execs?)', '(our|my) (new |interim |acting )?(ceo|director|directors|executive director|chief executive|chief officer|deputy chief officer|execs?|senior managers?|bosses|trustees)', '(la|le) (directrice|directeur|dg|pdg)', 'hr', 'les rh', 'ressources humaines',
  'the families', 'families at work', 'the residents', 'the staff', 'staff', 'workers', 'intervenante?s?', 'travailleu(r|se)s? sociale?s?', 'educat(eur|rice)s?',
  'preposee?s?', 'pab', '(?<=(la|le|les|notre|nos|cette|ce) )receptionnistes?',
  // People on contract to the organization: "la gang du ménage sous contrat", "the contract cleaners".
  "(gang|equipe|personnel|employee?s|monde|gars|filles|preposee?s|compagnie|firme) (du |de |d')?([a-z-]+ ){0,2}(sous contrat|contractuel(le)?s?)", '(contract|contracted|agency) (cleaners|cleaning (crew|staff|team)|porters|security (guards|staff))',
];

/**
 * The caring professions: the organization's own people where it employs them (a health centre's
 * nurses), someone else's where it watches over services (a Community Health Council and the NHS).
 */
export const CARE_PROFESSIONS = [
  'infirmiere du', 'nurses? at', 'infirmieres?', '(medecins?|docteurs?) (du|de la|de l\'[a-z]+)', 'ambulanci(er|ere)s?', 'paramedics?', 'social workers?', 'support workers?', 'caseworkers?',
];

/** Words for the organization's people that sport and other teams share ("my team", "management"): they count only when nothing outside is named beside them. */
export const AMBIGUOUS_TARGET = ['my team', 'our team', 'mon equipe', 'notre equipe', 'management', 'the board', 'the manager', 'leadership'];

/** Targets outside the organization, so that "the provincial cuts are a disgrace" is not read as disparagement. */
export const EXTERNAL_TARGET = [
  'government', 'gouvernement', 'provincial', 'province', 'federal', 'ministry', 'minister', 'ministre', 'ministere', 'premier', 'cuts', 'coupures', 'budget', 'senedd', 'parliament', 'westminster',
  'the system', 'booking system', 'phone system', 'gp', 'surgery', 'nhs', 'the council', 'le conseil', 'la ville', 'hydro', 'traffic', 'weather',
  'the (tories|conservatives|liberals|ndp|labour|government)', 'refs?', 'referees?', 'the (game|match|season|league|playoffs|lads)', '(hockey|football|soccer|rugby) (team|game|match)', "(equipe|club|match|partie) de (hockey|soccer|football|baseball|balle|curling|basket)",
  '\\d+-\\d+', 'sens', 'leafs', 'habs', 'canadiens', 'senators', 'raptors', 'redblacks', 'liverpool', 'everton', 'man (utd|united|city)', 'wrexham', 'swansea', 'cardiff city', 'la meteo', 'le trafic', 'la route', 'les routes', 'transit', 'the bus', 'the buses', 'the trains?', 'le traversier', 'airline',
  '(this|the|our|my) (city|town|country|province|world|society)', 'society', '(cette|la|notre) (ville|societe|province)', 'le monde',
];

export const NEGATIVE_JUDGEMENT = [
  // A pay grievance aired in public: "instead of the pay rise we were promised", "#underpaid".
  "(bande|gang|gagne) d'amateurs", "(engage|engagent|embauche|embauchent|prend|prennent) n'importe qui", 'bunch of (amateurs|cowboys|clowns)', '(hire|hires|hiring) (just )?anyone',
  '#?underpaid', "(maybe|try|how about|just|perhaps|mebbe) (pay|paying) (us|staff|people|the staff|workers|carers) (properly|decently|fairly|more|a living wage|what (we'?re|we are) worth)", "(payez|payer)(-nous| nous)? (comme du monde|correctement|decemment|comme il faut)",
  "['\"](wellbeing|well-being|staff|engagement|pulse) (survey|check-in|initiative|day|week)['\"]", '(instead of|rather than|but no|still no|still waiting (for|on)) (the |our |a |any )?(pay rise|payrise|raise|pay increase|back pay|bonus)', 'broken promises?', '(sous|mal)-?payee?s?', "toujours pas (eu|recu|vu) (notre|la|nos|une?) (augmentation|hausse|retro|retroactivite)",
  // A worker caught out: asleep or idle on shift while the call bells ring, "on vous voit".
  '(fait|font|faisait) des (siestes|sommes)', '(dort|dorment|dormait) (au travail|sur (son|leur) (quart|shift)|pendant (son|leur) (quart|shift))', '(sleeps?|sleeping|napping|naps) (on|during) (the job|shift|nights|(her|his|their) shift)',
  '(pendant|while) (que )?(les|the) (cloches|sonnettes|call bells|bells) (sonnent|go off|ring)', '(on (te|vous) voit|we see (you|u)),? (madame|monsieur|mister|missus)', '(sits?|sitting) on (her|his|their) phone all (day|night|shift)',
  '(an? |absolute |total |complete |such a |une? )?(joke|disgrace|shambles|farce|mess|nightmare|circus|cirque|honte|blague|farce|scandale)', 'pathetic', 'useless', 'incompetent', 'clueless', 'hopeless', 'lazy', 'arrogant',
  'incompetente?s?', 'arrogante?s?', 'nule?s?', 'pourrie?s?', 'minable', 'paresseu(x|se)', 'le pire', 'la pire', 'pire (gestionnaire|boss|chef|employeur)', 'worst (manager|boss|employer|place|team)',
  'pour rien', 'aucune idee', 'no idea what', 'no wonder', 'won\'t (get|give|pay|listen)', 'don\'t care', 's\'en foutent', 'se fout', 'crever', 'se paient des bonus', 'running on fumes', 'understaffed',
  'proper hard work', 'moan(ed|ing|s)?', 'give me strength', 'can\'t stand', 'sick of (them|management|this place)', 'nice of them', 'bonne chance a', 'vous allez aimer ca',
  'cywilydd', 'shame on', '🙄', '🤡', '🖕', '👎', '🤮',
  'embarrassing', 'an embarrassment', 'embarrassante?', 'nobody (upstairs |at the top )?(cares|listens)', "personne (en haut )?(s'en soucie|n'ecoute)",
  'zero (jugement|competence|empathie|respect|organisation)', 'aucune? (jugement|competence|empathie|respect)', 'no (common sense|respect|empathy|clue)',
  "(shouldn'?t|should not|should never) (even )?be (allowed|working|let near)", 'devrai(en)?t (meme )?pas (avoir le droit|travailler|etre la)', 'incapables?',
  '(are|r|sont) (so |too |really |si |tellement |trop )?(demanding|exigeante?s)', 'ungrateful', 'exigeante?s?', 'ingrate?s?', 'chiante?s?', 'penibles?', 'insupportables?',
  "s'en (fout|foutent|fiche|fichent|calisse|crisse|sacre)", 'sans[- ]c(oe|œ)ur', 'negligente?s?', 'negligence', 'negligent', 'heartless', "couldn'?t care less",
  "(doesn'?t|don'?t|didn'?t) give a (damn|toss|shit|crap)", 'appalling', 'disgusting', 'shocking', 'ridiculous', 'scandal(eux|euse|ous)', 'honteu(x|se)', 'une honte',
  'degueulasse', 'ecoeurante?', 'mal geree?s?', 'badly (run|managed)', 'mismanag\\w*', 'bande d\'(incompetents|idiots|imbeciles)', '(une )?gang d\'(incompetents|idiots|imbeciles|caves)',
  'bravo les (genies|boss|champions|cadres)', 'well done (management|geniuses)', 'toujours en retard', 'always late', "(never|jamais) (answer|answers|shows? up|listens?|la|la quand)",
  'worst (\\w+ )?(ever|i\'ve (ever )?seen)', 'a waste of (space|money|time)',
  "(don'?t|doesn'?t|do not|does not) deserve (their|her|his|them|it|kids|children)", 'ne meritent? pas (leurs?|ses|son|sa) (enfants|jeunes|kids)', 'losing my mind', 'drives? me (mad|crazy|insane|up the wall)',
  // Grievances in idiom: incompetence and indifference without a single insult.
  "(couldn'?t|could not|can'?t|cannot) (organi[sz]e|run|arrange|plan) (a|an) [a-z-]+ (in|at) (a|an)", "couldn'?t run a bath", 'run(s|ning)? on (goodwill|good will|thin air|fumes|goodwill alone)',
  'only care about (the )?(targets|money|numbers|figures|stats|profits?|budgets?|funding|ratings|boxes)', 'feel(s|ing)? like (a|just a) number', "(don'?t|doesn'?t|do not|does not) care about (us|staff|the staff|workers|the workers|the frontline|front ?line)",
  'roule sur la bonne volonte', '(juste|rien qu\'|rien que|seulement|pas juste) (un|une) numero(?! (de|ou|pour|a))', "(un|une) numero(?= (de dossier|parmi d'autres))",
  // Conditions judged unbearable, and insinuation: a weary "here we go again", a euphemism in scare quotes.
  'inhumaine?s?', 'inhumane', 'intenables?', 'deplorables?', 'lamentables?', 'catastrophiques?', 'inacceptables?', 'untenable', 'deplorable', 'unsafe (staffing|levels|conditions|ward|unit)', 'dangerously (understaffed|short)',
  "quelqu'un doit (parler|denoncer|agir)", 'someone (needs|has) to (speak up|say something|blow the whistle)',
  'we all know what (that|this) means', 'here we go again', 'on sait (bien |tous )?ce que (ca|cela) veut dire', 'on connait la chanson', 'encore une fois on',
  "'(exciting|new|great|fantastic|amazing) (opportunit(y|ies)|changes?|journey|chapter|efficienc(y|ies)|restructure)'", '"(exciting|new|great|fantastic|amazing) (opportunit(y|ies)|changes?|journey|chapter|efficienc(y|ies)|restructure)"',
  // Incompetence and contempt in idiom, and sarcasm about how staff are treated.
  "if it (bit|hit|slapped|smacked|kicked) (them|him|her|'?em)", "(couldn'?t|could not) (lead|organi[sz]e|manage) (a|an) [a-z-]+", "(hasn'?t|haven'?t|don'?t have|doesn'?t have) (got )?(a|any) clue",
  'not (one|a single one) of them', '(treat|treats|treated|treating) (us|staff|frontline staff|workers|the staff|employees|carers|nurses) like', 'why (everyone|everybody|nobody|staff|people) (quits|leaves|stays|is leaving)',
  'take(s)? (all )?the credit', 'cheers for that', 'thanks for nothing', "while (they|management|the bosses|the directors|head office|leadership) (hire|hired|pay|paid|give|gave|get|got|spend|spent)",
  'autre planete', 'deconnectee?s? (de la realite|du terrain)', "s'en lave(nt)? les mains", 'comme des (numeros|chiffres|pions|robots)', 'comme du betail', 'ridicule', "c'est rendu (ridicule|n'importe quoi|grave|pire)", "n'importe quoi",
  'on manque de tout', 'coupe(nt)? (encore )?dans (les|nos) services', "pendant qu'(ils|elles|on) (engage|engagent|se paient|se donnent)",
  "geree? comme (un|une) (depanneur|cirque|garderie|poulailler|bordel)", "(aucune|zero|pas d'|pas d'une) organisation", 'me parle(nt)? comme (a un chien|a un enfant|a une moins que rien)', 'pas fiables?',
  "(toujours|encore) moi qui (ramasse|fait tout|paie|paye|fais tout)", 'herding cats', 'nothing (ever )?gets (done|decided|fixed)', 'rien ne se (decide|fait|regle)', "j'en peux plus",
  // A partner or contractor found wanting: "pas capables de livrer les bons piluliers", "je sais pas comment ils ont eu le contrat".
  "(?<!(je|j'|chu|chus|suis|moi|j'suis) )pas (foutue?s? |meme )?capables?", "(je sais pas|je me demande|on se demande|je comprends pas) comment (ils|elles|il|elle) (ont|a) (eu|obtenu|gagne|decroche) (le|ce|leur|son) contrat",
  'how (did|do|does|on earth did) (they|he|she) (ever )?(get|win|land|keep) (the|that|this|their) contract',
  'micromanag\\w*', 'control freaks?', 'clowns', 'bunch of (clowns|idiots|muppets|amateurs)', 'gang de (clowns|caves|twits)', 'rien ne change jamais', 'nothing ever changes',
];
