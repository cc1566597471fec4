/**
 * References to the people an organization serves, written against folded text.
 * EN and FR; a determiner or a relation is required, so that "clinic for clients & families" in an
 * announcement is not read as a reference to one client.
 */
export const CLIENT_REFERENCE = [
  '(my|a|one of my|one of our|our|this|that|the|1 of my) (client|clients|service user|service users|patient|patients|resident|residents|youth|kiddo|kiddos|caseload)',
  'service users?',
  'on my caseload',
  '(lady|man|fella|gentleman|woman|girl|boy|kid|child|mum|mom|dad|family|young person|teen|lad) (i|we) (support|work with|look after|care for|visit|see|placed)',
  '(i|we) support',
  'into care', 'in care', 'taken into care', 'foster (kid|kids|child|placement|daughter|son)',
  '(mon|ma|mes|un|une|nos|notre|cette|ce) (client|cliente|clients|clientes|usager|usagere|usagers|usageres|patient|patiente|patients|beneficiaire|beneficiaires|resident|residente|jeune|jeunes)',
  'une? usager(e)?', 'usager(e)?s',
  "(la|le) (petite?|jeune|cocotte|puce|coco)( de \\d+ ans)?( qu'on| que j'ai| qu'on a| placee?)",
  "qu'on a chez nous", 'famille d\'accueil', 'en placement', 'placee?s? (chez|en famille)', 'foyer de groupe', 'centre jeunesse', 'dpj', 'lpj',
];

/** Where a child in the youth-protection system lives or is followed. */
export const CARE_CONTEXT = [
  'into care', 'in care', 'foster', 'group home', "qu'on a chez nous", "famille d'accueil", 'familledaccueil', 'placee', 'placees', 'placement',
  'foyer de groupe', 'centre jeunesse', 'centre de readaptation', 'dpj', 'lpj', 'protection de la jeunesse', 'youth protection',
  'children\'s aid',
];

export const CHILD = [
  '(petite?|enfant|enfants|fille|garcon|fillette|bebe|jeune|jeunes|ado|adolescente?|cocotte|puce|coco)',
  '(kid|kids|child|children|girl|boy|baby|toddler|teen|teenager|youth|little one)',
  '\\d{1,2} ?(yr|yrs|year|years|y/?o|ans)( old)?',
];
