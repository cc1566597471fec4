import { type Candidate } from './types.js';

/**
 * Email addresses (RFC 5322 dot-atom local part, RFC 1035 host names, IDNA punycode `xn--` labels).
 * The search is anchored on each `@`, so its cost follows the number of `@` signs, not the text
 * length, and no pattern can backtrack across a long run of letters.
 */
const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const MAX_LOCAL = 64;

/** Host name after the `@`: labels of letters, digits and inner hyphens, ending in a TLD. */
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,10}(?:xn--[a-z0-9-]{1,59}|\p{L}{2,63})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/iuy;

function localPartStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
  // A dot or apostrophe cannot start the local part; "'info@x.org'" keeps its quotes outside.
  while (start < at && (text[start] === '.' || text[start] === "'")) start++;
  return start;
}

export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = localPartStart(text, at);
    if (start === at || text[at - 1] === '.') continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (domain === null) continue;
    found.push({ kind: 'email', start, end: at + 1 + domain[0].length, score: 0.95 });
  }
  return found;
}
