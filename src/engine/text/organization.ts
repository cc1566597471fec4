import { escapeRegExp } from './escape-regexp.js';
import { foldText } from './fold.js';
import { memoByText } from './text-memo.js';

/**
 * A matcher for the organization's names, and for each name the part before its first space: a
 * name can only be found where that part is, so a text holding none of them is not scanned.
 */
interface OrganizationPattern {
  readonly regex: RegExp;
  readonly needles: readonly string[];
}

const cache = new Map<string, OrganizationPattern>();

/** A matcher for the organization's names; names are matched as whole words, accents and case aside. */
function organizationPattern(names: readonly string[]): OrganizationPattern | undefined {
  // Every detector of an evaluation asks with the same names: compare them before building a key.
  if (last !== undefined && sameNames(last.names, names)) return last.pattern;
  const pattern = patternFor(names);
  last = { names, pattern };
  return pattern;
}

let last: { readonly names: readonly string[]; readonly pattern: OrganizationPattern | undefined } | undefined;

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function patternFor(names: readonly string[]): OrganizationPattern | undefined {
  const key = names.join('\u0000');
  let pattern = cache.get(key);
  if (pattern === undefined && names.length > 0) {
    const folded = [...new Set(names.map((n) => foldText(n.trim())).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
    const alternatives = folded.map((n) => escapeRegExp(n).replace(/\s+/g, '[\\s_-]*'));
    if (alternatives.length === 0) return undefined;
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])#?@?(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    // Spaces become `[\s_-]*` in the pattern; what comes before the first one is matched as written.
    pattern = { regex, needles: [...new Set(folded.map((n) => n.split(/\s/, 1)[0] as string))] };
    if (cache.size > 1_000) cache.clear();
    cache.set(key, pattern);
  }
  return pattern;
}

function holdsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

const NO_MENTIONS: ReadonlyArray<readonly [number, number]> = Object.freeze([]);

/** Whether an e-mail domain is one of the organization's, or a subdomain of one; case aside. */
export function isOrganizationDomain(domain: string, domains: readonly string[]): boolean {
  const d = foldText(domain.trim());
  return domains.some((own) => {
    const o = foldText(own.trim());
    return d === o || d.endsWith(`.${o}`);
  });
}

/** Mentions found so far in each text, by pattern: several detectors ask about the same text. */
const mentionsOf = memoByText((): Map<RegExp, ReadonlyArray<readonly [number, number]>> => new Map());

/** Spans of the organization's names in an already folded text. */
export function findOrganizationMentions(folded: string, names: readonly string[]): ReadonlyArray<readonly [number, number]> {
  const pattern = organizationPattern(names);
  if (pattern === undefined) return [];
  if (!holdsAny(folded, pattern.needles)) return NO_MENTIONS;
  const known = mentionsOf(folded);
  let spans = known.get(pattern.regex);
  if (spans === undefined) {
    const found: Array<readonly [number, number]> = [];
    pattern.regex.lastIndex = 0;
    for (const m of folded.matchAll(pattern.regex)) found.push([m.index, m.index + m[0].length]);
    known.set(pattern.regex, spans = found);
  }
  return spans;
}
