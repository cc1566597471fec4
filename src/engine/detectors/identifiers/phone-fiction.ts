/**
 * Numbers reserved for drama and examples. libphonenumber treats them as not valid, but they are
 * what fixtures and training material use, and a post quoting one still shows a phone number.
 * Sources: Ofcom drama ranges as quoted by BBC News, "The 20,000 fake phone numbers" (2015);
 * NANP 555-0100 to 555-0199 reserved for fiction (identifiers guide §7).
 */
const FICTION_NATIONAL_NUMBERS: readonly RegExp[] = [
  /^[2-9]\d{2}5550[1]\d{2}$/, // NANP NPA-555-01XX
  /^5550[1]\d{2}$/, //           NANP 555-01XX written without area code
  /^7700900\d{3}$/, //           UK mobile 07700 900xxx
  /^2079460\d{3}$/, //           London 020 7946 0xxx
  /^2920180\d{3}$/, //           Cardiff 029 2018 0xxx
  /^1632960\d{3}$/, //           fictional area 01632 960xxx
  /^1\d{2}4960\d{3}$/, //        other cities 01xx 496 0xxx
];

/** True for a national significant number inside a range reserved for fiction. */
export function isFictionNumber(nationalNumber: string): boolean {
  return FICTION_NATIONAL_NUMBERS.some((pattern) => pattern.test(nationalNumber));
}
