import { COMMON_WORDS } from './common-words.js';
import { isTitleCase, startsWithCapital } from './casing.js';
import type { RosterIndex } from './roster-index.js';
import type { Tokens } from './tokenize.js';
import type { MentionHow } from './types.js';

/** A mention before ordering and pruning, with the entry's index in the roster. */
export interface RawMention {
  readonly entry: number;
  readonly start: number;
  readonly end: number;
  readonly how: MentionHow;
}

const NONE: readonly string[] = [];

let sharedNames = new Uint8Array(256);

/** One search of one text: the original, its folded form and tokens, and the hits so far. */
export class Scan {
  readonly mentions: RawMention[] = [];
  /** Dense from the start: filled out of order, a holey array would fall into slow dictionary mode. */
  private typoMemo: (readonly string[] | undefined)[] | undefined;
  /**
   * Per token, 1 when it is a word of some roster name (`index.nameTokens`). A buffer shared by
   * every scan: a search runs to its end before the next begins, and each fills it afresh.
   */
  private readonly names: Uint8Array;

  constructor(
    readonly text: string,
    readonly folded: string,
    readonly tokens: Tokens,
    readonly index: RosterIndex,
  ) {
    if (sharedNames.length < tokens.count) sharedNames = new Uint8Array(Math.max(tokens.count, 2 * sharedNames.length));
    this.names = sharedNames;
    const filter = index.tokenFilter;
    for (let j = 0; j < tokens.count; j++) {
      sharedNames[j] = filter.has(tokens.hash(j)) && index.nameTokens.has(tokens.key(j)) ? 1 : 0;
    }
  }

  /** Token `j` is a word of some roster name. Every first word of a name in the trie is one. */
  isName(j: number): boolean {
    return this.names[j] === 1;
  }

  key(j: number): string {
    return this.tokens.key(j);
  }

  start(j: number): number {
    return this.tokens.start(j);
  }

  end(j: number): number {
    return this.tokens.end(j);
  }

  /** What separates token `j` from token `j + 1`. */
  gapAfter(j: number): string {
    return this.folded.slice(this.end(j), this.start(j + 1));
  }

  /**
   * Tokens `j` and `j + 1` can be two words of one name: "Jean-François", "O'Brien", "jayden.t".
   * The gap is up to 8 spaces (line breaks and invisible formatters included), or up to 3 of
   * spaces, tabs, hyphens, apostrophes, dots and underscores. Read unit by unit: this runs for
   * most words of every text.
   */
  joins(j: number): boolean {
    const from = this.end(j);
    const length = this.start(j + 1) - from;
    if (length < 1 || length > 8) return false;
    let spaces = true;
    let separators = length <= 3;
    for (let k = from; k < from + length && (spaces || separators); k++) {
      const unit = this.folded.charCodeAt(k);
      const invisible = (unit >= 0x200b && unit <= 0x200d) || unit === 0xad || unit === 0xfeff;
      const space = unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || invisible;
      const separator = (space && unit !== 0x0a && unit !== 0x0d) || unit === 0x2d || unit === 0x27 || unit === 0x2e || unit === 0x5f;
      spaces &&= space;
      separators &&= separator;
    }
    return spaces || separators;
  }

  /** Token `j` is written with a capital first ("Rose", "ROSE", "Élise"). */
  startsWithCapital(j: number): boolean {
    const start = this.start(j);
    const unit = this.text.charCodeAt(start);
    return unit < 0x80 ? unit >= 0x41 && unit <= 0x5a : startsWithCapital(this.text, start);
  }

  /**
   * A name or a typo of one may start at token `j`: it is a word of some roster name, or it is
   * capitalized, or the next word is a name word joined to it. Most words of a text are none.
   */
  mayStartName(j: number): boolean {
    if (this.names[j] === 1 || this.startsWithCapital(j)) return true;
    return j + 1 < this.tokens.count && this.names[j + 1] === 1 && this.joins(j);
  }

  /** Tokens `from..to` are each written with a capital and small letters. */
  allTitleCase(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) if (!isTitleCase(this.text, this.start(j), this.end(j))) return false;
    return true;
  }

  /** A single capital letter: "J" of "J.T." or "T" of "Jayden T.". */
  isInitial(j: number): boolean {
    // A one-unit key is a one-unit token: ignorables only ever sit between two letters.
    const start = this.start(j);
    if (this.end(j) - start !== 1) return false;
    const unit = this.folded.charCodeAt(start);
    return unit >= 0x61 && unit <= 0x7a && startsWithCapital(this.text, start);
  }

  /** An initial with its full stop: "J." of "J.T.". */
  isDottedInitial(j: number): boolean {
    return this.text.charCodeAt(this.end(j)) === 0x2e && this.isInitial(j);
  }

  /** Roster name tokens one typo away from token `j`, unless the word is a name or an everyday word. */
  typoCandidates(j: number): readonly string[] {
    this.typoMemo ??= new Array<readonly string[] | undefined>(this.tokens.count).fill(undefined);
    let candidates = this.typoMemo[j];
    if (candidates === undefined) {
      const { typos } = this.index;
      const start = this.start(j);
      // Most words have no name within one edit: the filter says so without a key or a look-up.
      const hopeless = this.isName(j) || (this.tokens.isPlain(j) && !typos.mayBeNear(this.folded, start, this.end(j)));
      const key = hopeless ? '' : this.key(j);
      const excluded = hopeless || COMMON_WORDS.has(key) || /\d/.test(key);
      candidates = excluded ? NONE : typos.near(key);
      this.typoMemo[j] = candidates;
    }
    return candidates;
  }

  add(entry: number, start: number, end: number, how: MentionHow): void {
    this.mentions.push({ entry, start, end, how });
  }
}
