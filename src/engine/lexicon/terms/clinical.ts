/** A client's clinical or case situation: health, care, treatment, risk, legal and immigration status. */
export const CLINICAL_SITUATION = [
  // Substance use and recovery
  'relaps(e|ed|es|ing)', 'sober', 'sobriety', '\\d+ ?(days?|wks?|weeks?|months?|mths?|yrs?|years?) (clean|sober)', 'using again', 'overdos(e|ed)', "od'?d", 'detox', 'rehab', 'withdrawal',
  '(too|so|was|were|is|got) (high|drunk|wasted|stoned)', 'rechute', 'sevrage', 'desintox', 'surdose', 'consomm(e|ait|ation)', 'en boisson',
  // Mental health and behaviour
  'suicid\\w*', 'self[- ]harm\\w*', 'cutting (herself|himself)', 'psychiatr\\w*', 'psych ward', 'psychos[ie]s?', 'schizophren\\w*', 'bipolaire?', 'depress(ion|ed)',
  'panic attacks?', 'meltdowns?', 'crise', 'automutilation', 'idees noires', 'nightmares?', 'cauchemars?', 'hallucinat\\w*',
  // Diagnosis, treatment and care
  'diagnos(is|ed|tic|tique)', 'therap(y|ie|ies|ist|eute)', 'counsell?ing session', 'medications?', 'meds', 'medicaments?', 'prescri\\w*',
  '(hip|knee|heart|brain) (operation|surgery)', 'operation', 'surgery', 'llawdriniaeth', 'chemo\\w*', 'dementia', 'demence', 'alzheimer\\w*',
  'a (fall|fell)', 'fell (again|down|over)', 'fait une chute', 'chutes?', 'hospitali[sz](ed|ee?|ation)', 'admitted', 'ward \\d+', 'wait(ed)? \\d+ hours? for a bed',
  '(no|a single|any) visitors?', "hasn'?t had a (single )?visitor", 'lonel(y|iness)', 'isolated',
  // Abuse, protection and legal situation
  'abus(e|ed|ive)', 'neglect(ed)?', 'assault(ed)?', 'domestic violence', 'violence conjugale', 'maltraitance', 'agressions?', 'signalement',
  'custody', 'garde (partagee|legale)', 'apprehend(ed)?', 'court (date|hearing|order)', 'tribunal', 'audience', 'retour (de sa|de son|a la maison|au domicile)',
  'took (her|his) (passport|pr card|papers)', 'passport', 'pr card', '(got|get|received|denied) (her|his|their) pr', 'permanent residen(ce|cy)', 'refugee claim', 'deport\\w*',
  'pour son dossier', 'son dossier', 'plan d\'intervention', 'case plan', 'her case', 'his case',
];
