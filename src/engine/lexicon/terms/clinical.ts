/** A client's clinical or case situation: health, care, treatment, risk, legal and immigration status. */
export const CLINICAL_SITUATION = [
  // Substance use and recovery
  'relaps(e|ed|es|ing)', 'sober', 'sobriety', '\\d{1,3} (days?|wks?|weeks?|months?|mths?|yrs?|years?) (clean|sober)', '\\d{1,3}(days?|wks?|weeks?|months?|mths?|yrs?|years?) (clean|sober)', 'using again', 'overdos(e|ed|es|ing)', "od'?d", 'detox', 'rehab', 'withdrawal',
  '(too|so|was|were|is|got) (high|drunk|wasted|stoned)', 'rechute', 'sevrage', 'desintox', 'surdoses?', 'consomm(e|ait|ation)', 'en boisson',
  'back on the (drink|drugs|booze|gear)', 'drinking again', 'using (drugs|meth|heroin|fentanyl)', 'addict(ed|ion)', 'alcoholi(c|sm)', 'fentanyl', 'heroin', 'toxicomanie', 'dependance', 'intoxique(e|s)?',
  // Mental health and behaviour
  'suicid\\w*', 'self[- ]harm\\w*', 'cutting (herself|himself)', '(started|is|was|been|back to) cutting( (herself|himself|themselves))? again', 'cutting again', 'cut (herself|himself|themselves|themself)', 'psychiatr\\w*', 'psych (ward|unit|hold|eval)', 'psychos[ie]s?', 'schizophren\\w*', 'bipolaire?', 'depress(ion|ed|ive)',
  'panic attacks?', 'meltdowns?', 'crise', 'automutilation', "s'est (encore |de nouveau )?(fait du mal|mutilee?|scarifiee?|coupee?)", 'se (fait du mal|mutile|scarifie)', '(leg|pressure|mouth|stomach|venous) ulcers?', 'bed ?sores?', 'plaies? de (lit|pression)', 'idees noires', 'nightmares?', 'cauchemars?', 'night terrors', '(hides|hiding|hoards?|hoarding|stashes|stashing) (food|bread|snacks)', 'panics? (whenever|when|every time|if)', '(try|trying|tried|agreed to|going into|in) respite', 'respite (care|stay|bed|placement)', '(moved|placed) (him|her|them) (to|in|into) a new (home|placement|foster home)', "(isn'?t|aren'?t|is not|are not|won'?t be|not) going (back )?home", '(the )?judge (ruled|decided|ordered|said|granted)', 'visites? supervisees?', 'supervised (visit|contact|access)', '(with|to) (her|his|their) (new )?foster (mom|mum|mother|dad|father|parents|family|home|carers?)', '(after|since) (his|her|their) (bad |recent )?fall', '(a fait|depuis sa|apres sa) chute', '(she|he) finally left (him|her)', '(she|he) left (him|her) (for good|at last)', '(finally|has|had) left (him|her abuser|her partner|her husband|his partner)', 'terreurs? (nocturnes?|la nuit|de nuit)', 'des terreurs', 'bedwetting', 'wets the bed', 'pipi au lit', 'hallucinat\\w*', 'sectioned', 'ptsd', 'eating disorder', 'anorexi\\w*', 'bulimi\\w*',
  'anxiety attacks?', 'crise d\'anxiete', 'sante mentale', 'mental health (crisis|episode|issues|problems)',
  "(hasn'?t|haven'?t|hadn'?t|can'?t|couldn'?t|won'?t) (slept|sleep|eaten|eat)", 'not (sleeping|eating)', 'ne (mange|dort) (plus|pas)',
  // Diagnosis, treatment and care
  'diagnos(is|ed|tic|tique|tiquee?)', 'therap(y|ie|ies|ist|eute)', 'counsell?ing session', 'medications?', 'meds', 'medicaments?', 'medication', 'prescri\\w*',
  '(hip|knee|heart|brain) (operation|surgery)', 'operation', 'surgery', 'llawdriniaeth', 'chemo\\w*', 'chimio\\w*', 'radiother\\w*', 'dementia', 'demence', 'alzheimer\\w*',
  'cancer', 'canser', 'tumou?rs?', 'strokes?', 'avc', 'heart attack', 'crise cardiaque', 'infarctus', 'seizures?', 'epilep\\w*', 'convulsions?', 'dialys\\w*', 'amputat\\w*',
  'care package', '(hip|knee|heart|cataract|back|bowel) op', 'waiting (\\w+ ){0,3}for (a|her|his) (care package|bed|operation|op|surgery)',
  'palliati(ve|f|fs)', 'end of life', 'fin de vie', 'terminally ill', 'pneumonia', 'pneumonie', 'sepsis',
  '(her|his|their|my|son|sa|ses) (cancer |chemo )?(treatment|traitement)', '(ei|eu) (driniaeth|thriniaeth)',
  'a (fall|fell)', 'fell (again|down|over|out of)', '(had|has|having|\\d+|two|three|deux|trois) falls?', 'fait une chute', 'chutes?',
  'hospitali[sz](ed|ee?|ation)', 'admitted', 'ward \\d+', 'wait(ed)? \\d+ hours? for a bed',
  '(in|into) an ambulance', '(called|call) an ambulance', 'blue[- ]lighted', 'en ambulance',
  '(taken|rushed|admitted|went|gone|back|moved|transferred) (in)?to hospital', 'in hospital', '(rentree?|admise?|transferee?|amenee?) a l\'hopital',
  '(moved|going|gone|went|placed|admitted) (in)?to (a )?(nursing|care) home', '(r?entree?|demenagee?|placee?|admise?) (en|au|dans un|dans une) (chsld|rpa|residence|centre d\'hebergement)',
  '(found|got|moved into|lost) (a|an|her|his|their) (own )?(apartment|apt|flat|place|housing|home|room)', 'trouve (un|une|son|sa|leur) (appart|appartement|logement|chambre)( a (lui|elle))?',
  'housing (application|waitlist|waiting list|list)', 'social housing', 'logement (social|subventionne)', 'hlm',
  '(no|a single|any) visitors?', "hasn'?t had a (single )?visitor", 'lonel(y|iness)', 'isolated',
  'bereave\\w*', 'grie(f|ving)', 'deuil', 'lost (his|her|their) (wife|husband|partner|son|daughter|mum|mom|mother|dad|father|baby|child)',
  'a perdu (sa|son) (femme|mari|conjointe?|fils|fille|mere|pere|bebe|enfant)', 'cried', 'crying', 'in tears', 'pleur(e|ait|ai|er)',
  // Abuse, protection and legal situation
  'abus(e|ed|ive)', 'neglect(ed)?', 'assault(ed)?', 'domestic violence', 'violence conjugale', 'maltraitance', 'agressions?', 'signalement',
  'custody', 'garde (partagee|legale)', '(perdu|perd|lost|losing|regained|retrouve|recupere) (la )?(garde|custody)', 'apprehend(ed)?', 'court (date|hearing|order)', 'tribunal', 'audience',
  'retour (de sa|de son|a la maison|au domicile)', 'into care', 'taken into care', 'placement (breakdown|broke down|ended|fell through|#?\\d+)', 'bris de placement',
  'kicked out (of|from)', 'evicted', 'eviction', 'expulsee?', 'homeless', 'itinerance', 'sans[- ]abri',
  '(moved|moving|placed|going|gone|went|back) (in)?to (a |the |his |her |their )?(new )?(group home|foster home|shelter|women\'?s shelter|refuge|transition house|residential placement|secure unit)',
  // A placement found: "finally has a stable foster family", "a enfin une famille d'accueil stable".
  '(has|have|got|found|finally has) (a |an )?(new |stable |permanent |long-term |forever )?foster (home|family|placement|carers?)',
  "(a|ont|obtenu|trouve) (enfin )?une (nouvelle |vraie )?famille d'accueil( stable| permanente| de proximite)?", 'placee?s? en famille d\'accueil',
  // Placements that move or break down, counted or told as a move: "moved outta her 3rd foster placement".
  '(moved|kicked|pulled|removed|taken|yanked|bounced) (out of|outta|from) (\\S+ ){0,2}((foster )?placements?|foster (home|family|homes|families)|group homes?)', '(\\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth) (foster )?(placement|foster home|group home)',
  // A stay in a group home, or care left for a first home of one's own: "l'année qu'elle a eue au foyer de groupe", "sort du foyer de groupe pour son premier appart", "aging out of care".
  "(au|en|dans un|de son|de sa|son|sa) foyer de groupe", "(sort|sortie?|sortir|sortent|quitte|quitter|a quitte|quittent) (du|de son|de sa|de la|de leur) (foyer de groupe|famille d'accueil|centre jeunesse|centre de readaptation|placement|ressource)", "(quitte|quitter|a quitte|quittent|quittera) (sa|son|leur|la|le) (foyer de groupe|famille d'accueil|centre jeunesse|placement)",
  'leaving care', 'care leavers?', '(aging|ageing|aged|ages|age) out of (foster )?(care|the system)', '(leaving|left|leaves|moving out of|moved out of) (the |his |her |their )?(group home|foster home)',
  'placement (moves?|changes?)', "(placed|be placed|being placed) (back )?(together )?(with|in|into) (a |an |one |the same |their |a new )?(foster (family|home|carers?|parents?)|famille d'accueil)", '(changement|bris|fin) de (placement|famille d\'accueil)', '(\\d+e|deuxieme|troisieme|quatrieme|cinquieme) (placement|famille d\'accueil|foyer)',
  // Parents working to have a child returned: "tellement d'efforts pour le ravoir a la maison".
  '(pour |de )?(le|la|les) ravoir', 'ravoir (son|sa|ses) (fils|fille|enfants?|petit|petite|bebe)', '(get|getting|have|having) (her|his|their) (son|daughter|kids?|children|baby|boy|girl|little one) back', '(reunification|reunifier) (familiale|with (her|his|their))',
  // Memory and autonomy lost, and a placement hoped for: "pertes de memoire", "qu'il va etre place bientot".
  'pertes? de (memoire|autonomie)', 'memory (loss|problems|issues)', '(losing|lost) (her|his|their) memory', '(va|vont|doit|devrait|soit|puisse) (etre )?placee?s? (bientot|en chsld|en ressource|en residence)', 'placement en (chsld|ressource|rpa|hebergement|residence)',
  // Abuse disclosed, an adoption, a no-contact order broken, a decline told plainly.
  '(finally |just )?disclosed (what|that|abuse|the abuse|sexual|everything|it)', 'made a disclosure', '(a fait|faire) (un|des) devoilements?', 'a devoile (ce que|les abus|tout)',
  '(manque|rate|manquee?s?) (\\d+|deux|trois|quatre|plusieurs|ses|tous ses) (rendez-vous|rdv)', 'missed (\\d+|two|three|four|several|all (her|his)|her|his) (appointments|appts|sessions)',
  'adopt(ed|ion)', 'adoptee?s?', 'no[- ]contact order', '(interdiction|ordonnance) de contact', '(gone|going|went) downhill', "(barely|hardly|doesn'?t|does not|no longer) knows? (his|her|their) own name",
  "(fait|faire) de l'errance", 'errance (la nuit|nocturne)', '(fracture|fracturee?) (de la|du|de) (hanche|poignet|bras|jambe|bassin)', '(broken|fractured) (hip|wrist|arm|leg|pelvis)',
  // Memory loss, told by what the person no longer knows.
  "thinks (i'?m|i am) (her|his) (daughter|granddaughter|son|grandson|mum|mom|mother|dad|father|wife|husband|sister|brother)", "(doesn'?t|didn'?t|no longer) (recogni[sz]e|remember) (me|us|her|his)", 'forg(ot|ets|etting) (who i am|my name|her name|his name)',
  'ran away', 'runs away', 'running away', 'runaway', '(went|gone|reported) missing', 'awol', 'fugu(e|ee|es|er|ait|ent)', 'en fugue',
  'arrested', 'arretee? par la police', 'police (found|picked|brought)', 'la police l\'a', 'in (jail|prison)', 'en prison', 'incarcer\\w*', 'behind bars', 'probation',
  'stalk(s|ed|ing|er)?', "(her|his) ex (keeps|kept|is|was|has|showed|shows|turned)", 'restraining order', 'peace bond', 'ordonnance de (protection|non-communication)',
  'fle(e|d|eing) (from )?(her|his|an|the) (abusive|violent) (partner|husband|home|ex|relationship)',
  'took (her|his) (passport|pr card|papers)', 'passport', 'pr card', '(got|get|received|denied) (her|his|their) pr', 'permanent residen(ce|cy)', 'refugee (claim|status|hearing)', 'deport\\w*',
  'work permit', 'study permit', 'permis de (travail|sejour|etudes)', 'asylum', 'demande d\'asile', 'statut de refugiee?', 'immigration (status|case|hearing|papers)', 'sans[- ]papiers', 'undocumented',
  // Substances and their treatments, as single words with their inflections
  'methadone', 'suboxone', 'naloxone', 'narcan', 'opioids?', 'opiates?', 'opioides?', 'crack cocaine', 'cocaine', 'crystal meth', 'meth', 'ketamine', 'benzos?', 'pills',
  '(stomach|estomac) (pumped|lave)', 'pumped (his|her|their) stomach', 'needle exchange', 'safe injection site', 'site d\'injection supervise',
  // Medications, conditions and services, in both languages
  'antidepress\\w*', 'antipsychoti\\w*', 'anxiolyti\\w*', 'insulin(e)?', 'lithium', 'ssris?', 'ritalin', 'chemotherap\\w*', 'radiation (therapy|treatment)',
  'autis(m|me|tic|tique|te)', 'adhd', 'tdah', 'fasd', 'tsaf', 'diabet(es|ic|e|ique)', 'blood pressure', 'hypertension', 'asthma', 'asthme', 'hiv', 'vih', 'hepatit(is|e)', 'tuberculos(is|e)',
  'pregnan(t|cy)', 'enceinte', 'grossesse', '(pre|ante|post)-?natal(e)?', 'post-?partum', 'ultrasound', 'echographie', 'miscarri(age|ed)', 'fausse couche', 'abortion', 'avortement', 'ivg',
  'the er', 'emerg', 'emergency (room|department|dept|ward)', '(at|in|to) (the )?(emergency|urgence|urgences|a&e|a and e)', 'a&e', 'icu', 'soins intensifs', 'intensive care',
  'camhs', 'cmht', 'crisis (team|unit|line|bed)', 'pedopsychiatr\\w*', 'mental health act', '(ward|unite|unit) (psychiatrique|de psychiatrie)', 'stroke unit', 'rehab(ilitation)? (unit|ward|centre|center)',
  'readaptation', 'catheters?', 'stoma', '(pressure|bed) sores?', 'incontinen\\w*', 'parkinson\\w*', 'multiple sclerosis', '(her|his|their) (ms|copd|ptsd|adhd|hiv)', 'universal credit', 'benefit sanctions?', '(pip|esa|dla) (claim|assessment|appeal|tribunal|form|award)', 'turned down for (pip|esa|dla|benefits|universal credit|housing)', 'sclerose en plaques', 'covid', '(aa|na) meetings?', 'alcoholics anonymous', 'broke (his|her|their) (arm|leg|wrist|hip|ankle)', 'soins palliatifs', 'maison de soins palliatifs', 'hospice', 'transfusion', 'points de suture', 'broken (hip|arm|leg|wrist)', 'fracture\\w*',
  'pour son dossier', 'son dossier', 'plan d\'intervention', 'case plan', 'her case', 'his case',
  // Legal proceedings told as where the day went: the court, the judge, an order extended.
  '(in|at|to|from) court', 'court (all|this|today|yesterday|again|tomorrow|tmrw)', '(youth|family|criminal|crown|magistrates|provincial|county) court', 'judges?', 'juges?',
  '(supervision|custody|care|protection|court|placement) orders?', '(extended|renewed|lifted|varied) the order', '(chambre|cour) de la jeunesse',
  // Appointments, assessments and the specialists who give them, with the person's possessive.
  '(her|his|son|sa) ([a-z-]+ ){0,2}(appointment|appt|assessment|scan|x-?ray|check-?up|consultation|referral|rendez-vous|rdv)',
  'orthophon\\w*', 'ergotherap\\w*', 'psycholog\\w*', 'psychoeduc\\w*', 'speech (therapy|therapist|and language)', 'occupational therap\\w*', 'physiotherap\\w*',
  'paediatrician', 'pediatrician', 'pediatre', 'neurolog\\w*', 'cardiolog\\w*', 'oncolog\\w*', 'audiolog\\w*', 'ophthalmolog\\w*', 'optometrist', 'specialist (appointment|appt|referral)',
  // Senses, disability and mobility.
  'registered (blind|disabled)', 'blind', 'aveugle', 'deaf', 'sourde?', 'partially sighted', 'visually impaired', 'sight loss', 'hearing aids?', '(in a|her|his|their) wheelchair', 'wheelchair (user|bound)', '(en|son|un) fauteuil roulant',
  'lost (her|his|their) (sight|eyesight|hearing|memory|mobility|speech|leg|legs)', 'learning disabilit(y|ies)', 'deficience intellectuelle', 'disabilit(y|ies)', 'handicap(e|ee|es|s)?', 'mobility (scooter|aid|issues)', 'walking frame', 'zimmer',
  // Staying off drink or drugs, and the drink itself.
  '(off|quit|given up|giving up|gave up|stopped|stopping|kicked|kicking|free of|without) (the )?(booze|drink|drinking|drugs|gear|smack|crack|weed|cannabis|alcohol|bottle|pills)', 'alcohol', 'alcool',
  "(arrete|cesse|lache|lachee) (de boire|de consommer|la boisson|la drogue|l'alcool)", 'sobre',
  // Medication taken, missed or refused.
  'pilules?', 'comprimes?', 'pilulier', '(blister|dosette|pill) (pack|box|organi[sz]er)',
  "(refus\\w*|won'?t take|stopped taking|missing|missed|skipping|skipped|forgetting|forgets|forgot|oublie) (ses|son|sa|her|his|their) (meds|medication|pills|medicaments|pilules|insulin|insuline|injection|inhaler|tablets)",
  // Housing conditions and threats the person lives under.
  '(her|his|their|son|sa|leur) (landlord|proprio|proprietaire)', '(call|calling|called|report|reporting|reported) immigration', '(mou?ld|moisissure)', 'threat(en|ened|ening|ens) (her|him|them|to (call|report|kick|evict|hurt|kill|throw|send|take (her|his|the) (kids|children|baby)))', 'menace(e|es|ees)? (de|d\'|par)',
  // Adversity by field rather than by phrase: a body hurt or born too soon, a death, school discipline,
  // the police and the courts, money and housing lost, exploitation, leaving an abuser, an emergency call.
  'stitch(es|ed)', 'bruis(e|es|ed|ing)', "(stopped|not|isn'?t|hasn'?t been|refusing|refuses to) eating", '(parents?|mum|mom|dad|mother|father) (are |is )?(both |still )?using', 'injur(y|ies|ed)', 'blesse(e|s|es)?', 'blessures?', 'points de suture', 'burns? (unit|ward)', 'broken (nose|ribs?|jaw|collarbone)',
  'born (at )?\\d{2} weeks', 'premature(ly)?', 'preemie', 'nicu', 'prematur(e|ee)', 'tested positive', 'positive for', 'declared positive', 'seropositi(f|ve)', 'depist(e|ee) positi(f|ve)',
  'passed away', 'passed on', 'died', 'death', 'funeral', 'deced(e|ee)', 'mort(e)? (hier|cette|ce matin|la nuit|subitement)', 'funerailles', 'salon funeraire',
  'stopped (eating|drinking|talking|speaking|taking)', 'refus(e|ait|ant) de (manger|boire|se lever)', 'weight loss', 'losing weight', 'malnourish\\w*', 'wander(s|ed|ing) (at night|off|the streets)', 'confused (again|at night)', 'delirium',
  '(ring|rang|rung|call|called|dial|dialled|dialed) (999|911|an ambulance|the police|the cops|police)', '(appele|appeler) (le )?911', 'paramedics? (came|were called|called)',
  '(got|been|was|were|being|is) (suspended|expelled|excluded)', '(suspension|expulsion|exclusion) (from school|de l\'ecole|scolaire)', '(suspendue?|expulsee?|renvoyee?) de l\'ecole', 'pupil referral',
  'drug (test|screen)', 'court[- ]ordered', 'tested clean', 'police (cell|station)', '(spent|passed) the night in (a )?(cell|custody|jail)', 'en cellule', 'garde a vue', 'relachee?', 'remis(e)? en liberte',
  '(charged|charges) (with|laid|dropped)', 'accuse(e)? de', 'out on bail', 'bail (hearing|conditions)', 'curfew', '(electronic )?tag fitted', 'youth (offending|justice)', 'young offender',
  "(sleeping|slept|sleeps) (in (her|his|their|a) (car|van|tent)|rough|on the streets|outside)", "(couch|sofa)[- ]surf(ing|s)", 'nowhere to (go|live|sleep|stay)', 'dort dans (son|sa|leur) (char|auto|voiture)', 'a la rue',
  '(lives|living|lived|live) in (her|his|their|a) (car|van|tent)', '(vit|vivent|vivait|habite|dorment|dormait) dans (son|sa|leur|une) (char|auto|voiture|tente|roulotte)',
  "(can'?t|couldn'?t|cannot) (make|pay|afford) (the |her |his |their )?(rent|bills|food)", 'rent arrears', 'behind on (rent|bills)', '(gas|electric|electricity|power|heat|heating|hydro) (cut off|shut off|disconnected)',
  '(benefits|payments|welfare|ow|odsp|esa|pip|universal credit|cheque|check) (got |have been |has been |were |was |being )?(stopped|cut|suspended|denied|sanctioned)',
  'on a trolley', 'trolley wait', 'corridor care', '(hip|knee|joint|shoulder) replacement', 'debt collectors?', 'in debt', 'dettes?',
  "(hasn'?t|haven'?t|wasn'?t|weren'?t|not) (been )?paid", 'unpaid wages', 'exploit(ed|ing|ation)', 'traffick(ed|ing)', 'trafic (humain|de personnes)', 'sponsorship', 'parrainage',
  '(finally )?(left|leaving|fled|escaped) (him|her|them|her husband|his wife|her partner|her boyfriend)', '(her|his) abuser', 'safe house', 'maison d\'hebergement', 'call from (cas|children\'s aid|social services|the police)',
  "(won'?t|doesn'?t|refuses to) (come out of|leave) (her|his|their) (room|flat|house|bed)", 'not coping', 'in a (really )?bad (place|way)', 'breakdown', 'spiral(l)?ing',
  "(lost|losing|lose) (her|his|their) (flat|home|housing|apartment|tenancy|job|benefits)", "(a |ont )?(perdu|perd|perdre) (son|sa|leur) (logement|appartement|appart|emploi|job|aide sociale)",
  "(a ete|ont ete|s'est fait|se sont fait) arretee?s?", '(claim|appeal|application|case|asylum) (was |got |has been |been |is )?(denied|refused|rejected|turned down)', 'soiled', 'left (in|on) (a |her |his )?(soiled|wet|dirty) (bed|sheets|pad)',
  'fever', 'fevers', 'fievre', 'temperature of', 'infection', 'infections?', 'vomit(ing|ed|s)?', 'vomi(t|ssement|ssements)', 'diarrh(o)?ea', 'diarrhee', 'dehydrat\\w*', 'deshydrat\\w*',
  // Contact with birth family, being thrown out, a suicide attempt, hospital discharge, a birth.
  '(visite|visites|contact) (avec|de) (sa|son|ses) (mere|pere|parents)', '(a vu|revu|a revu) (sa|son|ses) (mere|pere|parents)', '(contact|visit|visits) with (her|his|their) (birth )?(mum|mom|mother|dad|father|parents|family)',
  'birth (mum|mom|mother|father|dad|parents|family)', '(mere|pere|parents|famille) biologiques?', "(mise?|mettre|fait mettre|jetee?) (a la porte|dehors)",
  'mettre fin a ses jours', "(attempted|tried) to (end|take) (her|his|their) (own )?life", "(conge|sortie?|revenue?) de l'hopital", 'discharged (from|home|today|yesterday)',
  'accouch(e|ee|er|ement)', 'pouponniere', 'gave birth', 'had (her|the) baby', 'in labou?r',
  '(lettre|avis|ordre|mesure) de renvoi', '(deportation|removal) order', 'send (her|him|them) back', '(her|his) ex (found|finds|tracked|followed)',
  '(got|get|won|lost|losing) (his|her|their) (pip|esa|dla|benefits|universal credit) (back|award)?', 'on appeal', '(his|her) ([a-z-]+ )?(appointments|appts)',
  'pain relief', 'painkillers?', 'antidouleurs?', "(waiting|waited|been waiting) \\d+ (hours?|hrs|days?|weeks?|months?|years?) for(?! (that|this|it|him|her|them|me|you|us|revenge|payback|a rematch|the rematch|the day|the moment|this moment|that moment|a win|the win|his chance|her chance|my chance)(?![a-z]))", 'lawdriniaeth', 'triniaeth',
  // Distress told about the person one serves: with a client reference, fear, loneliness or a hard
  // day is their situation, not small talk ("she was so scared of being alone", "tough one today").
  '(so |really |tellement |tres |super )?(scared|terrified|frightened|afraid)', 'avait (tellement |tres |super )?peur', '(a|avait|ont|a eu) peur', 'peur de', 'se retrouver seule?', '(all )?alone (again|at night|for)',
  '(heartbroken|heartbreaking|devastated|devastee?|crushed|brise le coeur|broke my heart)', '(tough|rough|hard|heavy) (one|day|shift|night|visit|conversation)', 'journee (difficile|lourde|dure)', 'grosse journee',
  "(can'?t|cannot|couldn'?t) sleep", 'worried (sick )?about (her|him|them)', 'inquiete? pour (elle|lui|eux)', 'left alone', 'laissee? seule?',
  'supervised (apartment|housing|living|flat)', '(appartement|logement) supervise', "(care home|nursing home) (place|bed)", 'given to someone else', '(vient|viens) de perdre (sa|son|ses)',
  // Emergency visits, organs, care left, a complaint handled and a hearing put off: "revenu à l'urgence", "encore ses poumons", "just left care", "helping Bethan with her complaint".
  "(a|de|aux?) l'urgences?", '(ses|son|sa) (poumons|reins|foie)', '(her|his|their) (lungs|kidneys|liver)', '(just |has |had |recently )?left care',
  '(with|through|on) (her|his|their) (nhs |formal |hospital )?complaint', '(her|his|their) (nhs |formal )?complaint (about|against|over|to|with|re)(?![a-z])',
  '(sort|sortir|sorti|sortie|sortira|sortait) de (prison|detention|taule|pen)(?![a-z])', '(gets|got|getting|get|is getting) out of (prison|jail)(?![a-z])(?! free)',
  '(pushed back|postponed|adjourned|delayed|put off|moved) (the|his|her|their) (court )?(hearing|court date|trial)', '(hearing|court date|trial) (was |got |has been )?(pushed back|postponed|adjourned|delayed|put off)', '(audience|proces) (reportee?|remise?)',
  'at the end of (her|his|their) (rope|tether)', 'a bout de nerfs', 'supervised (visit|visits|contact|access)', 'visites? supervisees?', 'divorce', 'divorcing',
];

/** The law or the policy stated in general ("seul le tribunal peut autoriser…"): a case situation of no one. */
export const GENERAL_STATEMENT = [
  "la loi (prevoit|dit|interdit|permet|oblige|exige)", 'seul le tribunal', 'seule la cour', "en vertu de (la loi|l'article)", "selon (la loi|la politique|l'article)", 'article \\d+(\\.\\d+)*',
  'under the (act|law|policy)', 'the (law|act|policy) (says|states|requires|allows|forbids|prohibits)', 'only (a|the) court (can|may)', 'section \\d+(\\.\\d+)* (of|says|states)',
];
