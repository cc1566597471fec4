import { escapeRegExp } from './escape-regexp.js';
import { foldText } from './fold.js';
import { memoByText } from './text-memo.js';

const cache = new Map<string, RegExp>();

/** A matcher for the organization's names; names are matched as whole words, accents and case aside. */
function organizationPattern(names: readonly string[]): RegExp | undefined {
  // Every detector of an evaluation asks with the same names: compare them before building a key.
  if (last !== undefined && sameNames(last.names, names)) return last.pattern;
  const pattern = patternFor(names);
  last = { names, pattern };
  return pattern;
}

let last: { readonly names: readonly string[]; readonly pattern: RegExp | undefined } | undefined;

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function patternFor(names: readonly string[]): RegExp | undefined {
  const key = names.join('\u0000');
  let pattern = cache.get(key);
  if (pattern === undefined && names.length > 0) {
    const alternatives = [...new Set(names.map((n) => foldText(n.trim())).filter((n) => n.length >= 2))]
      .sort((a, b) => b.length - a.length)
      .map((n) => escapeRegExp(n).replace(/\s+/g, '[\\s_-]*'));
    if (alternatives.length === 0) return undefined;
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])#?@?(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    if (cache.size > 1_000) cache.clear();
    cache.set(key, pattern);
  }
  return pattern;
}

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
  const known = mentionsOf(folded);
  let spans = known.get(pattern);
  if (spans === undefined) {
    const found: Array<readonly [number, number]> = [];
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
    known.set(pattern, spans = found);
  }
  return spans;
}
