/** Commercial advertising and solicitation. */
export const ADVERTISING = [
  '(use|using|utilise[zr]?|avec|enter|apply) (my |the |le |mon )?(promo |discount |rabais )?code:? ?[a-z]*\\d+[a-z0-9]*', 'code promo', 'promo code', 'discount code', 'coupon code',
  '\\d{1,2} ?% (off|de rabais|de reduction)', '#ad', '#sponsored', '#pub', '#commandite', '#partenariat', 'affiliate link', 'lien affilie', 'link in (my )?bio (for|to) (buy|shop|order)',
  'dm me (for|to) (order|buy|his number|her number|their number|prices|details)', 'tell (him|her|them) \\S+ sent (u|you)', 'dites (lui|leur) que \\S+ vous envoie',
  'buy (now|yours|it here)', 'shop (now|here)', 'order (now|yours)', 'for sale', 'a vendre', 'selling my',
];

/** Recommending a particular business, product, service or treatment. */
export const RECOMMENDATION = [
  '[a-z]+ (consulting|consultants?|pharmacy|pharmacie|clinic|clinique|wellness|dental|law|legal|agency|services|solutions|ltd|inc|immigration) (is|are) (the|le|la) (best|meilleure?)', 'by far the best', 'the best (pharmacy|dentist|doctor|lawyer|consultant|clinic|physio|chiropractor|restaurant|salon|gym|shop|store|agency|app|product|immigration consultant)( in (town|the city|ottawa|the area))?',
  '(le|la) meilleure? (pharmacie|dentiste|avocate?|clinique|consultante?|agence|restaurant|salon|produit|app)', 'y fferyllfa orau', 'gorau yn y dref',
  'changed my life', 'a change ma vie', 'game changer', '(highly|totally|strongly|100%|honestly) recommend', 'je (vous )?recommande', 'je conseille',
  'try (the|these|this|their) [a-z]+ (gummies|pills|supplements?|oil|tea|cream|app|program)', 'go private (at|with)', 'just go (private|to) [a-z]+',
  'if (u|you) need an? [a-z ]{3,30}, [a-z]+ (at|from) ', '(check out|go see|allez voir) [a-z]+ (at|from|chez)',
];

/** Producing paid content for a third party. */
export const PAID_CONTENT = [
  'paid (monthly |weekly )?(column|blog|post|posts|partnership|collab|collaboration|content|gig writing|page)', '(they\'re|they are|being) paying me to', 'sponsored (post|content|by)',
  'brand ambassador', 'ambassadrice', 'contenu (commandite|remunere|paye)', 'chronique (remuneree|payee)', 'partenariat (paye|remunere)',
];
