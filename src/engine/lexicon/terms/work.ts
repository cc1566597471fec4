/** Work topics (STaSS 5.3 "Comment on work related issues"): one's job, colleagues, management, service users. */
export const WORK_TOPIC = [
  'at work', 'my (new )?(role|job|shift|shifts|rota|manager|boss|colleagues|coworkers|workplace|caseload)', 'new role', 'rotas?', '(the )?front[- ]?line( staff| workers)? (at|in|of) (my|our|this) [a-z]+', 'shifts?', 'management', 'mgmt', 'agency cover', 'understaffed',
  'short[- ]staffed', 'service users?', 'my clients?', 'lady i support', 'people i support', '(i|we) support', '#carelife', '#supportworker', '#socialcare', '#careworker',
  'the hub', 'drop-in', 'work with these', 'lucky to work', 'best (team|colleagues|crew)', 'day \\d+ of \\d+', 'off sick', 'leaked email', 'from mgmt', 'at the hub', 'staff meeting',
  'my (work )?team (at|@)', 'proud of (my|our|the) (whole |entire )?(team|staff|colleagues|crew)(?![^.!?\\n]{0,80}\\b(quiz|quizzes|league|match|matches|tournament|fixture|5-a-side|five-a-side|football|netball|rugby|cricket|darts|bowling|hockey|softball|rounders|relay|fun run|park ?run|choir|pool team|pub team)\\b)', 'cqc', 'ofsted', 'care inspectorate', '(our|the) inspection', 'lates', 'earlies', 'sleep[- ]ins?', 'handover', 'my (line manager|supervisor|team leader|workmates?|work family|work wife|work husband|residents|service users?)', 'workmates?',
  "(best|worst) (place|job|employer|company)( (i'?ve|i have) ever (worked|had))?", "(i'?ve|i have) ever worked", 'get applying', 'come (and )?work (with|for) (us|me)', "we'?re (hiring|recruiting)",
  'volunteer(ed|ing)? (at|with) (the )?\\S+ (food bank|hub|centre|center|drop-in|office)', 'caseloads?', '(the|my|our) new (manager|boss|team leader|supervisor|area manager)(?!\\s+(of|for|at)\\b)', 'restructur(e|ing)', 'redundanc(y|ies)', 'pay (rise|cut|freeze)', 'payrise', 'overtime', 'sick pay',
  // Warm words about one's own work count too (5.4.3 "either positive or negative").
  "(why|reason|reasons) (i|we) (do|love) ((the|this|my|our) (job|work)|what (i|we) do)", '(love|loving) (my|this) job', 'best job (in the world|ever)', '(proud of|made up with|buzzing with|so proud of) (our|my) volunteers',
  'food parcels? (out the door|delivered|went out|given out|handed out)',
  "(proud of|prouder of|amazed by|in awe of|made up with) (what|everything|all) (my|our) (team|staff|colleagues|crew|volunteers|lot) (do|does|did|pull|pulls|pulled|achieve|achieves|achieved|manage|manages|managed|put|puts|deliver|delivers|delivered)",
  'staff (training|meeting|shortages?)', '(work|my employer|the company|management|head office) (wants?|expects?|makes?|made|forces?|told) (us|me|staff)', '\\d+[- ]minute (visits|calls)', '(social care|care|carer|care worker|support worker|care team) awards?', 'head office', 'area manager', '(cut|cutting|cuts to) (our|my) (hours|pay|shifts)', 'long service', 'safeguarding', '(the|my|our) (managers|residents) (at work|here)', '(on|for) (a|the) (unit|ward|floor) of \\d+', '(boxes|targets) (are |get )?ticked', '(me and|with|for) (the|my|our) (residents|service users|clients)',
];

/** Merely saying where one works is not a comment on work: "working at the STaSS office", "support worker at STaSS". */
export const WORKPLACE_STATEMENT = [
  '(working|work|works|employed|volunteer|volunteers|volunteering|based|placement) (at|for|with|@) (the )?[a-z]+( office| hub| centre| center)?',
  '(worker|nurse|officer|assistant|coordinator|co-ordinator|manager|counsell?or|volunteer|member|staff|employee|carer|student|trustee|lead|leader|administrator|receptionist) (at|for|with|@|,) (the )?[a-z]+',
  // A bio's separators: "Support Worker · STaSS · Southport", "Care assistant | STaSS".
  '(worker|nurse|officer|assistant|coordinator|co-ordinator|manager|counsell?or|volunteer|member|staff|employee|carer|student|trustee|lead|leader|administrator|receptionist) ?(·|\\||-|–|—|•) ?[a-z]+',
  '(new )?(job|role|position|post|contract|placement) (at|with|@) (the )?[a-z]+', '(starting|started|start|joining|joined|join|begin|began|beginning) (at|with) (the )?[a-z]+',
];

/** Internal, non-public information of the organization. */
export const CONFIDENTIAL = [
  'leaked', 'heard (at|in) the (mgmt|management|staff|team|board|leadership) meeting', 'at the (mgmt|management|board|leadership) meeting', "(haven'?t|have not|hasn'?t|weren'?t) (even )?been (told|informed|announced)",
  'not (been )?announced (yet)?', 'not public yet', "can'?t say too much", 'internal (memo|email|e-mail|document|report)', '(confidential|confidentiel(le)?)(?=\\s*([:-]|$))', "(this is|it'?s|its|that'?s|strictly|highly|very|all) confidential", 'confidential (info|information|documents?|memo|emails?|report|news|list|figures|minutes|plans?)', "isn'?t out (till|until)", 'under embargo', 'embargoed',
  'off the record', 'you heard it here first', 'u heard it here first', 'between (us|you and me)', 'note de service', 'directive interne', 'a l\'interne', "on a (recu|eu) l'ordre", "(c'est|strictement|tres|hautement) confidentiel(le)?", '(informations?|documents?|renseignements?|dossiers?|listes?|rapports?|chiffres) confidentiel(le)?s?',
  'pas encore (annonce|officiel|public)', 'entre nous', 'les employes (ne le savent pas|ont pas ete informes)', 'on nous a (dit|demande) de ne', 'document interne', 'rapport (interne|confidentiel)',
  'our visit report', 'draft report', 'staff will be spoken to',
  '(internal|confidential) (list|memo|email|e-mail|document|report|spreadsheet|letter|minutes|figures)', '(liste|courriel|note|memo|lettre|proces-verbal|chiffres) (interne|confidentiel(le)?)', 'postes abolis', 'abolition de postes',
  "overheard (the|my|our|a|an) (area |line |senior |general |regional |service )?(manager|managers|boss|bosses|director|directors|management|mgmt|board|ceo|hr|chief officer|chief exec|head of)", "don'?t say (i|we) told (you|u|ya)", "(looks|sounds) like (the|our) [a-z]+ (hub|office|centre|center|service|unit|branch|site|team) (is|are) (going|closing|shutting|being cut)",
  "(ca|c'est|ce sera|va) (sortir|sort|sortira) (officiellement|publiquement)",
  // A document marked for internal use: "version de travail - ne pas diffuser", "draft - not for distribution".
  'ne pas (diffuser|distribuer|divulguer)', 'not for (distribution|circulation|release|external use|publication)', 'do not (distribute|circulate|share externally)', '(internal|interne) (use|usage) only', 'usage interne (seulement|uniquement)',
  // An internal operating plan passed round: "voici le plan de delestage des lits pour les Fetes", "here's the winter bed plan".
  '(plan|liste|horaire|calendrier|document) de delestage', '(plan|liste|horaire|calendrier) (de|des) (fermetures? de lits|lits fermes|coupures? de (lits|postes|services))',
  "(here'?s|here is|attached|see attached|voici|ci-joint) (the |our |le |la )?([a-z'-]+ )?(bed|staffing|escalation|surge|winter pressures|contingency) (closure |reduction )?(plan|rota|list|spreadsheet)",
  '(board|management|mgmt|leadership|senior team|team leaders?) (minutes|papers|pack|report|email|e-mail)', "(staffing|restructure|restructuring|budget|savings|redundancy) (review|proposal|document|doc|paper|spreadsheet)",
  "(courriel|memo|document|plan) (interne|qu'on nous a (montre|presente|envoye))",
  // An organization's plan not yet made public: "le plan de reorganisation du soutien a domicile".
  "(plan|projet) de (reorganisation|restructuration|compressions|coupures) (de |du |des |de la |d')([a-z-]+ ){0,2}(services?|soins|soutien|equipes?|postes|programmes?|direction|departements?|unites?|cisss|etablissement|hopital|clsc|chsld|urgence)", '(the|our|a|this) (reorg|reorganisation|reorganization|restructuring) (plan|proposal)', 'pas encore annonce aux (employes|equipes)',
  "(je |j')?(peux|peut|pourrai|pourrais) (pas|rien) (en )?dire (de )?plus,? mais", "j'en dis pas plus,? mais", '(attendez|attends)-(vous|toi) a des (coupures|mises a pied|abolitions de postes)', "(can'?t|cannot|won'?t) say (any )?more( than that)?,? but",
  'not supposed to (say|tell|share|post|know)', "(not allowed to|not supposed to|can'?t|cannot) say (much|too much|anything|a lot)( yet| more)?,? but",
  "personne (n'est|n'en est|est) (encore )?(au courant|informee?s?)", '(annoncee?s?|decidee?s?|fait|faite) en douce', "(shouldn'?t|should not) (really )?(be )?(saying|telling|sharing|posting) (this|you|u)", "don'?t tell anyone", "(you|u) didn'?t hear (it|this) from me",
  'keep (it|this) (quiet|to yourselves|under wraps|between us|hush hush)', 'under wraps', 'hush[- ]hush', "(isn'?t|is not|not) (official|public|announced) (yet|until|till)",
  "(official )?announcement (isn'?t|is not|won'?t be|not) (until|till|for|yet)", 'draft (findings|minutes|budget)', "(before|ahead of) (it'?s|it is) (announced|public|official)",
  // A hint that something is being held back: "won't say who", "can't name names".
  "(won'?t|not allowed to|not at liberty to|mustn'?t) (say|name|reveal) (who|which one|names|the name)", "(won'?t|can'?t|cannot) name names", 'no names (but|mentioned)', 'names withheld',
  '(peux|peut|pourrai) pas (dire|nommer) qui', 'je nommerai personne', 'je dirai pas qui',
  "(je suis|j'suis|chu) pas cense(e)? (le )?dire", 'dites-le a personne', 'dis-le a personne', 'gardez (ca|le) pour vous', 'garde (ca|le) pour toi', "c'est pas (encore )?officiel",
];

/** Anonymous content (CISSS: "Ne pas émettre du contenu anonyme"). */
export const ANONYMOUS_MARKER = [
  '^\\s*(confession )?anonyme?s?\\s*:', '^\\s*anonymous\\s*:', '^\\s*anon\\s*:', '^\\s*confession anonyme', '#anonyme', '#confessionanonyme', '#anonymous',
  // Only where the post calls itself anonymous, not where it mentions an anonymous message.
  // "Nothing but punctuation before", read back only to the nearest letter or digit (not to the start of a long text).
  '(?<![\\p{L}\\p{N}][^\\p{L}\\p{N}]*)(message|publication|post|confession|temoignage|commentaire) anonyme', '(?<![\\p{L}\\p{N}][^\\p{L}\\p{N}]*)anonymous (post|message|confession|tip|submission)', "(i'?m|i am) posting (this )?anonymously",
  '(je |j\')(publie|ecris|poste) (ceci |ca )?(en|de facon|de maniere) anonyme', '(je |j\')(publie|ecris|poste) (ceci |ca )?anonymement',
];
