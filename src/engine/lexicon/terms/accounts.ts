/**
 * What a colleague's log-in is for, when the asker names it: the work's systems, not a friend's
 * streaming or shopping account ("send me your Netflix password" is no business of the policy).
 */
const WORK_SYSTEM = "(work|office|staff|admin|agency|shared|team|outlook|email|e-mail|teams|portal|system|network|computer|laptop|iwso|chc|cisss|valoris|stass|bureau|travail)";

/** Passwords and log-ins given away in a post or message. */
export const CREDENTIALS = [
  '(login|log-in|log in|username|user name|user id|identifiant|utilisateur) (is|=|:|est)', '(password|passwd|pwd|pw|mot de passe|mdp|cyfrinair) (is|=|:|est)', 'the password', 'le mot de passe',
  'my (password|login|log-in)', 'mon (mot de passe|identifiant)',
  // Asking for someone else's: "could u send me her IWSO login?".
  '(send|give|share|tell|text|dm|pass) me (her|his|their) ([a-z]+ )?(login|log-in|password|passcode|credentials|mot de passe|identifiants?|code d\'acces)',
  // Or the person's own: "can u send me ur IWSO login?? mine's locked" (IWSO 8: obtaining another user's password is prohibited).
  `(send|give|share|tell|text|dm|pass|lend) me (ur|your|yours|ton|ta|tes|votre|vos) (${WORK_SYSTEM} )?(login|log-in|password|passcode|credentials|mot de passe|identifiants?|code d'acces)(?! (page|screen|link|url|reset|reset link))`, `(can|could|may) i (use|borrow|have) (ur|your) (${WORK_SYSTEM} )?(login|log-in|password|account|credentials)(?! (page|screen|link|url))`, '((envoie|donne|prete|passe)(-| )moi|m\'envoyer|me (donner|preter|passer|partager)) (ton|ta|tes|votre|vos) ([a-z]+ )?(mot de passe|identifiants?|code d\'acces|login)', '(log into|log in to|get into|use) (her|his|their) (account|login|email|inbox)',
  // A named colleague's: "can u send me Farah's Hootsuite login?" (IWSO 8).
  "(send|give|share|tell|text|dm|pass|forward) me (?!(mom|mum|mam|dad|nan|my|ma|pa)'?s )[a-z-]+'?s ([a-z]+ )?(login|log-in|password|passcode|credentials)(?! (page|screen|link|url|reset))",
];

/** A personal need or errand, which has no place on an official account. */
export const PERSONAL_PURPOSE = [
  '(anyone|does anyone|is anyone|any1) (selling|got|have|has|know a good)', 'need one by', 'dm me', 'text me', 'message me', 'for sale', 'selling my', 'a vendre', 'je vends',
  'quelqu\'un (vend|aurait|a un|a une)', 'j\'ai besoin d\'un', 'my (husband|wife|hubby|kids?|son|daughter|boyfriend|girlfriend|partner|dog|cat|car)', 'mon (chum|mari|fils|chien|char)', 'ma (blonde|fille|femme)',
  'cheap (cot|pram|car|sofa)', 'travel cot', 'babysitter', 'gardienne', 'happy birthday (babe|hun|love)', 'lost my',
  '(anyone|does anyone|can anyone|any1|anybody) (recommend|know of|have a|got a|lend)', 'recommend a (good )?(plumber|mechanic|electrician|babysitter|dentist|hairdresser|vet|builder|roofer|cleaner)',
  // Plans between friends, not a group's session that is "still on for Friday".
  "((are|r) (we|u|you)|we'?re|you'?re|u r|u still|you still) (still )?on for (supper|dinner|lunch|drinks|tonight|tomorrow|tmrw|friday|saturday|sunday|the weekend)", '(our|my) plans? for (supper|dinner|lunch|drinks|tonight|tomorrow|tmrw|friday|saturday|sunday|the weekend)',
  // A meal out with a friend: "are we still on for wings friday at 7?".
  '(still on|plans?) for (wings|pizza|tacos|sushi|burgers|curry|pints|beers|brunch|coffee|breakfast|a drink|a pint|a coffee|a bite|the game|bowling|trivia|karaoke|the movie|a movie) (on |this |next )?(tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)',
  // Owning up to writing from the work account while one's own phone is down: "lol it's me, on the work account".
  "(it'?s|its) (me|just me),? (on|from|using) the work (acct|account|page)", '(supper|dinner|lunch|drinks|brunch|coffee) (on |this )?(friday|saturday|sunday|tonight|tomorrow|tmrw|this weekend)',
  'using the work (acct|account|page)', 'on the work (acct|account|page) lol', 'my (keys|wallet|phone|boiler|purse|glasses|cat|dog) (is|are|has|have|went|got|died|broke|is dead)', "boiler'?s? (packed in|broken|gone)",
  "quelqu'un (connait|recommande|pourrait)",
  // A friend's evening out: "tu viens toujours au souper de filles samedi? j'apporte le vin".
  '(souper|soiree|party|5 a 7|brunch|diner) de (filles|gars|chums)', "tu viens (toujours |encore )?(au|a la|a notre|chez nous|chez moi)", "j'apporte (le|du|la|les|de la|des) (vin|biere|dessert|chips|salade|bouffe|gateau)",
  "(girls'?|guys'?|lads'?) (night|nite)( out)?", '(you|u) still coming (to|on|for) (the |my |our )?(party|dinner|supper|drinks|bbq|barbecue|saturday|friday|sunday|tonight)', "i'?ll bring (the|some) (wine|beer|dessert|snacks|drinks|cake)", 'on (se voit|soupe) (ce soir|demain|vendredi|samedi)', 'souper (ce soir|demain|vendredi|samedi)', 'perdu (mon|ma|mes) (cles|portefeuille|cellulaire|telephone|chat|chien)',
];

/** Casework, which belongs in the organization's channels and the client's file. */
export const CASEWORK = [
  '(ur|your|ton|ta|votre) (worker|caseworker|case worker|social worker|support worker|intervenante?|travailleu(r|se) social(e)?)', 'its \\S+ ur worker', 'it\'s \\S+ (ur|your) worker',
  'court (tmrw|tomorrow|today|on)', 'coming to court', 'au tribunal', 'a la cour', 'audience (demain|lundi|mardi|mercredi|jeudi|vendredi)', 'pour son dossier', 'for (his|her|their) file',
  '(on essaie|nous essayons|we\'re trying|we are trying|trying) (de |to )?(retrouver|joindre|rejoindre|find|reach|locate|get hold of)', 'retrouver (son|sa|ses) (pere|mere|parents|famille)',
  '(your|ur|ton|votre) (appointment|appt|rendez-vous|rdv|visit|visite|placement)', 'confirm (ur|your) (coming|appointment|appt|visit)',
  // A visit arranged with the person addressed, not one narrated ("back from her supervised visit").
  '(ur|your|ton|ta|votre) (supervised visit|visite supervisee)', "(ta|ton|votre|your|ur) (visite|visit|rencontre)( supervisee| supervised)? (avec|with) (ton|ta|tes|votre|vos|your|ur) (pere|mere|parents|famille|frere|soeur|dad|mom|mum|father|mother|family|brother|sister) (est |a ete |is |has been |was |got )?(deplacee|reportee|annulee|confirmee|changee|devancee|moved|rescheduled|postponed|cancelled|canceled|confirmed|changed|booked|set)(?![a-z])", '(the|le|la) (judge|juge) (wants|needs|asked|will ask|veut|demande|a demande|va demander) ((to )?(see|hear|talk to|meet) )?(you|u|te|vous)', "l'avocate?", '(your|ur|ton|ta|votre) (lawyer|avocate?)', 'audience (est )?(reportee|remise|annulee|fixee|deplacee)', 'hearing (is|was|has been|got) (moved|postponed|adjourned|rescheduled|cancelled)', 'confirmer (votre|ta|ton) (visite|rendez-vous|rencontre|presence)', '(ton|ta|votre) ts',
  // The person's care arrangements and plan, and a visit arranged to go over them.
  "(your|ur) (foster (mom|mum|mother|dad|father|parents?|family|home|carers?)|group home|safety plan|case plan|care plan|support plan|service plan|caseworker|keyworker|key worker|probation officer)", "(ta|ton|votre|vos) (famille d'accueil|parents d'accueil|foyer de groupe|plan d'intervention|plan de services|dossier|educatrice|educateur)",
  '(go over|going over|review|update|work on|talk about) (your|ur) (plan|safety plan|case plan|care plan)', 'plan de securite', '(signer|remplir|revoir) (le|la|les|votre|ton|ta) (plan|entente|formulaire|consentement)', "(passer|revoir|regarder|mettre a jour) (ton|ta|votre) plan",
  // Goods gathered for one's client from a personal account: "quelqu'un aurait un lit a donner? c'est pour un de mes jeunes".
  "(a donner|to donate|to give away|spare|anyone have|anyone got|anybody have|anybody got|does anyone have|quelqu'un aurait|quelqu'un a|on cherche|je cherche|looking for) (\\S+ ){0,12}(pour|for) (un|une|l'un|l'une|one) (de|of) (mes|nos|my|our) (jeunes|clients?|clientes?|usagers?|usageres?|familles|families|young people|youth|service users|residents)",

];

/** Work with a client arranged in a message to them: a meeting, a ride, their papers (personal accounts are not for it). */
export const CLIENT_ARRANGEMENT = [
  "(notre|nos|ta|ton|votre|la) (prochaine |prochain )?(rencontre|rendez-vous|rdv|suivi|visite|seance)( de| du)? (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine)",
  '(our|ur|your|next) (meeting|session|appointment|appt|check-in|visit|catch-up) (on |this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|week)',
  "on (s'en parle|en parle|en jase|regarde [cg]a) (a|lors de|pendant) (notre|la|ta)", "(we can|we'll|let'?s) (talk|go over|chat) about (it|that|this) (at|on|during) (our|ur|your|the) ",
  "(besoin d'un|besoin de) (lift|transport|ride)", 'need a (lift|ride) to', "(je peux|i can|i'?ll) (te|vous)? ?(pick (you|u) up|drive (you|u)|give (you|u) a (lift|ride)|passer te chercher|aller te chercher|te (conduire|reconduire))",
  "(ton|ta|tes|votre|vos|your|ur) (bulletin|report card|school report|dossier|file|papers|forms?|formulaires?|documents|ordonnance|court papers)",
];
