import {
  englishDataset, englishRecommendedBlacklistMatcherTransformers, englishRecommendedTransformers, RegExpMatcher,
} from 'obscenity';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { memoByText } from '../../text/text-memo.js';
import { LITERAL, needleAutomaton, needlesOf, OPTIONAL, stepNeedles } from './profanity-needles.js';

/**
 * English profanity through `obscenity` (obfuscation-aware), behind a prefilter that is exact in
 * one direction: it never skips a text the matcher would flag. The matcher runs every one of its
 * ~120 patterns over a transformed copy of the text, which costs ~100 µs on a 450-character post;
 * the prefilter decides in a few µs for most posts that no pattern can match, and where one might,
 * the matcher reads only a few words around the place.
 *
 * Why it is exact: the matcher maps each character (confusables, leet speak, lower case), then
 * collapses repeated characters up to a threshold, and matches patterns made of literals,
 * optionals and wildcards. Mapping characters the same way and collapsing *every* run keeps a
 * match's characters in order, with the same word boundaries, only merging neighbours that are
 * equal; so if no pattern matches the collapsed form (where every
 * literal's repeated characters may be one), the matcher finds nothing.
 */

interface SimpleTransformer { readonly type: 0; transform(char: number): number | undefined }
const simpleTransformers = (englishRecommendedBlacklistMatcherTransformers as readonly { type: number }[])
  .filter((t): t is SimpleTransformer => t.type === 0);

const UNMAPPED = -2;
const DROPPED = -1;
/** Each BMP character's image through the simple transformers, filled as characters are met. */
const bmpImage = new Int32Array(0x10000).fill(UNMAPPED);

function transformCodePoint(codePoint: number): number {
  let char: number | undefined = codePoint;
  for (const transformer of simpleTransformers) {
    char = transformer.transform(char);
    if (char === undefined) return DROPPED;
  }
  return char;
}

function imageOf(codePoint: number): number {
  if (codePoint > 0xffff) return transformCodePoint(codePoint);
  let image = bmpImage[codePoint] as number;
  if (image === UNMAPPED) bmpImage[codePoint] = image = transformCodePoint(codePoint);
  return image;
}

/** The images of the ASCII characters, known from the start: most text is ASCII. */
const asciiImage = Int32Array.from({ length: 0x80 }, (_, code) => transformCodePoint(code));

let scratch = new Uint16Array(1024);
/** The same code units as bytes, when they are all ASCII: the common case, which decodes fastest. */
let asciiScratch = new Uint8Array(1024);
let origins = new Int32Array(1024);

/** UTF-16 code units to a string; in chunks, since spreading a long array overflows the stack. */
function unitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let at = 0; at < length; at += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');
const ASCII = 0;
const BMP = 1; // no surrogate
const ANY = 2;

/**
 * The code units as a string. Decoders are several times faster than `String.fromCharCode`, but
 * exact only where nothing can be ill-formed: ASCII bytes as UTF-8, or UTF-16 with no surrogate
 * (a decoder would replace a lone one).
 */
function formString(length: number, kind: number): string {
  if (kind === ASCII) return utf8.decode(asciiScratch.subarray(0, length));
  if (kind === BMP) return utf16.decode(scratch.subarray(0, length));
  return unitsToString(scratch, length);
}

interface CollapsedForm {
  readonly text: string;
  /**
   * For each code unit of `text`, the index in the original text it came from (past its length,
   * anything). A scratch buffer: valid until the next `collapsedForm`, so read it at once.
   */
  readonly origins: Int32Array;
  /** Whether a pattern that need not start a word may match: false when none of their needles occurs. */
  readonly mayMatchAnywhere: boolean;
}

/**
 * The text as the matcher sees it, with every run of one character collapsed to one. Built in a
 * scratch buffer: appending characters to a string one by one costs ten times more here.
 */
function collapsedForm(text: string): CollapsedForm {
  if (scratch.length < text.length * 2) {
    scratch = new Uint16Array(text.length * 2);
    asciiScratch = new Uint8Array(text.length * 2);
    origins = new Int32Array(text.length * 2);
  }
  let length = 0;
  let previous = DROPPED;
  let kind = ASCII; // while ASCII, the units are in asciiScratch only
  // The needles of the patterns that may match anywhere, looked for as the units are written.
  const needleEnds = ANYWHERE.ends;
  let needleState = 0;
  let anywhere = false;
  for (let i = 0; i < text.length; i++) {
    const at = i;
    let codePoint = text.charCodeAt(i);
    let char: number;
    if (codePoint < 0x80) char = asciiImage[codePoint] as number;
    else {
      if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
        codePoint = text.codePointAt(i) as number;
        if (codePoint > 0xffff) i++;
      }
      char = imageOf(codePoint);
    }
    if (char === DROPPED || char === previous) continue;
    previous = char;
    origins[length] = at;
    if (char < 0x80) {
      needleState = stepNeedles(ANYWHERE, needleState, char);
      if (needleEnds[needleState] === 1) anywhere = true;
      if (kind === ASCII) asciiScratch[length++] = char;
      else scratch[length++] = char;
      continue;
    }
    // A unit past ASCII (and an astral character's second unit): the needles' class of every unit they do not name.
    needleState = stepNeedles(ANYWHERE, needleState, char);
    if (needleEnds[needleState] === 1) anywhere = true;
    if (char > 0xffff) {
      needleState = stepNeedles(ANYWHERE, needleState, char);
      if (needleEnds[needleState] === 1) anywhere = true;
    }
    if (kind === ASCII) scratch.set(asciiScratch.subarray(0, length));
    if (char <= 0xffff) {
      kind = kind === ANY || (char >= 0xd800 && char <= 0xdfff) ? ANY : BMP;
      scratch[length++] = char;
    } else {
      kind = ANY;
      scratch[length++] = 0xd800 + ((char - 0x10000) >> 10);
      origins[length] = at;
      scratch[length++] = 0xdc00 + ((char - 0x10000) & 0x3ff);
    }
  }
  return { text: formString(length, kind), origins, mayMatchAnywhere: anywhere };
}

interface PatternNode { readonly kind: number; readonly chars?: readonly number[]; readonly childNode?: PatternNode }
interface Pattern { readonly requireWordBoundaryAtStart: boolean; readonly requireWordBoundaryAtEnd: boolean; readonly nodes: readonly PatternNode[] }

const escape = (char: number) => escapeRegExp(String.fromCodePoint(char));

/**
 * The pattern as a regular expression over the collapsed form: literals collapsed, a character
 * equal to one that may precede it optional (collapsing may have merged them), wildcards optional.
 * Returned without its leading boundary, and split after its first character when that is fixed,
 * so that patterns can be grouped by first character: the grouped alternation is several times
 * faster to scan than the flat one.
 */
function collapsedPattern(pattern: Pattern): { readonly bounded: boolean; readonly first: string; readonly rest: string } {
  let source = '';
  let first = '';
  let mayPrecede = new Set<number>();
  const literal = (chars: readonly number[]): string => chars.map((char) => {
    const piece = mayPrecede.has(char) ? `${escape(char)}?` : escape(char);
    mayPrecede = new Set([char]);
    return piece;
  }).join('');
  pattern.nodes.forEach((node, index) => {
    if (node.kind === LITERAL) {
      const chars = node.chars ?? [];
      if (index === 0 && chars.length > 0) {
        first = escape(chars[0] as number);
        mayPrecede = new Set([chars[0] as number]);
        source += literal(chars.slice(1));
      } else source += literal(chars);
    } else if (node.kind === OPTIONAL && node.childNode?.kind === LITERAL) {
      const before = mayPrecede;
      source += `(?:${literal(node.childNode.chars ?? [])})?`;
      mayPrecede = new Set([...before, ...mayPrecede]);
    } else {
      source += '.?';
      mayPrecede = new Set();
    }
  });
  return { bounded: pattern.requireWordBoundaryAtStart, first, rest: source + (pattern.requireWordBoundaryAtEnd ? '\\b' : '') };
}

function alternation(patterns: readonly { readonly first: string; readonly rest: string }[]): string {
  const byFirst = new Map<string, string[]>();
  for (const { first, rest } of patterns) byFirst.set(first, [...(byFirst.get(first) ?? []), rest]);
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

const dataset = englishDataset.build();
const patterns = dataset.blacklistedTerms.map((term) => ({ id: term.id, ...collapsedPattern(term.pattern as Pattern) }));
const prefilterSource = `\\b(?:${alternation(patterns.filter((p) => p.bounded))})|${alternation(patterns.filter((p) => !p.bounded))}`;
const prefilter = new RegExp(prefilterSource, 's');
const prefilterAll = new RegExp(prefilterSource, 'gs');
/**
 * The patterns that must start a word, alone: the others, which may start anywhere, cost most of the
 * scan, and where none of their needles occurs in the collapsed form they cannot match.
 */
const wordStartsAll = new RegExp(`\\b(?:${alternation(patterns.filter((p) => p.bounded))})`, 'gs');
const anywhereNeedles = dataset.blacklistedTerms.filter((term) => !(term.pattern as Pattern).requireWordBoundaryAtStart)
  .map((term) => needlesOf((term.pattern as Pattern).nodes));
/** The needles of the patterns that may match anywhere; one that always reports a needle when some such pattern has none. */
const ANYWHERE = anywhereNeedles.every((needles) => needles !== undefined)
  ? needleAutomaton(anywhereNeedles.flat() as string[]) : needleAutomaton(['']);

/** Each pattern on its own, sticky, grouped by its first character, to tell which may match at a place. */
const stickyPatterns = patterns.map((p) => ({ id: p.id, first: p.first, sticky: new RegExp(`${p.bounded ? '\\b' : ''}${p.first}${p.rest}`, 'sy') }));
const patternsByFirst = new Map<string, typeof stickyPatterns>();
for (const p of stickyPatterns) patternsByFirst.set(p.first, [...(patternsByFirst.get(p.first) ?? []), p]);
/** No pattern's match is longer than this many characters of the collapsed form. */
const LONGEST_MATCH = Math.max(...dataset.blacklistedTerms.map((term) =>
  (term.pattern as Pattern).nodes.reduce((n, node) => n + (node.chars?.length ?? node.childNode?.chars?.length ?? 1), 0)));

/** The dataset's patterns that may match at `at` in the collapsed form. */
function patternsMatchingAt(form: string, at: number): number[] {
  const candidates = [...(patternsByFirst.get(escape(form.codePointAt(at) as number)) ?? []), ...(patternsByFirst.get('') ?? [])];
  return candidates.filter((p) => {
    p.sticky.lastIndex = at;
    return p.sticky.test(form);
  }).map((p) => p.id);
}

/**
 * What decides which patterns match at `at`: the character before it (for a leading \b; a space
 * stands for the start, which is a boundary the same way) and the longest match and one more
 * character after it (for a trailing \b).
 */
function placeKey(form: string, at: number): string {
  const end = at + LONGEST_MATCH + 1;
  return at > 0 ? form.slice(at - 1, end) : ` ${form.slice(0, end)}`;
}

interface PatternsAtPlace { readonly ids: readonly number[]; readonly key: string }

/** The patterns that may match at a place, by its key, with their sorted ids as a key of their own. */
function patternsAtKey(key: string): PatternsAtPlace {
  const ids = patternsMatchingAt(key, 1);
  return { ids, key: idsKey(ids) };
}

/** Patterns by place key: a post's few places ("as" of "assessment") come back post after post. */
const patternsAtPlace = memoByText(patternsAtKey, { max: 4096 });

/** The dataset's patterns that may match at `at`, with their sorted ids as a key. */
function patternsAt(form: string, at: number): PatternsAtPlace {
  return patternsAtPlace(placeKey(form, at));
}

const idsKey = (ids: Iterable<number>) => [...ids].sort((x, y) => x - y).join(',');

/**
 * Words of this field's everyday writing that the English dataset misreads: French "rappel"
 * (a reminder) is not "rape", "cum laude" and cumin are not obscene, pornography and trafficking
 * come up in prevention and child-protection work, and in Britain "off the fags" or "a packet of
 * fags" are cigarettes (the slur aimed at someone still counts). Written as the matcher compares
 * them: lower case.
 */
const ALLOWED_WORDS = ['rappel', 'cum laude', 'magna cum', 'summa cum', 'cumin', 'shiitake', 'pornograph', 'traffick',
  'the fags', 'of fags', 'fag break', 'fag packet'];

/** Matchers for a few of the dataset's patterns, with all its allowed words: cheap on short windows. */
const subsetMatchers = new Map<string, RegExpMatcher>();
function matcherFor(ids: ReadonlySet<number>): RegExpMatcher {
  const key = [...ids].sort((x, y) => x - y).join(',');
  let subset = subsetMatchers.get(key);
  if (subset === undefined) {
    subset = new RegExpMatcher({
      blacklistedTerms: dataset.blacklistedTerms.filter((t) => ids.has(t.id)),
      whitelistedTerms: [...(dataset.whitelistedTerms ?? []), ...ALLOWED_WORDS],
      ...englishRecommendedTransformers,
    });
    if (subsetMatchers.size >= 512) subsetMatchers.clear();
    subsetMatchers.set(key, subset);
  }
  return subset;
}

const WILDCARD = 1;
/** Which BMP characters /\s/ matches (none outside it), as a table: words are read character by character. */
const SPACE = new Uint8Array(0x10000).map((_, code) => (/\s/.test(String.fromCharCode(code)) ? 1 : 0));
const isSpaceCode = (code: number) => code <= 0xffff && SPACE[code] === 1;

/**
 * Patterns whose every match lies inside one word: no space and no wildcard in them, and no match
 * inside an allowed phrase of several words ("kung fu" allows "fu"). Where only such patterns may
 * match, the word alone decides, whatever surrounds it.
 */
const multiWordAllowed = [...(dataset.whitelistedTerms ?? []), ...ALLOWED_WORDS].filter((t) => /\s/.test(t));
const withinOneWord = new Set(dataset.blacklistedTerms.filter((term) => {
  const nodes = (term.pattern as Pattern).nodes;
  if (nodes.some((n) => n.kind === WILDCARD || n.childNode?.kind === WILDCARD)) return false;
  if (nodes.some((n) => [...(n.chars ?? []), ...(n.childNode?.chars ?? [])].some(isSpaceCode))) return false;
  const alone = new RegExpMatcher({ blacklistedTerms: [term], ...englishRecommendedTransformers });
  return multiWordAllowed.every((phrase) => !alone.hasMatch(phrase));
}).map((term) => term.id));

/** A character the matcher reads as white space: it ends a word ("as\uFEFFs", where it is dropped, does not). */
function isWordBreak(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!isSpaceCode(code)) return false;
  const image = imageOf(code);
  return image !== DROPPED && isSpaceCode(image);
}

/** The word around `at`: from the break before it to the break after it; undefined for a word too long to follow. */
function wordAround(text: string, at: number): [number, number] | undefined {
  let start = at;
  while (start > 0 && !isWordBreak(text, start - 1)) if (at - --start > MAX_REACH) return undefined;
  let end = at;
  while (end < text.length && !isWordBreak(text, end)) if (++end - at > MAX_REACH) return undefined;
  return [start, end];
}

/** Decisions on short words already screened, by patterns and word: the field's vocabulary ("assessment", "class") comes back. */
const screenedWords = new Map<string, readonly ProfanityMatch[]>();
const REMEMBERED_WORD = 12; // V8 copies slices this short: a key never keeps a whole post alive

/** `patternsKey`: `idsKey(ids)`. */
function screenWord(word: string, ids: ReadonlySet<number>, patternsKey: string): readonly ProfanityMatch[] {
  const key = word.length <= REMEMBERED_WORD ? `${patternsKey}|${word}` : undefined;
  const known = key === undefined ? undefined : screenedWords.get(key);
  if (known !== undefined) return known;
  const found = matchesIn(word, 0, ids);
  if (key !== undefined) {
    if (screenedWords.size >= 4096) screenedWords.clear();
    screenedWords.set(key, found);
  }
  return found;
}

function matchesIn(text: string, offset: number, ids: ReadonlySet<number>): ProfanityMatch[] {
  return matcherFor(ids).getAllMatches(text, true).map((match) => ({
    start: offset + match.startIndex,
    end: offset + match.endIndex + 1,
    word: englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '',
    term: match.termId,
  }));
}

/** Whether the text may hold English profanity: false means the matcher would find none. */
export function mayHoldEnglishProfanity(text: string): boolean {
  return prefilter.test(collapsedForm(text).text);
}

const isSpace = (char: string | undefined) => char !== undefined && isSpaceCode(char.charCodeAt(0));

/**
 * How far a word is followed, at most: a "word" of a megabyte without a space would otherwise be
 * read again for every place in it. No allowed phrase or match is anywhere near this long.
 */
const MAX_REACH = 256;

/** From `at`, the start of its word and then of `words` more words before it. */
function wordsBefore(text: string, at: number, words: number): number {
  let i = at;
  const limit = Math.max(0, at - MAX_REACH * (words + 1));
  for (let w = 0; w <= words; w++) {
    while (i > limit && isSpace(text[i - 1])) i--;
    while (i > limit && !isSpace(text[i - 1])) i--;
  }
  return i;
}

function wordsAfter(text: string, at: number, words: number): number {
  let i = at;
  const limit = Math.min(text.length, at + MAX_REACH * (words + 1));
  for (let w = 0; w <= words; w++) {
    while (i < limit && isSpace(text[i])) i++;
    while (i < limit && !isSpace(text[i])) i++;
  }
  return i;
}

/**
 * The stretches of the text where the prefilter saw a possible match, each widened to whole words
 * and two words more on each side (the dataset's allowed phrases are at most two words), merged,
 * with the patterns that may match there. The matcher's decisions are local to a match and its
 * allowed phrases, and every window starts and ends at white space, so screening each window for
 * its patterns finds exactly what screening the whole text for every pattern finds.
 */
interface Window {
  readonly start: number;
  end: number;
  readonly patterns: Set<number>;
  /**
   * Where the matches this window answers for start, when a long run of close places was cut into
   * windows of at most MAX_WINDOW characters: neighbours overlap, and each keeps the matches that
   * start from its own first place up to the next window's first place, where it holds all the
   * words around them.
   */
  readonly ownFrom: number;
  ownTo: number;
  /** `idsKey(patterns)` while it is known without sorting again. */
  patternsKey?: string | undefined;
}

/** Longest window handed to the matcher, whose allowed-word checks grow faster than the text. */
const MAX_WINDOW = 4096;

function candidateWindows(text: string, form: CollapsedForm): { windows: Window[]; words: Window[] } {
  const windows: Window[] = [];
  const words: Window[] = [];
  const re = form.mayMatchAnywhere ? prefilterAll : wordStartsAll;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(form.text)) !== null) {
    const from = form.origins[m.index] as number;
    const { ids, key } = patternsAt(form.text, m.index);
    re.lastIndex = m.index + 1;
    if (ids.every((id) => withinOneWord.has(id))) {
      const lastWord = words[words.length - 1];
      if (lastWord && from < lastWord.end) {
        const before = lastWord.patterns.size;
        for (const id of ids) lastWord.patterns.add(id);
        if (lastWord.patterns.size !== before) lastWord.patternsKey = undefined;
        continue;
      }
      const word = wordAround(text, from);
      if (word) {
        words.push({ start: word[0], end: word[1], patterns: new Set(ids), ownFrom: -Infinity, ownTo: Infinity, patternsKey: key });
        continue;
      }
    }
    const to = form.origins[Math.min(form.text.length - 1, m.index + LONGEST_MATCH)] as number;
    const start = wordsBefore(text, from, 2);
    const end = wordsAfter(text, to + 1, 2);
    const last = windows[windows.length - 1];
    if (last && start <= last.end && Math.max(last.end, end) - last.start <= MAX_WINDOW) {
      last.end = Math.max(last.end, end);
      for (const id of ids) last.patterns.add(id);
    } else if (last && start <= last.end) {
      last.ownTo = from;
      windows.push({ start, end, patterns: new Set(ids), ownFrom: from, ownTo: Infinity });
    } else windows.push({ start, end, patterns: new Set(ids), ownFrom: -Infinity, ownTo: Infinity });
  }
  return { windows, words };
}

export interface ProfanityMatch {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly word: string;
  /** The dataset pattern that matched. */
  readonly term: number;
}

/**
 * English profanity in the text, obfuscations included, with the dataset's original word. Where
 * only patterns that stay within one word may match, the word is screened alone (and remembered);
 * elsewhere a window of words around the place. A match both find is reported once.
 */
export function englishProfanityIn(text: string): ProfanityMatch[] {
  const { windows, words } = candidateWindows(text, collapsedForm(text));
  const found = windows.flatMap(({ start, end, patterns: ids, ownFrom, ownTo }) => matchesIn(text.slice(start, end), start, ids)
    .filter((match) => match.start >= ownFrom && match.start < ownTo));
  for (const { start, end, patterns: ids, patternsKey } of words) {
    for (const match of screenWord(text.slice(start, end), ids, patternsKey ?? idsKey(ids))) found.push({ ...match, start: start + match.start, end: start + match.end });
  }
  if (windows.length === 0 || words.length === 0) return found;
  const seen = new Set<string>();
  return found.filter((match) => {
    const key = `${match.start}:${match.end}:${match.term}`;
    return seen.has(key) ? false : (seen.add(key), true);
  }).sort((a, b) => a.start - b.start);
}

