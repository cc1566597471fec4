import { nameTokens } from './tokenize.js';

/** A roster name split into the token sequences that may stand for it in a text. */
export interface NameForms {
  /** The whole name, and the given name + surname without middle names, or surname first. */
  readonly full: readonly (readonly string[])[];
  /** The given name alone ("Jean-François" → jean francois, and jeanfrancois). */
  readonly first: readonly (readonly string[])[];
  /** The surname alone, particles included ("de la Fontaine", "St-Pierre"). */
  readonly surname: readonly (readonly string[])[];
  /** First letter of the given name and of the surname, for initials. */
  readonly initials: readonly [string, string] | undefined;
}

/** Lower-case words that belong to the surname that follows them. */
const SURNAME_PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos',
  'das', 'st', 'ste', 'saint', 'sainte', 'mac', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'af',
]);

function uniqueSequences(sequences: (readonly string[])[]): (readonly string[])[] {
  const seen = new Map<string, readonly string[]>();
  for (const sequence of sequences) {
    if (sequence.length > 0) seen.set(sequence.join(' '), sequence);
  }
  return [...seen.values()];
}

/** The sequence itself, and, when hyphens or apostrophes split it, the words run together. */
function withJoined(tokens: readonly string[]): (readonly string[])[] {
  return tokens.length > 1 ? [tokens, [tokens.join('')]] : [tokens];
}

export function nameForms(name: string): NameForms {
  const parts = name.split(/\s+/).map(nameTokens).filter((tokens) => tokens.length > 0);
  if (parts.length === 0) return { full: [], first: [], surname: [], initials: undefined };
  const all = parts.flat();
  if (parts.length === 1) {
    return { full: uniqueSequences(withJoined(all)), first: [], surname: [], initials: undefined };
  }
  let surnameStart = parts.length - 1;
  while (surnameStart > 1 && SURNAME_PARTICLES.has((parts[surnameStart - 1] ?? []).join(' '))) surnameStart--;
  const given = parts[0] ?? [];
  const surname = parts.slice(surnameStart).flat();
  // Run together whole, as in hashtags and user names: "#JaydenTremblay".
  const full: (readonly string[])[] = [all, parts.map((part) => part.join('')), [all.join('')]];
  if (surnameStart > 1) full.push([...given, ...surname]);
  full.push([...surname, ...given]); // "Tremblay Jayden", as on forms and lists
  return {
    full: uniqueSequences(full),
    first: uniqueSequences(withJoined(given)),
    surname: uniqueSequences(withJoined(surname)),
    initials: [given[0]?.[0] ?? '', surname[0]?.[0] ?? ''],
  };
}

/** Token sequences of an alias: as written, and with hyphenated words run together. */
export function aliasForms(alias: string): (readonly string[])[] {
  const parts = alias.split(/\s+/).map(nameTokens).filter((tokens) => tokens.length > 0);
  return uniqueSequences([parts.flat(), parts.map((part) => part.join(''))]);
}
