/** What belongs to the organization, besides its names: its management, its decisions, its people. */
export const ORGANIZATION_TARGET = [
  'management', 'mgmt', 'the bosses', 'my boss', 'our boss', 'my manager', 'line manager', 'head office', 'senior leadership', 'the board', 'the agency', 'the organisation', 'the organization',
  'la direction', 'direction', 'les boss', 'mon boss', 'ma boss', 'mon chef', 'ma cheffe?', 'chef d\'equipe', 'gestionnaires?', 'cadres?', 'l\'etablissement', 'le ciusss', 'l\'employeur', 'mon employeur',
  'rota', 'the rota', 'staffing', 'agency cover', 'note de service', 'memo', 'nouvelle (directive|politique|regle)', 'new (policy|rule|directive)', 'reunion', 'meeting',
  'service users?', '(my|our|the) clients', 'usagers?', 'collegues?', 'colleagues?', 'coworkers?', 'co-workers?', 'my team', 'mon equipe', 'supervisor', 'superviseure?',
  'l\'urgence', 'the ward', 'chsld', 'clsc', 'infirmiere du', 'nurse at',
];

/** Targets outside the organization, so that "the provincial cuts are a disgrace" is not read as disparagement. */
export const EXTERNAL_TARGET = [
  'government', 'gouvernement', 'provincial', 'province', 'federal', 'ministry', 'minister', 'ministre', 'ministere', 'premier', 'cuts', 'coupures', 'budget', 'senedd', 'parliament', 'westminster',
  'the system', 'booking system', 'phone system', 'gp', 'surgery', 'nhs', 'the council', 'le conseil', 'la ville', 'hydro', 'traffic', 'weather',
];

export const NEGATIVE_JUDGEMENT = [
  '(an? |absolute |total |complete |such a |une? )?(joke|disgrace|shambles|farce|mess|nightmare|circus|cirque|honte|blague|farce|scandale)', 'pathetic', 'useless', 'incompetent', 'clueless', 'hopeless', 'lazy', 'arrogant',
  'incompetente?s?', 'arrogante?s?', 'nule?s?', 'pourrie?s?', 'minable', 'paresseu(x|se)', 'le pire', 'la pire', 'pire (gestionnaire|boss|chef|employeur)', 'worst (manager|boss|employer|place|team)',
  'pour rien', 'aucune idee', 'no idea what', 'won\'t (get|give|pay|listen)', 'don\'t care', 's\'en foutent', 'se fout', 'crever', 'se paient des bonus', 'running on fumes', 'understaffed',
  'proper hard work', 'moan(ed|ing|s)?', 'give me strength', 'can\'t stand', 'sick of (them|management|this place)', 'nice of them', 'bravo la gang', 'bonne chance a', 'vous allez aimer ca',
  'cywilydd', 'shame on', '🙄', '🤡', '🖕', '👎', '🤮',
];
