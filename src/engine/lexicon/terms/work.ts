/** Work topics (STaSS 5.3 "Comment on work related issues"): one's job, colleagues, management, service users. */
export const WORK_TOPIC = [
  'at work', 'my (new )?(role|job|shift|shifts|rota|manager|boss|colleagues|coworkers|workplace|caseload)', 'new role', 'rota', 'shifts?', 'management', 'mgmt', 'agency cover', 'understaffed',
  'short[- ]staffed', 'service users?', 'my clients?', 'lady i support', 'people i support', '(i|we) support', 'support worker', 'care worker', '#carelife', '#supportworker', '#socialcare',
  'the hub', 'drop-in', 'work with these', 'lucky to work', 'best (team|colleagues|crew)', 'day \\d+ of \\d+', 'off sick', 'leaked email', 'from mgmt', 'at the hub', 'staff meeting',
];

/** Merely saying where one works is not a comment on work. */
export const WORKPLACE_STATEMENT = ['(working|work|works) at (the )?[a-z]+( office| hub)?'];

/** Internal, non-public information of the organization. */
export const CONFIDENTIAL = [
  'leaked', 'heard (at|in) the (mgmt|management|staff|team|board|leadership) meeting', 'at the (mgmt|management|board|leadership) meeting', "(haven'?t|have not|hasn'?t|weren'?t) (even )?been (told|informed|announced)",
  'not (been )?announced (yet)?', 'not public yet', "can'?t say too much", 'internal (memo|email|e-mail|document|report)', 'confidential', "isn'?t out (till|until)", 'under embargo', 'embargoed',
  'off the record', 'you heard it here first', 'u heard it here first', 'between (us|you and me)', 'note de service', 'directive interne', 'a l\'interne', "on a (recu|eu) l'ordre", 'confidentiel(le)?',
  'pas encore (annonce|officiel|public)', 'entre nous', 'les employes (ne le savent pas|ont pas ete informes)', 'on nous a (dit|demande) de ne', 'document interne', 'rapport (interne|confidentiel)',
  'our visit report', 'draft report', 'staff will be spoken to',
];

/** Anonymous content (CISSS: "Ne pas émettre du contenu anonyme"). */
export const ANONYMOUS_MARKER = ['^\\s*(confession )?anonyme?s?\\s*:', '^\\s*anonymous\\s*:', '^\\s*confession anonyme', '#anonyme', '#confessionanonyme'];
