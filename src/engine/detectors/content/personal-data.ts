import { z } from 'zod';
import { findIdentifiers, type IdentifierKind } from '../identifiers/index.js';
import { compileLexicon, hasLexicon } from '../../lexicon/compile.js';
import { isOrganizationDomain } from '../../text/organization.js';
import { contentUnits, perUnit } from '../units.js';
import type { Detector, DetectorInput, Hit, TextUnit } from '../types.js';

const PERSONAL_KINDS = ['phone', 'email', 'street-address', 'ca-postal-code', 'uk-postcode', 'date-of-birth', 'ohip', 'ramq-nam',
  'nhs-number', 'ca-sin', 'uk-nino', 'case-number', 'credit-card', 'iban'] as const satisfies readonly IdentifierKind[];
/** Numbers nobody posts of themselves by accident: found, they are someone else's. */
const OFFICIAL_NUMBERS = new Set<IdentifierKind>(['ohip', 'ramq-nam', 'nhs-number', 'ca-sin', 'uk-nino', 'case-number', 'credit-card', 'iban']);

const organizationContact = compileLexicon('organization-contact', ['office', 'bureau', 'reception', 'accueil', 'main line', 'helpline', 'info line', 'switchboard', 'call us', 'appelez-nous',
  'ffoniwch', 'contact', 'rsvp', 'ligne', 'line', 'as usual', 'fel arfer', 'our number', 'notre numero', 'the centre', 'the center']);
const firstPerson = compileLexicon('first-person', ['me', 'my', 'mine', 'i', "i'm", 'im', 'moi', 'mon', 'ma', 'mes', 'je', "j'", "m'", 'fy', 'yn fy']);
const thirdPerson = compileLexicon('third-person', ['her', 'his', 'their', 'him', 'she', 'he', 'them', 'son', 'sa', 'ses', 'lui', 'elle', 'il', 'leur', 'ei', 'anyone know', 'quelqu\'un connait']);
/** Birthday talk around a date with a past year makes it a date of birth ("29 again (14/03/1996 …)"). */
const birthdayContext = compileLexicon('birthday-context', ['birthday', 'bday', 'b-day', 'born', 'anniversaire', 'nee?', 'naissance', 'pen-?blwydd', 'my \\d{1,3}(st|nd|rd|th|e|eme)',
  '\\d{1,3} again', 'star chart', 'baby', 'horoscope', 'zodiac']);

/** A date whose year is after the activity's is an event to come, never a date of birth. */
function isFutureYear(value: string, now: number | undefined): boolean {
  const year = /\b(19|20)\d{2}\b/.exec(value)?.[0];
  return year !== undefined && now !== undefined && Number(year) > new Date(now).getUTCFullYear();
}

function birthDate(unit: TextUnit, value: string, now: number | undefined): boolean {
  const year = /\b(19|20)\d{2}\b/.exec(value)?.[0];
  const thisYear = new Date(now ?? 0).getUTCFullYear();
  return year !== undefined && (now === undefined || Number(year) <= thisYear - 10) && hasLexicon(birthdayContext, unit.folded);
}

/** Up to `size` characters before `end`, from a word start: a word cut in two ("t|he") is no pronoun. */
function windowBefore(text: string, end: number, size: number): string {
  let start = Math.max(0, end - size);
  while (start > 0 && start < end && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start++;
  return text.slice(start, end);
}

const FULL_NAME_AFTER = /^[\s,;:()-]{0,4}\p{Lu}\p{Ll}+[ -]\p{Lu}\p{Ll}+/u;
const FULL_NAME_BEFORE = /\p{Lu}\p{Ll}+[ -]\p{Lu}\p{Ll}+[\s,;:()-]{0,4}$/u;

const params = z.strictObject({
  kinds: z.array(z.enum(PERSONAL_KINDS)).min(1).default([...PERSONAL_KINDS]),
  /** Whose identifiers: the author's own, someone else's, or either. */
  whose: z.enum(['self', 'others', 'any']).default('any'),
});

/** Kinds an organization publishes as its own way to be reached. */
const CONTACT_KINDS: ReadonlySet<IdentifierKind> = new Set(['phone', 'email', 'street-address', 'ca-postal-code', 'uk-postcode']);

/** A toll-free number (North American 800/888/877/866/855/844/833, UK 0800/0808): a service's line, never a person's. */
export function isTollFree(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return /^1?8(00|33|44|55|66|77|88)\d{7}$/.test(digits) || /^(44)?0?80[08]\d{6,7}$/.test(digits);
}

function isOrganizationContact(input: DetectorInput, unit: TextUnit, kind: IdentifierKind, value: string, before: string): boolean {
  if (kind === 'email') {
    if (isOrganizationDomain(value.split('@')[1] ?? '', input.organization.emailDomains)) return true;
  }
  if (!CONTACT_KINDS.has(kind)) return false;
  return hasLexicon(organizationContact, before) || (input.activity.channel === 'official' && !hasLexicon(thirdPerson, before.slice(-30)));
}

/** Where the last match of a global pattern in `text` starts, or -1; its matches are not kept. */
function lastMatchAt(pattern: RegExp, text: string): number {
  let at = -1;
  for (const match of text.matchAll(pattern)) at = Math.max(at, match.index);
  return at;
}

function owner(input: DetectorInput, unit: TextUnit, kind: IdentifierKind, span: readonly [number, number]): 'self' | 'others' {
  const before = windowBefore(unit.folded, span[0], 60);
  const someoneNamed = input.context.roster.find(windowBefore(unit.text, span[0], 60))
    .some((m) => m.entryId !== input.activity.author?.id);
  const firstAt = lastMatchAt(firstPerson.pattern, before);
  const thirdAt = lastMatchAt(thirdPerson.pattern, before);
  // A full name right before the number is its owner's, unless it is the author's own roster name.
  const namedBefore = FULL_NAME_BEFORE.exec(unit.text.slice(Math.max(0, span[0] - 40), span[0]));
  const authorNamed = namedBefore !== null && input.context.roster.find(namedBefore[0]).some((m) => m.entryId === input.activity.author?.id);
  if (someoneNamed || (namedBefore !== null && !authorNamed) || FULL_NAME_AFTER.test(unit.text.slice(span[1], span[1] + 40))) return 'others';
  if (thirdAt > firstAt) return 'others';
  if (firstAt >= 0) return 'self';
  return OFFICIAL_NUMBERS.has(kind) ? 'others' : 'self';
}

/** An identifier the detector keeps, with whose it is once someone asks. */
interface Kept {
  readonly hit: Hit;
  readonly kind: IdentifierKind;
  whose?: 'self' | 'others';
}

/** A unit's identifiers as `kept`, found once per set of kinds however many rules ask (each pack asks for self and others). */
const keptByKinds = perUnit((): Map<string, Kept[]> => new Map());

/** The key of a rule's list of kinds, made once: the list lives as long as the rule's pack. */
const kindsKeys = new WeakMap<readonly IdentifierKind[], string>();
function kindsKey(kinds: readonly IdentifierKind[]): string {
  let key = kindsKeys.get(kinds);
  if (key === undefined) kindsKeys.set(kinds, key = kinds.join(','));
  return key;
}

/**
 * The kinds to search for a rule's kinds: dates too when dates of birth are wanted (a date becomes
 * one in context). Made once per list, so the recognizers see the same list for every post.
 */
const searchedKinds = new WeakMap<readonly IdentifierKind[], readonly IdentifierKind[]>();
function kindsToSearch(wanted: readonly IdentifierKind[]): readonly IdentifierKind[] {
  let kinds = searchedKinds.get(wanted);
  if (kinds === undefined) searchedKinds.set(wanted, kinds = wanted.includes('date-of-birth') ? [...wanted, 'date'] : wanted);
  return kinds;
}

function kept(input: DetectorInput, unit: TextUnit, wanted: readonly IdentifierKind[]): Kept[] {
  const byKinds = keptByKinds(input, unit);
  const key = kindsKey(wanted);
  let list = byKinds.get(key);
  if (list !== undefined) return list;
  list = [];
  // A date counts here only as a date of birth, which has its year: a month named alone never does.
  for (const identifier of findIdentifiers(unit.text, { kinds: kindsToSearch(wanted), monthsAlone: false })) {
    const found = identifier.kind === 'date' ? { ...identifier, kind: 'date-of-birth' as const } : identifier;
    if (identifier.kind === 'date' && !birthDate(unit, identifier.value, input.now)) continue;
    if (found.kind === 'date-of-birth' && isFutureYear(identifier.value, input.now)) continue;
    const before = windowBefore(unit.folded, found.span[0], 40);
    if (found.kind === 'phone' && isTollFree(found.value)) continue;
    if (isOrganizationContact(input, unit, found.kind, found.value, before)) continue;
    list.push({ hit: { field: unit.field, span: found.span, kind: found.kind }, kind: found.kind });
  }
  byKinds.set(key, list);
  return list;
}

/** Personal identifiers (phone, e-mail, address, date of birth, health and insurance numbers), validated. */
export const personalData: Detector<z.infer<typeof params>> = {
  id: 'personal-data',
  paramsSchema: params,
  detect(input, p) {
    const hits: Hit[] = [];
    for (const unit of contentUnits(input)) {
      for (const identifier of kept(input, unit, p.kinds)) {
        if (p.whose !== 'any') {
          identifier.whose ??= owner(input, unit, identifier.kind, identifier.hit.span as readonly [number, number]);
          if (identifier.whose !== p.whose) continue;
        }
        hits.push(identifier.hit);
      }
    }
    return hits;
  },
};
