import { foldText } from './fold.js';
import { hashRange } from './hash-filter.js';

/** `HASH_BASE` of hash-filter.ts, written out so that the compiler folds it into the loop (tests check they agree). */
const BASE = 0x01000193;

/**
 * Word tokens of a folded text. Names are matched token by token, so "Ann" never matches
 * inside "Annual", and apostrophes, hyphens, dots and underscores split words:
 * "d'Amélie" → d | amelie, "Jayden's" → jayden | s, "Jean-François" → jean | francois.
 *
 * Most words of a text are no name: tokens are offsets and a hash, and a token's key (its
 * string) is only made when something looks it up.
 */
export class Tokens {
  /** Keys made so far; dense from the start (filled out of order, a holey array would turn slow). */
  private keys: (string | undefined)[] | undefined;

  constructor(
    private readonly folded: string,
    readonly count: number,
    /** Start, end and key hash (`hashRange`, see hash-filter.ts) of each token, three numbers apiece. */
    private readonly data: Int32Array,
    /** 1 where the token has ignorable units inside, so its key is not a plain slice; none mostly. */
    private readonly marked: Uint8Array | undefined,
  ) {}

  start(j: number): number {
    return this.data[3 * j] ?? 0;
  }

  end(j: number): number {
    return this.data[3 * j + 1] ?? 0;
  }

  hash(j: number): number {
    return this.data[3 * j + 2] ?? 0;
  }

  /** Folded letters and digits of token `j`, combining marks and invisible formatters left out. */
  key(j: number): string {
    if (j < 0 || j >= this.count) return '';
    this.keys ??= new Array<string | undefined>(this.count).fill(undefined);
    let key = this.keys[j];
    if (key === undefined) {
      const start = this.start(j);
      const end = this.end(j);
      key = this.isPlain(j) ? this.folded.slice(start, end) : keyWithoutIgnorables(this.folded, start, end);
      this.keys[j] = key;
    }
    return key;
  }

  /** Token `j`'s key is the plain slice `folded[start..end)`. */
  isPlain(j: number): boolean {
    return this.marked === undefined || this.marked[j] !== 1;
  }
}

/** Character classes, cached per UTF-16 unit. */
const UnitClass = { Unknown: 0, Letter: 1, Ignorable: 2, Other: 3 } as const;
type UnitClass = (typeof UnitClass)[keyof typeof UnitClass];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Inside a word these never split it: accents typed separately, soft hyphens, zero-width joiners. */
const IGNORABLE = /[\p{M}\p{Cf}]/u;

const LETTER = UnitClass.Letter;
const unitClasses = new Uint8Array(0x10000);

const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, unit) => {
  const isWord = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a);
  return isWord ? UnitClass.Letter : UnitClass.Other;
});

function classifyCodePoint(char: string): UnitClass {
  if (LETTER_OR_DIGIT.test(char)) return UnitClass.Letter;
  return IGNORABLE.test(char) ? UnitClass.Ignorable : UnitClass.Other;
}

function classOfUnit(unit: number): UnitClass {
  if (unit < 0x80) return ASCII_CLASSES[unit] as UnitClass;
  let cls = unitClasses[unit] as UnitClass;
  if (cls === UnitClass.Unknown) {
    cls = unit >= 0xd800 && unit <= 0xdfff ? UnitClass.Other : classifyCodePoint(String.fromCharCode(unit));
    unitClasses[unit] = cls;
  }
  return cls;
}

/** Class of the character at `i`; a surrogate pair is classed as one code point. */
function classAt(text: string, i: number): UnitClass {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return classOfUnit(unit);
  return isPairAt(text, i) ? classifyCodePoint(text.slice(i, i + 2)) : UnitClass.Other;
}

function isPairAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

function widthAt(text: string, i: number): number {
  return isPairAt(text, i) ? 2 : 1;
}

/** True when the character at `i` is a letter or digit (a word character). */
export function isWordCharAt(text: string, i: number): boolean {
  return classAt(text, i) === UnitClass.Letter;
}

/** A token and a separator take two units at least. */
const capacityFor = (folded: string): number => 3 * ((folded.length >> 1) + 1);

/** Splits an already folded text into word tokens; offsets are the same as the original's. */
export function tokenizeFolded(folded: string): Tokens {
  return tokenizeInto(folded, new Int32Array(capacityFor(folded)));
}

const MAX_SHARED_CAPACITY = 3 * 32_768; // texts of up to 64 K units
let scanBuffer = new Int32Array(3 * 512);

/**
 * `tokenizeFolded` into a buffer shared by every call: valid until the next call only. For a roster
 * search, which runs to its end before the next begins; a fresh typed array per text would cost
 * more than the tokenizing (larger ones are allocated outside the heap).
 */
export function tokenizeForScan(folded: string): Tokens {
  const capacity = capacityFor(folded);
  // A very long text gets a buffer of its own, so the shared one stays small whatever people post.
  if (capacity > MAX_SHARED_CAPACITY) return tokenizeInto(folded, new Int32Array(capacity));
  if (scanBuffer.length < capacity) scanBuffer = new Int32Array(Math.min(MAX_SHARED_CAPACITY, Math.max(capacity, 2 * scanBuffer.length)));
  return tokenizeInto(folded, scanBuffer);
}

function tokenizeInto(folded: string, data: Int32Array): Tokens {
  const length = folded.length;
  let marked: Uint8Array | undefined;
  let count = 0;
  let i = 0;
  while (i < length) {
    const unit = folded.charCodeAt(i);
    if (unit < 0x80 ? ASCII_CLASSES[unit] !== LETTER : classAt(folded, i) !== LETTER) {
      i += unit < 0xd800 ? 1 : widthAt(folded, i);
      continue;
    }
    const start = i;
    i += unit < 0xd800 ? 1 : widthAt(folded, i);
    let end = i;
    let hash = unit; // hashStep(0, unit)
    let ascii = unit < 0x80; // the hash is made on the way; otherwise over the key at the end
    let clean = true; // no ignorable units inside: the key is a plain slice
    while (i < length) {
      const next = folded.charCodeAt(i);
      if (next < 0x80) {
        if (ASCII_CLASSES[next] !== LETTER) break;
        hash = (Math.imul(hash, BASE) + next) | 0;
        end = ++i;
        continue;
      }
      ascii = false;
      const cls = classAt(folded, i);
      if (cls === UnitClass.Other) break;
      i += next < 0xd800 ? 1 : widthAt(folded, i);
      if (cls === LETTER) end = i;
      else clean = false;
    }
    const plain = clean || !hasIgnorable(folded, start, end);
    if (!plain) (marked ??= new Uint8Array(capacityFor(folded) / 3))[count] = 1;
    data[3 * count] = start;
    data[3 * count + 1] = end;
    data[3 * count + 2] = ascii ? hash : plain ? hashRange(folded, start, end) : keyHash(keyWithoutIgnorables(folded, start, end));
    count++;
    i = end;
  }
  return new Tokens(folded, count, data, marked);
}

function keyHash(key: string): number {
  return hashRange(key, 0, key.length);
}

function hasIgnorable(folded: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += widthAt(folded, i)) if (classAt(folded, i) === UnitClass.Ignorable) return true;
  return false;
}

function keyWithoutIgnorables(folded: string, start: number, end: number): string {
  let key = '';
  for (let i = start; i < end;) {
    const width = widthAt(folded, i);
    if (classAt(folded, i) === UnitClass.Letter) key += folded.slice(i, i + width);
    i += width;
  }
  return key;
}

/** Tokens of a roster name or alias, folded the same way as searched texts. */
export function nameTokens(name: string): string[] {
  const tokens = tokenizeFolded(foldText(name));
  return Array.from({ length: tokens.count }, (_, j) => tokens.key(j));
}
