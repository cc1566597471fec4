import { BARE_HOST_TLDS } from './tlds.js';
import { type Candidate } from './types.js';

/**
 * Web addresses: `scheme://host/path`, `www.host`, or a bare `host.tld` whose TLD is a known one.
 * Hosts must be names (an IP literal is reported as an IP address). Candidates are found by scanning
 * for a dot followed by a letter, then the pattern runs on that one whitespace-free
 * token only: the cost stays linear and a string of dots is rejected at once (the peer ReDoS guard).
 */
const URL_IN_TOKEN =
  /(?<![\p{L}\p{N}@.-])(?:(?:https?|ftp):\/\/)?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,126}(xn--[a-z0-9-]{1,59}|\p{L}{2,63})(?![\p{L}\p{N}-])(?::\d{1,5})?(?:[/?#][^\s]*)?/giu;

const SCHEME = /^(?:https?|ftp):\/\//i;
const TRAILING_PUNCTUATION = /[.,;:!?'"’”»)\]}>]+$/u;
const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Every web address has a dot between a letter or digit and a letter ("www.x", "x.com"). */
function nextMark(text: string, from: number): number {
  for (let dot = text.indexOf('.', from); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot > 0 && ALNUM.test(text[dot - 1]!) && LETTER.test(text.charAt(dot + 1))) return dot;
  }
  return -1;
}

function tokenBounds(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return [start, end];
}

/** Strips closing punctuation that ends the sentence rather than the URL, unless a bracket was opened. */
function trimTrailing(url: string): string {
  const trailing = TRAILING_PUNCTUATION.exec(url);
  if (trailing === null) return url;
  let kept = url.slice(0, trailing.index);
  if (trailing[0][0] === ')' && kept.includes('(')) kept += ')';
  return kept;
}

function acceptable(url: string, tld: string): boolean {
  if (SCHEME.test(url)) return true;
  const host = url.replace(/^www\./i, '').split(/[/?#:]/, 1)[0]!;
  if (!host.includes('.')) return false;
  return /^www\./i.test(url) || BARE_HOST_TLDS.has(tld.toLowerCase()) || tld.toLowerCase().startsWith('xn--');
}

export function findUrls(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let mark = nextMark(text, 0); mark >= 0; ) {
    const [tokenStart, tokenEnd] = tokenBounds(text, mark);
    const token = text.slice(tokenStart, tokenEnd);
    URL_IN_TOKEN.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = URL_IN_TOKEN.exec(token)) !== null) {
      const url = trimTrailing(match[0]);
      if (!acceptable(url, match[1]!)) continue;
      const start = tokenStart + match.index;
      const score = SCHEME.test(url) || /^www\./i.test(url) ? 0.85 : SCORE_BARE_HOST;
      found.push({ kind: 'url', start, end: start + url.length, score });
    }
    mark = nextMark(text, Math.max(tokenEnd, mark + 1));
  }
  return found;
}

/** A bare `example.com` is a link, but sometimes only a name (a company, a typo'd sentence end). */
const SCORE_BARE_HOST = 0.6;
