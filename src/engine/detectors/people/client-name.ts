import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { CLIENT_REFERENCE } from '../../lexicon/terms/people.js';
import type { TextUnit } from '../types.js';

const clientReference = compileLexicon('client-reference', CLIENT_REFERENCE);

/** A reference that ends on one person ("my client", "ma cliente", "the lady I support" does not end on the noun). */
const ENDS_ON_ONE_PERSON = /(?:client|cliente|patient|patiente|usager|usagere|service user|resident|residente|beneficiaire|youth|kiddo|lady|gentleman|man|woman|girl|boy|kid|mum|mom|dad|teen|lad|dame|monsieur|jeune)$/u;

/** A courtesy title and a name or an initial: "Mrs Protheroe", "Mme G.", "M. Gagnon". */
const TITLED_NAME = /(?<![\p{L}])(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M\.)\.?\s+\p{Lu}(?:[\p{Ll}'’-]+|\.)/u;

/** A given name written right after the reference ("my client Hodan", "mon usager Réjean"), maybe behind a title. */
const NAME_AFTER = /^,?\s+(?:(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M\.)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)/u;

/** Capitalized words that follow a reference without being a name. */
const NOT_NAMES = new Set([
  'i', 'the', 'this', 'that', 'and', 'but', 'so', 'today', 'tonight', 'yesterday', 'who', 'et', 'qui', 'aujourd', 'hier', 'ce', 'cette',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/**
 * Where a text names a client who is not on the roster: a reference to one client with a given name
 * beside it, or a courtesy title with a name in a text that speaks of a client. Policies forbid
 * clients' names whether or not the organization listed them (A-601 §1, 6.9, 5.4.1, the CISSS fiche).
 */
export function unlistedClientNames(unit: TextUnit): Array<[number, number]> {
  const references = matchLexicon(clientReference, unit.folded);
  if (references.length === 0) return [];
  const spans: Array<[number, number]> = [];
  for (const [start, end] of references) {
    if (!ENDS_ON_ONE_PERSON.test(unit.folded.slice(start, end))) continue;
    const after = NAME_AFTER.exec(unit.text.slice(end));
    if (after?.[1] !== undefined && !NOT_NAMES.has(after[1].toLowerCase())) spans.push([start, end + after[0].length]);
  }
  const titled = TITLED_NAME.exec(unit.text);
  if (titled !== null) spans.push([titled.index, titled.index + titled[0].length]);
  return spans;
}
