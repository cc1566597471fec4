/** Businesses a person may be asked to recommend. */
const BUSINESS = '(pharmacy|dentist|doctor|lawyer|consultant|clinic|physio|chiropractor|restaurant|salon|gym|shop|store|agency|app|product|immigration consultant|cafe|caffi|coffee shop|bakery|pub|bar|hairdresser|barber|garage|mechanic|plumber|electrician|spa|nail salon|takeaway|chippy|pizza|pizzeria|butcher|florist|hotel|b&b|optician|vet|accountant|realtor|estate agent|driving instructor|daycare|nursery|tutor|caterer|photographer|massage therapist|tax preparer)';
const BUSINESS_FR = '(pharmacie|dentiste|avocate?|clinique|consultante?|agence|restaurant|resto|salon|produit|app|boulangerie|cafe|coiffeuse|coiffeur|garage|mecanicien|epicerie|depanneur|comptable|physio|massotherapeute|naturopathe|pizzeria|garderie|traiteur|photographe|estheticienne|notaire)';

/** Commercial advertising and solicitation. */
export const ADVERTISING = [
  '(use|using|utilise[zr]?|avec|enter|apply) (my |the |le |mon )?(promo |discount |rabais )?code:?\\s*[a-z]*\\d+[a-z0-9]*', 'code promo', 'promo code', 'discount code', 'coupon code', 'referral (link|code)', 'code de parrainage', 'use my (link|referral)',
  '\\d{1,2}\\s*% (off|de rabais|de reduction)', '#ad', '#sponsored', '#pub', '#commandite', '#partenariat', 'affiliate link', 'lien affilie', 'link in (my )?bio (for|to) (buy|shop|order)', 'link in (my |the )?bio (for|to get) (a |the |your )?(discount|deal|code|coupon|offer|promo)',
  'dm (me|us) (for|to) (order|buy|book|his number|her number|their number|prices?|the link|rates|a quote|bookings?|orders?)', 'tell (him|her|them) \\S+ sent (u|you)', 'dites (lui|leur) que \\S+ vous envoie', 'mention my name',
  "(i'?m|i am|now) selling", '(message|dm|pm|text|inbox) me for (the |a |my )?(catalogue|catalog|prices?|menu|order form|samples?)', 'free delivery', '(je vends|je fais de la vente de)', 'ecrivez-moi pour (commander|le catalogue|les prix)',
  'buy (now|yours|it here)', 'shop (now|here)', 'order (now|yours)', 'for sale', 'a vendre', 'selling my', 'limited time (offer|only)', 'offre (speciale|limitee)',
  "(my )?(cousin|friend|sister|brother|husband|wife|aunt|auntie|uncle|mom|mum|mother|dad|bf|gf|bestie)'?s? (firm|business|shop|salon|bakery|restaurant|clinic|store|agency|etsy|catering)",
  // A relative's paid service with its price, or orders taken for them: "my cousin does lashes from her place, $40", "slide in my DMs for her".
  "(my |ma |mon )?(cousin|cousine|friend|sister|sis|brother|bro|husband|wife|aunt|auntie|uncle|niece|nephew|mom|mum|mother|dad|bestie|neighbou?r|soeur|frere|tante|oncle|amie?|voisine?|niece|neveu|chum|blonde) (does|do|offers|is doing|now does|fait|offre) (les |des |du |de la |de l')?([a-z-]+ )?(lash(es)?|lash extensions|brows|eyebrows|nails|gel nails|braids|box braids|weaves?|wigs|makeup|make-up|waxing|threading|henna|massages?|facials|tattoos|cakes|catering|alterations|tax returns|taxes|house cleaning|photography|ongles|cils|sourcils|coiffure|tresses|maquillage|epilation|gateaux|traiteur|couture|retouches|impots|massages?|soins)[^.!?\\n]{0,80}(\\$\\s*[1-9]\\d*|[1-9]\\d*\\s*(\\$|dollars|bucks|£)|£\\s*[1-9]\\d*)",
  "(slide|slid) (in|into) (my|the|her|his|their) (dms|inbox|messages) (for|to book|to order|pour)", "(dm|pm|message|inbox|text) (me|moi) (for|pour) (her|him|them|elle|lui|eux)( |$|[.!,])",
  "(ecris|ecrivez|ecrivez-moi|ecris-moi|texte|textez)[- ]?(moi )?(en prive )?pour (elle|lui|eux)( |$|[.!,])",
  '(cheapest|best prices?|unbeatable prices?|lowest prices?) (in|around) (town|the city|the area|ottawa|[a-z]+)',
  // Direct selling and party-plan solicitation: "order through my link", "host a party and earn free products", "free gift with every order".
  '(order|shop|buy|book|purchase|place (your|an) order|get yours) (through|via|from|using|on|with) my (personal |own )?(link|site|website|page|shop|store|party link)(?!\\s*\\?)', 'shop my (link|page|store|site|party|sale)', 'my (shop|store|party|sales?) link',
  '(order|buy|purchase|to shop|shop now|shop here|shop the sale)[^.!?\\n]{0,60}link in (the )?(comments|first comment|bio)', 'link in (the )?(comments|first comment) (to|for) (order|shop|buy|book|purchase)',
  "(my|our|the|this) (\\S+ ){0,2}(candle|scentsy|partylite|tupperware|jewel(le)?ry|norwex|pampered chef|avon|mary kay|arbonne|younique|epicure|color street|paparazzi|usborne|thirty-one|pure romance|makeup|skincare|online|facebook|virtual|fb) (party|parties|show|open house)( is| closes| ends| starts| this| tonight| tomorrow| on| goes live|!)", '(party|sale|order window|ordering) (closes|ends|is closing|cuts off) (tonight|tomorrow|at midnight|sunday|saturday|friday|this \\S+)',
  '(host|hosting|book) (a|an|your( own)?|my) (\\S+ )?(party|online party|facebook party|fb party|show) (this \\S+ |next \\S+ )?(and|to) (get|earn|receive|score)', '(earn|get) free (products|product|items|stuff|gifts?) (when|if|by) (you )?(host|hosting|book|booking)',
  'free (\\S+ ){0,2}(gift|wax melts?|melts?|product|item|sample|bonus|shipping|mystery gift) (with|on) ((every|each|your|any|all) )?(orders?|purchases?)', '(order|buy|purchase|spend \\S+)[^.!?\\n]{0,40}(before|by) (midnight|tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday|\\d\\S*) (and|to) (get|receive|score|grab) (a |your )?free',
  "(commandez|commander|magasinez|achetez) (via|par|avec|sur|a partir de) (mon|ma) (lien|site|page|boutique)", 'lien dans les (commentaires|comm) pour (commander|acheter|magasiner)', '(commandez|commander|achetez)[^.!?\\n]{0,60}lien dans les (commentaires|comm)',
  "(mon|ma|notre) (\\S+ ){0,2}(party|soiree|vente|demo) (\\S+ ){0,2}(de )?(tupperware|scentsy|partylite|norwex|avon|chandelles|bougies|bijoux|epicure|maquillage)", "(mon|ma) (party|soiree|vente) (tupperware|scentsy|partylite|norwex|avon|epicure) (\\S+ )?(ferme|se termine|finit|commence)",
  "(cadeau|produit|article|echantillon|fondant) (gratuit|offert) (a l'achat|avec (toute |chaque |votre |une )?commande)", "(commandez|commander|achetez)[^.!?\\n]{0,60}(avant|d'ici) (minuit|ce soir|vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi|le \\d+) (et|pour) (recevez|obtenez|recevoir|obtenir|courez)",
  "(organisez|organise|recevez) (votre |une |un )?(party|soiree|vente|demo) (\\S+ )?(et|pour) (recevez|obtenez|gagnez|recevoir|obtenir|gagner)",
  '(ecris|ecrivez)[- ]moi (pour|en prive pour) (commander|acheter|les prix|reserver)', '(pm|mp|inbox) (me|moi) (for|pour) (prices?|prix|commander)', 'prix imbattables?',
];

/** Films, books and talks: recommending one is taste, not commerce ("watched a documentary, highly recommend it"). */
const CULTURAL_WORK = '(documentar(y|ies)|docs?|films?|movies?|books?|novels?|podcasts?|series|shows?|albums?|plays?|exhibitions?|talks?|articles?|lectures?|ted talks?)';

/** Recommending a particular business, product, service or treatment. */
export const RECOMMENDATION = [
  `(consulting|consultants?|pharmacy|pharmacie|clinic|clinique|wellness|dental|law|legal|agency|services|solutions|ltd|inc|immigration) (is|are) (the|le|la) (best|meilleure?)`, 'by far the best', `(easily|hands down) the best ${BUSINESS}`,
  `the best ${BUSINESS}( in (town|the city|ottawa|the area|[a-z]+))?`, `(le|la) meilleure? ${BUSINESS_FR}`, '(y|yr) (fferyllfa|caffi|siop|bwyty|meddygfa|deintydd|gwesty|garej|tafarn|popty|salon|cigydd|cwmni) (gorau|orau)', 'gorau yn y dref',
  // A product credited with the change, not therapy, a move or motherhood: "these gummies changed my life".
  "(this|these|that|those|the|their|her|his|my) (\\S+ ){0,2}(app|cream|serum|supplements?|gummies|pills|product|products|oils?|tea|program|programme|diet|course|mattress|pillow|brand|kit|device|gadget|fryer|vitamins?|shakes?|powder|leggings|skincare|routine|coach|clinic|salon|company) (has |have |literally |honestly |totally |seriously |just )*(changed|transformed|saved) my (life|skin|mornings|sleep)",
  "(cette|ce|ces|leur|leurs|son|sa|ses|mon|ma|mes) (\\S+ ){0,2}(application|appli|creme|serum|supplements?|produits?|huiles?|the|programme|diete|cours|matelas|oreiller|marque|vitamines?|poudre|clinique|salon|compagnie|entreprise) (a |ont )(litteralement |vraiment )?(change|transforme|sauve) ma vie",
  "(app|cream|serum|supplements?|gummies|pills|product|products|oils?|tea|program|programme|mattress|pillow|brand|kit|device|gadget|fryer|vitamins?|shakes?|powder|leggings|skincare|routine|coach|clinic|salon|company)( (is|are|was|were|'s))? (a |an absolute |a total |such a |an actual )?game changer", '(est|sont) (un|une) (vraie |vrai )?game changer', `(?<!${CULTURAL_WORK}[^.!?]{0,60})(highly|totally|strongly|100%|honestly) recommend(?!\\s+(the |this |that |it )?${CULTURAL_WORK})`, '10/10 (recommend|would recommend)', 'je (vous )?(le |la |les )?recommande', 'je conseille', 'recommande(z)? fortement',
  'i swear by (it|this|them|her|him)', 'works wonders', 'miracle (cure|product|cream|pill)', 'ditch the (pills|meds|medication|medicine)', 'stop taking (your|the|ur) (pills|meds|medication)',
  'try (the|these|this|their) [a-z]+ (gummies|pills|supplements?|oil|tea|cream|app|program)', 'try [a-z]+ ([a-z]+ )?(powder|gummies|pills|supplements?|capsules|serum|shakes?|detox|cleanse)',
  '(go|come|please) (and )?support (her|his|their|my|our) (new )?(business|shop|bakery|store|salon|restaurant|cafe)',
  'allez (l\'|les )?encourager (sa|son|leur|ma|mon) (boulangerie|boutique|commerce|salon|restaurant|entreprise)',
  `${BUSINESS}s?( in [a-z]+)?,? (the|y) best`, '(dr\\.?|doctor|dentist|lawyer|physio|therapist|counsell?or|midwife) [a-z]+ ([a-z.]+ ){0,4}(is|was) (so |really |absolutely )?(wonderful|amazing|great|the best|fantastic|brilliant|excellent|incredible|a gem)',
  '(company|brand|business|shop|store|kit|app|product|service|range) (is|are) (so |really |absolutely )?(amazing|incredible|the best|a game changer|worth every penny)',
  'go private (at|with)', 'just go (private|to) [a-z]+', `the only ${BUSINESS} (who|that|in town|around)`,
  // A provider vouched for: "book her, she's worth every penny", "I send everyone there".
  "(she|he|they)'?(s| is| are) worth every penny", "i (always )?(send|sent|refer) (everyone|everybody|all my (friends|family|clients|patients|mums|moms)) (there|to (her|him|them))",
  'if (u|you) need an? [a-z ]{3,30}, [a-z]+ (at|from) ', '(go see|allez voir|ask for) [a-z]+ (at|from|chez)', 'essayez (le|la|les) [a-z]+ (de|chez)',
];

/** Producing paid content for a third party. */
export const PAID_CONTENT = [
  // "the new (paid!!) social media person for the … page".
  '(new |the )?\\(?paid[!.]*( [^\\s\\p{L}\\p{N}]{1,8})?\\)? (social media|socials|instagram|insta|facebook|fb|tiktok|page) (person|manager|coordinator|lead|admin|girl|girlie|guy|gal|lady|queen|intern) (for|at|of)',
  'paid (monthly |weekly )?(column|blog|post|posts|partnership|collab|collaboration|content|gig writing|page)', '(they\'re|they are|being|is) paying me (\\$?\\d+ )?to', 'sponsored (post|content|by)',
  'brand ambassador', 'ambassadrice', 'contenu (commandite|remunere|paye)', 'chronique (remuneree|payee)', 'partenariat (paye|remunere)',
  'offered (me )?(\\$|£)?\\d+\\s*(\\$|dollars|bucks|pounds|£)?\\s*(a|per|for (a|each|every)) (post|blog|article|column|video|reel)', '(\\$|£)\\d+ (a|per) (post|blog|article|column|video)',
  'paid (me )?to (write|post|blog|promote|review)', 'pay(s|ing)? me to (write|post|blog|promote|review)', 'write (their|a) (blog|column|newsletter) for (them|a company|a brand|money)',
  'payee? pour (ecrire|publier|bloguer|faire la promotion)', 'offert \\d+\\s*\\$ (par|pour)',
  // Paid to run or make someone else's page or content: "I'm being paid to run the Instagram page for…".
  "(being|getting|get|got|am|i'?m|im|will be|gonna be) paid to (run|manage|write|post|create|make|handle|look after|film)", '(hired|contracted|commissioned) (me )?to (run|manage|write|create|make|handle) (\\S+ ){0,3}(instagram|insta|tiktok|facebook|socials|social media|page|account|blog|newsletter|youtube|content)',
  "(on me paie|on va me payer|je suis payee?|je serai payee?|embauchee?) pour (gerer|animer|faire|ecrire|alimenter|creer) (la|le|les|leur|leurs|sa|son|ses) (\\S+ ){0,2}(page|compte|blogue|blog|infolettre|contenu|instagram|facebook|tiktok|reseaux)",
  // An offer of money to run or write someone else's page, however it is put.
  '(wants?|wanted|offered|offering|asked|going|agreed) to pay me', 'pay(s|ing)? me (\\$|£)?\\d+', '(\\$|£)\\d+ (a|per|each) (month|week|mth|wk)',
  '(run|running|manage|managing|write|writing|do|doing|create|creating) (their|its|the brand\'s|a brand\'s|his|her) (instagram|insta|tiktok|facebook|socials|social media|page|account|blog|newsletter|content|youtube)', 'brand deal', 'sponsorship deal',
  // A stipend, fee or honorarium for someone else's page: "running the Facebook page for X - they're paying me a small stipend".
  "(a |an |small |little |monthly |weekly |paid )?(stipend|honorarium|retainer|fee) (to|for) (run|running|manage|managing|keep|keeping|update|updating|post|posting|write|writing|create|creating|handle|handling|do|doing|look after|looking after)( (\\S+ ){0,4}(page|pages|account|accounts|instagram|insta|ig|facebook|fb|tiktok|twitter|socials|social media|social|linkedin|youtube|channel|newsletter|blog|feed|content)| it (updated|going|running|active))",
  "(running|managing|run|manage|handling|handle|looking after|look after|doing|do|updating|update|taking over|take over) (the|their|its|his|her) (\\S+ ){0,2}(page|pages|account|accounts|instagram|insta|ig|facebook|fb|tiktok|twitter|socials|social media|social|linkedin|youtube|channel|newsletter|blog|feed|content) (page |account |feed )?for [^.!?\\n]{0,80}(paid|paying|pays|stipend|honorarium|retainer|fee|\\$\\d+|£\\d+|per month|a month|per post)",
  "(paid|paying me|pays me|stipend|honorarium|retainer)[^.!?\\n]{0,60}(run|running|manage|managing|update|updating|keep it updated|post|posting|look after|looking after|handle|handling) (the|their|its|his|her) (\\S+ ){0,2}(page|pages|account|accounts|instagram|insta|ig|facebook|fb|tiktok|twitter|socials|social media|social|linkedin|youtube|channel|newsletter|blog|feed|content)",
  "(je vais |je vais m'occuper de |je m'occupe de |je gere |gerer |animer |tenir )(la |leur |sa |son )(page|compte|instagram|facebook|infolettre|blogue)[^.!?\\n]{0,80}(paye|payee|payer|remunere|remuneree|cachet|honoraires|allocation|\\d+\\s*\\$)",
  'veulent me payer', 'me payer pour (gerer|ecrire|publier|animer)', '(gerer|animer) (leur|sa|son) (page|compte|instagram|facebook|infolettre)',

];
