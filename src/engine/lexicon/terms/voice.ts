/** A personal-views disclaimer, in a profile or a post. */
export const DISCLAIMER = [
  '(views|opinions|thoughts|tweets|posts)( expressed)?( here| on this (account|page|blog))? (are )?(my own|mine|personal|my own and not)', '(views|opinions) my own', '(views|opinions) are mine',
  'opinions here are mine', 'mine,? not (those of )?', 'not (speaking|writing|posting) (for|on behalf of)', 'do not (represent|reflect) (the views of )?(my employer|the)', 'personal (views|account|opinions) only',
  'mes opinions', 'opinions personnelles', 'propos n\'engagent que moi', 'n\'engagent que moi', 'n\'engage que moi', 'a titre personnel', 'barn fy hun', 'fy marn i fy hun', 'fy marn fy hun',
  'all (views|opinions|thoughts) (are )?(my own|mine)', '(views|opinions|thoughts) (are )?(strictly |entirely )?(my own|mine)', 'my own (views|opinions)', 'speaking for myself',
  'rts? (are )?not endorsements?', 'en mon nom personnel', 'avis personnel', 'barn bersonol', 'fy marn bersonol',
];

/** First-person plural: speaking as the organization rather than as oneself. */
export const WE_VOICE = ['we', 'we\'re', 'we\'ve', 'we\'ll', 'we\'d', 'our', 'ours', 'us', 'nous', 'notre', 'nos'];

/** A post addressed to one's profession, whose "we" and "our clients" are the profession's, not the employer's. */
export const PROFESSION_ADDRESS = [
  "(my )?fellow (\\S+ ){0,3}(folks|workers|colleagues|professionals|practitioners|counsell?ors|social workers|nurses|carers|advocates|helpers|peeps|humans in (this|the) field)",
  "(to|calling) all (the |my )?(\\S+ ){0,2}(workers|folks|nurses|counsell?ors|social workers|carers|practitioners|professionals)( out there)?", '#socialwork(ers)?', '#swlife', '#helpingprofessions?',
  "(mes |chers |cheres )?(collegues|intervenantes?|travailleu(rs|ses) sociaux|travailleuses sociales) (du milieu|de partout|d'ailleurs|du reseau)", '#travailsocial',
];

/**
 * Owning a connection to an organization someone else named: "I work there 🙂", "that's where I work",
 * "j'y travaille". Said in reply to a question that names the organization, it speaks as its staff.
 */
export const WORK_CONNECTION = [
  "i (work|volunteer) (there|here|for them|with them|for that place|at that place|at the one)", "(i'?m|i am) (on )?(staff|a staff member|an employee|a counsell?or|a worker) (there|here)", "(that'?s|this is|it'?s|thats) where i (work|volunteer)",
  // Owning the organization as one's own workplace: "so proud of my org fr" under a post about its gala.
  "(proud of|love|loving|shout ?out to|s/o to|big up|thank you to|thanks to|fier de|fiere de) my (org|organi[sz]ation|workplace|employer|agency|work fam|work family|coworkers|co-workers|colleagues)(?![a-z])", "(mon|ma) (organisme|organisation|employeur|milieu de travail)(?![a-z])",
  "i'?m one of the (staff|counsell?ors|workers|coordinators) (there|here)", "(full disclosure|disclosure):? i work", "j'y (travaille|suis benevole|bosse)", "je (travaille|bosse) (la|la-bas|chez eux|la-dedans|avec eux|ici)( moi)?(?![a-z])", "c'est (la|ici) (que|ou) je (travaille|bosse)",
];

/**
 * A view told from one's work with the people the organization serves: "I hear from so many women who have
 * waited five years for social housing", "the newcomers I support can't find a family doctor". Under a
 * profile that names the employer, it is the employer's work one speaks from (IWSO 6.7.3).
 */
export const VIEW_FROM_WORK = [
  "i (hear|see|meet|talk to|speak to|speak with|work with|support|sit with|help) (from )?(so many|many|lots of|countless|too many|dozens of|hundreds of|more and more|so much|the) (women|families|newcomers|clients|moms|mums|mothers|immigrants|refugees|survivors|seniors|parents) [^.!?\\n]{0,80}(housing|shelters?|wait(ed|ing|s)?|waitlists?|rent|evict\\w*|settlement|english classes|language classes|jobs?|employment|violence|abuse|immigration|status|benefits|child ?care|daycare|interpret\\w*|family doctors?|poverty|food banks?)",
  "(women|families|newcomers|clients|moms|mums|mothers|immigrants|refugees|survivors) i (work with|support|serve|see|meet|help|counsel) [^.!?\\n]{0,80}(housing|shelters?|wait(ed|ing|s)?|waitlists?|rent|evict\\w*|settlement|jobs?|employment|violence|abuse|immigration|status|benefits|child ?care|daycare|interpret\\w*|family doctors?|poverty|food banks?)",
];

/** Answering for the organization someone else named: "we do!", "we run one on Tuesdays", "on offre ça". */
export const ANSWERS_FOR_ORGANIZATION = [
  "(yes,? |yep,? |yup,? |oui,? )?(we|we'?re|we are|we'?ve) (do|does|offer|run|have|host|hold|provide|help|can help|are open|open|got|definitely do|totally do|also do)(?![a-z])",
  "(nous|on) (offrons|offre|avons|a|organisons|organise|aidons|aide|donnons|donne|tenons|tient) (\\S+ )?(des|un|une|aussi|ca|justement)(?![a-z])",
  // The program's logistics, told as its organizers: "we moved it to Tuesday evenings", "we still run it",
  // "we meet every Thursday", "we're open till 8", "we'd love to see you there"; not the family's "we moved to Ottawa".
  "(we|we'?re|we are|we'?ve|we have) (still |now |also |just |since )?(moved|changed|switched|shifted|rescheduled|pushed|brought) (it|them|that|this|(the|our) (\\S+ ){0,3}(circles?|class|classes|groups?|sessions?|programs?|programmes?|times?|days?|meetings?|drop-ins?|workshops?|clinics?))(?![a-z])",
  "(we|we'?re|we are) (still |now |also |usually |always )?(meet|start|restart|resume|run it|hold it|run them|hold them|are meeting|are running|are starting|are back|are open|open)( it| them| again| up)? (on|every|at|from|this|next|until|till|til|(mon|tues|wednes|thurs|fri|satur|sun)days?|mornings|evenings|afternoons|weekly|[0-9])(?![a-z])",
  "(we|we'?re|we are|we'?ve) (still|now|also|definitely|totally|sure) (do|does|offer|run|have|host|hold|provide|meet|open|are open|running|meeting|open)(?![a-z])",
  "we'?d (love|be (happy|glad|delighted)) to (see|have|welcome|meet) (you|her|him|them|your|y'?all|everyone)(?![a-z])",
  "(nous|on) (l'|les )?(a|avons) (deplace|change|reporte|devance|bouge)e?s? (au|aux|le|les|la|a|de jour|d'heure|de soir|en soiree)(?![a-z])",
  "(nous|on) (se|nous) (reunit|reunissons|rencontre|rencontrons) (le|les|chaque|tous|toutes|au|a la|dorenavant|maintenant|desormais|encore)(?![a-z])",
  "(nous|on) (est|sommes) (ouverte?s?) (le|les|du|jusqu|tous|toute|ce|cet|en soiree)(?![a-z])",
];

/** Work and events of the organization, which a "we" speaks for. */
export const ORGANIZATION_ACTIVITY = [
  // Recruiting for the service's work: "we're looking for volunteer drivers".
  '(looking for|recruiting|seeking|need|needs) (\\S+ ){0,2}(volunteers?|volunteer (drivers|interpreters|mentors|tutors)|interpreters|facilitators|mentors|befrienders|benevoles)',
  '(supported|helped|served|welcomed|housed|trained|placed) (\\S+ ){0,2}(women|families|clients|newcomers|people|youth|kids|girls|seniors)',
  'turnout', 'job fair', 'event', 'events', 'program', 'programme', 'programs', 'clients', 'participants', 'workshops?', 'clinic', 'fundraiser', 'campaign', 'employers', 'services',
  // Sign-ups for the service's own programs: "we just opened registration for our evening conversation circles … free, childminding on site".
  "(registration|registrations|sign-?ups?|enrol(l)?ment|spots|spaces|places|intake) (\\S+ ){0,3}(for|in|to) our ([a-z'-]+ ){0,3}(circles?|groups?|class|classes|workshops?|sessions?|programs?|programmes?|clinics?|courses?|drop-ins?)", "our (?!(\\S+ ){0,2}(yoga|pilates|zumba|spin|dance|book|running|walking|knitting|crochet|quilting|sewing|choir|bible|church|prayer|hockey|soccer|football|rugby|baseball|swim|swimming|gym|bowling|chess|poker|mums?|moms?|family|parents?|neighbou?rhood|whatsapp|facebook)(?![a-z]))([a-z'-]+ ){0,3}(circles?|groups?|class|classes|workshops?|sessions?|programs?|programmes?|clinics?|courses?|drop-ins?)[^.!?\\n]{0,60}(free|childminding|childcare|all welcome|everyone welcome|open to all|register|sign up|limited (spaces|spots|places))",
  "(inscriptions?|places) (\\S+ ){0,3}(pour|a|aux|dans) nos ([a-z'-]+ ){0,3}(ateliers?|cours|groupes?|cercles?|programmes?|cliniques?|seances?|rencontres?|haltes?)", "nos (?!(\\S+ ){0,2}(yoga|pilates|zumba|danse|tricot|couture|chorale|hockey|soccer|natation|gym|echecs|bingo|cartes|priere)(?![a-z]))([a-z'-]+ ){0,3}(ateliers?|cours|groupes?|cercles?|programmes?|cliniques?|seances?|rencontres?|haltes?)[^.!?\\n]{0,60}(gratuite?s?|halte-garderie|garderie|inscri\\w+|places limitees|ouverte?s? a (toutes|tous))",
  'our (team|office|centre|center|staff|agency|organi[sz]ation|shelter|hub|clients|program|programme)', "our ([a-z-]+ ){0,2}(support|counsell?ing|parenting|employment|language|conversation|esl|english|french|settlement|newcomer|women'?s|mentorship|job search|resume|peer) (group|groups|class|classes|circle|program|programme|workshop|workshops|session|sessions|clinic)(?! (\\S+ )?(made|baked|cooked|ate|shared|celebrated|danced|sang|laughed|played|threw|enjoyed|went|had (a|so much|the best)) (?!it ))",
  'came out', 'drop-in', 'open house', 'portes ouvertes', 'activite', 'evenement', 'usagers',
];

/** Acting in the organization's capacity: representing it, gathering views or answering for it. */
export const SPEAKS_FOR_ORGANIZATION = [
  'on behalf of', 'au nom (de|du)', 'representing', 'represente', 'cynrychioli', 'as (a|an) [a-z -]{2,40} (at|of|with|for) [a-z]', 'en tant qu(e|\') [a-z -]{2,40} (au|a la|chez|du)',
  // "We at X" taking a stand; "we at X just started a circle" is a "we" voice, not a position.
  'trust me', "we at ([a-z0-9&'-]+ ){1,5}(believe|think|feel|support|oppose|stand|condemn|call|demand|urge|reject|say|want to hear|invite|ask|have (seen|watched|had enough)|are (calling|against|appalled|disappointed|outraged|fed up))", 'nous (au|a la|du)',
  'we\'re (gathering|collecting|looking for) (views|feedback|experiences|stories)', 'gathering views', '(fill in|complete) (our|the) survey', 'tell us (about|how)', 'we want to hear',
  // Views gathered for the body's own work: "message me your experiences and I'll feed them into our visit".
  '(message|dm|pm|send|email|tell|share with) (me|us) (your|about your) (experiences?|views|stories|concerns) (of|with|at|about) ', "(i'?ll|we'?ll|i will|we will) (feed|pass|take|bring|put) (them|these|it|those|your \\S+) (into|to|back to|forward to) (our|the) (visit|report|inspection|review|board|meeting)",
  // Experiences gathered for the body's own report, survey or review: "we're pulling together a report on ambulance waits … I'll make sure it's passed on".
  "(we'?re|we are|we'?ve been|we have been|the chc is|our chc is|the council is) (pulling together|putting together|compiling|preparing|gathering evidence for|working on|carrying out|running|conducting|doing) (a|an|our) (\\S+ ){0,2}(report|survey|review|consultation|audit|inquiry|enquiry) (on|about|into|of|looking at) [^.!?\\n]{0,60}(waits?|waiting|services?|care|hospitals?|gps?|surgery|surgeries|wards?|a&e|ambulances?|discharges?|access|treatment|patients?|maternity|dental|dentists?|mental health|clinics?|health)",
  "(we'?re|we are|i'?m|i am) (gathering|collecting|looking for|asking for) (\\S+ ){0,2}(experiences|views|stories|feedback|evidence) (of|on|about|for) [^.!?\\n]{0,60}(report|survey|review|visit|consultation|health board)",
  "(i'?ll|i will|we'?ll|we will) (make sure|ensure) (it'?s|it is|they'?re|they are|it gets|they get|your (\\S+ ){0,2}(is|are|gets?|get)) (passed on|fed (in|back|into)|included|raised|taken forward|shared) (to|in|into|with|at) (the|our) (\\S+ ){0,2}(report|survey|review|visit|board|health board|chc|council|inspection|consultation|team|meeting)",
  "(rydyn ni'?n|rydym yn|mae'r cyngor iechyd cymuned yn) (casglu|paratoi|llunio|cynnal) (adroddiad|arolwg|adolygiad)", '(rhannwch|anfonwch) eich (profiad|profiadau|barn) (gyda|ata|i)',
  "(we'?ll be|we will be|we'?re|we are) (visiting|inspecting|monitoring) (ysbyty|the hospital|the ward|wards|the surgery|the practice|the home)",
  // Experience gathered on a service, or practice shared as the body's own: "we're looking at patient experience on that ward", "from our side at the CHC, we triage…".
  "(we'?re|we are|we'?ll be|we will be) (looking at|looking into|gathering|collecting|hearing about|listening to) (\\S+ ){0,2}(patient|patients'?|people'?s|public|families'?|your) (experiences?|views|feedback|stories)", "(your|their) views (are|will be|get|gets) (fed in|fed back|passed on|heard|included)",
  '(from|on) our side (at|in) ',
  'come and (tell|see|talk to) us',
  // Views invited in person for the body, told in the first person: "come and tell me, I'll pass it all on".
  "(come|pop) (and|&|over and|by and) tell (me|us),? (and )?(i'?ll|i will|we'?ll|we will) (pass|feed|take) (it|them|that|this|everything)( all)? (on|back|forward|in)(?![a-z])",
  "(come|pop) (and|&|over and|by and) tell (me|us) (about|how) (your|ur) (\\S+ ){0,3}(gp|dentist|hospital|ambulance|nhs|ward|care|surgery|pharmacy|appointment|clinic|treatment)",
  // Experience of a health service gathered in the first person: "I'm collecting people's experiences of ambulance waits".
  "(i'?m|i am|we'?re|we are) (gathering|collecting|asking for|looking for) (\\S+ ){0,2}(experiences|stories|feedback) (of|on|about|with) [^.!?\\n]{0,40}(waits?|waiting|services?|care|hospitals?|gps?|surgery|surgeries|wards?|a&e|ambulances?|discharges?|treatment|maternity|dental|dentists?|mental health|clinics?|health( board| services?)?)", 'have your say', 'dweud eich dweud', 'ddweud eich dweud', 'official (position|statement|response)', 'our position is', 'position officielle',
];

/** Speaking from one's profession or sector, without naming the employer: "as a child protection worker", "our sector". */
export const PROFESSIONAL_CAPACITY = [
  '(as|speaking as) (a|an) (child (protection|welfare) worker|social worker|youth worker|child and youth worker|cyw|caseworker|case worker|foster care worker|frontline worker|front-line worker|family worker)',
  "(en tant qu'|en tant que |comme )(une? )?(travailleu(r|se) social(e)?|intervenante?|educat(eur|rice)|agente? de relations humaines|ts)",
  '(our|my|notre|mon) (sector|field|profession|line of work|milieu|secteur|domaine|reseau)', 'in (my|our) line of work', '(who|that) works? in (child welfare|child protection|social services|the sector)', '(je|on) travaille(s|ons)? (en|dans la) protection de la jeunesse',
];

/** One's own blog, podcast, channel or page, announced or welcomed to (IWSO 6.7.6 "personal blog (or social media page)"). */
export const OWN_SITE = [
  'my (new |own |personal |little )?(blog|podcast|youtube channel|youtube|vlog|newsletter|substack|website|tiktok( channel| account)?|instagram page|facebook page|page about)',
  '(launching|launched|starting|started|welcome to|subscribe to|check out|follow) my (new |own )?(blog|podcast|channel|page|newsletter|substack|website|vlog|youtube)',
  '(launching|launched|starting|started|creating|created) (a|an) (new )?(blog|podcast|youtube channel|channel|page|newsletter|substack|vlog|website)',
  '(mon|ma) (nouveau |nouvelle |propre )?(blogue|blog|balado|podcast|chaine youtube|chaine|infolettre|site web|page facebook|page instagram)',
];

/** Someone from the press asking for comment. */
export const MEDIA_REQUEST = [
  'reporter', 'journalist', 'journaliste', 'newsroom', 'editor at', 'producer (at|with)', 'for (a|our) (story|article|piece|segment)', 'interview', 'entrevue', 'entretien',
  '(writing|working on|doing|preparing) (a|an) (story|article|piece|segment|feature|report) (about|on)', "i'?m with the [a-z]+ (news|times|citizen|sun|post|star|journal|gazette|courier|herald|tribune|radio|chronicle|echo|express|observer|leader)",
  '(be interviewed|give us a quote|for comment)', 'pour un reportage', 'accepteriez-vous de commenter',
  'comment for (the|our)', 'on the record',
  // Broadcast producers and hosts inviting a guest: "I produce the morning show on CKCU … could you come on Thursday".
  "i (produce|host|present|co-host|cohost|run) (the|a|our) (\\S+ ){0,2}(show|programme|program|segment|podcast|broadcast)", '(morning|breakfast|drive|drivetime|evening|afternoon|radio|tv|talk|current affairs) show', 'on air', '(come|be) on (the|our|my) (show|programme|program|podcast|segment)',
  'media request', 'demande (de|des) medias?', 'newyddiadurwr', 'cyfweliad',
];

/** Health services, which a CHC member's views are about (CHC: "expressing views … in relation to the CHCs"). */
export const HEALTH_SERVICES = [
  'gp', 'gps', 'nhs', 'hospital', 'hospitals', 'ysbyty', 'a&e', 'ambulance', 'waiting (list|lists|times?)', 'appt', 'appointment', 'health (board|services?|care)', 'healthcare', 'iechyd',
  'pharmacy', 'ward', 'nurses?', 'doctors?', 'meddyg', 'gig', 'clinic', 'minor injuries', 'care home', 'dentists?', 'surgery', 'booking system', 'on hold',
  // Services by kind, so that any unit, treatment or wait a member comments on is one
  '(stroke|maternity|cancer|renal|cardiac|mental health|children\'s|dementia|rehab|assessment) (unit|ward|services?|team|centre|center)', 'rehab', 'camhs', 'cmht', 'physio(therapy)?', 'surgeons?', 'consultants?',
  '(hip|knee|cataract|back) (op|operation|replacement)', 'discharged', 'treatment', 'midwi(fe|ves)', 'paramedics?', 'out of hours',
  // Care by kind, and those who report on it: a member's view of maternity care or an ombudsman's
  // report on a health board is a view on what CHCs exist to watch. Not "skin care" or "take care".
  'maternity', '(cancer|stroke|dementia|end of life|end-of-life|palliative|social|primary|urgent|emergency|community|hospital|nhs|patient|nursing|elderly|mental health|intensive|neonatal|antenatal|postnatal|dental|eye|hospice) care',
  'care (packages?|homes|standards|failings)', 'nursing homes?', 'patients', 'patient (safety|care|experience|records?|transport|groups?)',
  // The main hospitals of NHS Wales, named without "hospital" or "ysbyty": "£4 to park at Glan Clwyd".
  'glan clwyd', 'wrexham maelor', 'ysbyty gwynedd', 'morriston', 'singleton hospital', 'uhw', 'heath hospital', 'prince charles hospital', 'royal glamorgan', 'princess of wales hospital',
  'grange university hospital', 'royal gwent', 'nevill hall', 'withybush', 'glangwili', 'bronglais', 'prince philip hospital', 'llandough', 'neath port talbot hospital',
  // What visiting a hospital costs and how: "£4 to park for one hour … while visiting".
  'hospital (parking|car park)', '(parking|car park) (charges|fees) at', 'visiting (hours|times)',
  '(public services )?ombudsman', 'ombwdsmon', 'health (minister|secretary|committee|inspectorate)', 'healthcare inspectorate', 'hiw', 'hospices?', 'pharmacists?', 'opticians?',
];
