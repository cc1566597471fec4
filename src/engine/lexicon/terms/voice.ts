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

/** Work and events of the organization, which a "we" speaks for. */
export const ORGANIZATION_ACTIVITY = [
  // Recruiting for the service's work: "we're looking for volunteer drivers".
  '(looking for|recruiting|seeking|need|needs) (\\S+ ){0,2}(volunteers?|volunteer (drivers|interpreters|mentors|tutors)|interpreters|facilitators|mentors|befrienders|benevoles)',
  '(supported|helped|served|welcomed|housed|trained|placed) (\\S+ ){0,2}(women|families|clients|newcomers|people|youth|kids|girls|seniors)',
  'turnout', 'job fair', 'event', 'events', 'program', 'programme', 'programs', 'clients', 'participants', 'workshops?', 'clinic', 'fundraiser', 'campaign', 'employers', 'services',
  'our (team|office|centre|center|staff|agency|organi[sz]ation|shelter|hub|clients|program|programme)', "our ([a-z-]+ ){0,2}(support|counsell?ing|parenting|employment|language|conversation|esl|english|french|settlement|newcomer|women'?s|mentorship|job search|resume|peer) (group|groups|class|classes|circle|program|programme|workshop|workshops|session|sessions|clinic)", 'came out', 'drop-in', 'open house', 'portes ouvertes', 'activite', 'evenement', 'usagers',
];

/** Acting in the organization's capacity: representing it, gathering views or answering for it. */
export const SPEAKS_FOR_ORGANIZATION = [
  'on behalf of', 'au nom (de|du)', 'representing', 'represente', 'cynrychioli', 'as (a|an) [a-z -]{2,40} (at|of|with|for) [a-z]', 'en tant qu(e|\') [a-z -]{2,40} (au|a la|chez|du)',
  // "We at X" taking a stand; "we at X just started a circle" is a "we" voice, not a position.
  'trust me', "we at ([a-z0-9&'-]+ ){1,5}(believe|think|feel|support|oppose|stand|condemn|call|demand|urge|reject|say|want to hear|invite|ask|have (seen|watched|had enough)|are (calling|against|appalled|disappointed|outraged|fed up))", 'nous (au|a la|du)',
  'we\'re (gathering|collecting|looking for) (views|feedback|experiences|stories)', 'gathering views', '(fill in|complete) (our|the) survey', 'tell us (about|how)', 'we want to hear',
  // Views gathered for the body's own work: "message me your experiences and I'll feed them into our visit".
  '(message|dm|pm|send|email|tell|share with) (me|us) (your|about your) (experiences?|views|stories|concerns) (of|with|at|about) ', "(i'?ll|we'?ll|i will|we will) (feed|pass|take|bring|put) (them|these|it|those|your \\S+) (into|to|back to|forward to) (our|the) (visit|report|inspection|review|board|meeting)",
  "(we'?ll be|we will be|we'?re|we are) (visiting|inspecting|monitoring) (ysbyty|the hospital|the ward|wards|the surgery|the practice|the home)",
  'come and (tell|see|talk to) us', 'have your say', 'dweud eich dweud', 'ddweud eich dweud', 'official (position|statement|response)', 'our position is', 'position officielle',
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
  'comment for (the|our)', 'on the record', 'media request', 'demande (de|des) medias?', 'newyddiadurwr', 'cyfweliad',
];

/** Health services, which a CHC member's views are about (CHC: "expressing views … in relation to the CHCs"). */
export const HEALTH_SERVICES = [
  'gp', 'gps', 'nhs', 'hospital', 'hospitals', 'ysbyty', 'a&e', 'ambulance', 'waiting (list|lists|times?)', 'appt', 'appointment', 'health (board|services?|care)', 'healthcare', 'iechyd',
  'pharmacy', 'ward', 'nurses?', 'doctors?', 'meddyg', 'gig', 'clinic', 'minor injuries', 'care home', 'dentists?', 'surgery', 'booking system', 'on hold',
  // Services by kind, so that any unit, treatment or wait a member comments on is one
  '(stroke|maternity|cancer|renal|cardiac|mental health|children\'s|dementia|rehab|assessment) (unit|ward|services?|team|centre|center)', 'rehab', 'camhs', 'cmht', 'physio(therapy)?', 'surgeons?', 'consultants?',
  '(hip|knee|cataract|back) (op|operation|replacement)', 'discharged', 'treatment', 'midwi(fe|ves)', 'paramedics?', 'out of hours',
];
