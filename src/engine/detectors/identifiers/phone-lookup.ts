import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

/** What the library says about one number inside a digit run (offsets relative to the run). */
export interface PhoneLookup {
  readonly startsAt: number;
  readonly endsAt: number;
  readonly valid: boolean;
  readonly country: CountryCode | undefined;
  readonly nationalNumber: string;
}

const MEMO_LIMIT = 512;
/**
 * The library costs 10–35 µs a number. An organization's own numbers recur in its staff's posts,
 * so answers are memoized (bounded, least recently used first out); results do not depend on it.
 */
const memo = new Map<string, readonly PhoneLookup[]>();

/** A run with a single number (≤ 15 digits, E.164) is parsed whole, which is twice as fast as a search. */
function parseWhole(run: string, region: CountryCode, digitCount: number): PhoneLookup[] | undefined {
  if (digitCount > 15) return undefined;
  // An opening bracket with no closing one belongs to the sentence, not the number.
  const start = run[0] === '(' && !run.includes(')') ? 1 : 0;
  const number = parsePhoneNumberFromString(run.slice(start), { defaultCountry: region, extract: false }, metadata);
  if (number === undefined || !number.isPossible()) return undefined;
  return [{ startsAt: start, endsAt: run.length, valid: number.isValid(), country: number.country, nationalNumber: number.nationalNumber }];
}

function search(run: string, region: CountryCode): PhoneLookup[] {
  return findPhoneNumbersInText(run, { defaultCountry: region, extended: true }, metadata).map((found) => ({
    startsAt: found.startsAt,
    endsAt: found.endsAt,
    valid: found.number.isValid(),
    country: found.number.country,
    nationalNumber: found.number.nationalNumber,
  }));
}

/** The phone numbers libphonenumber-js finds in `run` with `region` as the default country. */
export function lookUpPhones(run: string, region: CountryCode, digitCount: number): readonly PhoneLookup[] {
  const key = `${region}|${run}`;
  const known = memo.get(key);
  if (known !== undefined) {
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const answer = parseWhole(run, region, digitCount) ?? search(run, region);
  memo.set(key, answer);
  if (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  return answer;
}
