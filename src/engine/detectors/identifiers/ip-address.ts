import { contextPattern, hasContext } from './context.js';
import { isIpv6 } from './ipv6.js';
import { forEachMatch } from './text-scan.js';
import { type Candidate } from './types.js';

/** Dotted-quad IPv4 (RFC 791 text form); an octet has no leading zero and is at most 255. */
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_SHAPE = new RegExp(`(?<![\\p{L}\\p{N}_.])${OCTET}(?:\\.${OCTET}){3}(?![\\p{L}\\p{N}_])`, 'gu');

/** A run of hex digits, colons and dots that is not glued to a word: the IPv6 candidates. */
const IPV6_RUN = /(?<![\p{L}\p{N}_:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/gu;
/** Every IPv6 address has "::" or a hex group between two colons; most posts have neither. */
const IPV6_HINT = /::|:[0-9A-Fa-f]{1,4}:/;
/** A zone index (`%eth0`, RFC 4007 §11) may follow a link-local address. */
const ZONE = /%[\p{L}\p{N}._~-]+/uy;
const PREFIX_LENGTH = /\/(\d{1,3})(?!\d)/y;

const IP_CONTEXT = contextPattern(['IP', 'IP address', 'IPv4', 'IPv6', 'adresse IP', 'cyfeiriad IP', 'connecting from', 'server']);

/** Extends an address over a CIDR suffix when the prefix length is one the family allows. */
function withPrefixLength(text: string, end: number, maxBits: number): number {
  PREFIX_LENGTH.lastIndex = end;
  const prefix = PREFIX_LENGTH.exec(text);
  return prefix !== null && Number(prefix[1]) <= maxBits ? end + prefix[0].length : end;
}

function scoreFor(text: string, start: number, end: number, base: number): number {
  return hasContext(text, start, end, IP_CONTEXT) ? 0.85 : base;
}

function findIpv4(text: string, found: Candidate[]): void {
  forEachMatch(IPV4_SHAPE, text, (match) => {
    const start = match.index;
    const end = withPrefixLength(text, start + match[0].length, 32);
    found.push({ kind: 'ip-address', start, end, score: scoreFor(text, start, end, 0.6) });
  });
}

function findIpv6(text: string, found: Candidate[]): void {
  forEachMatch(IPV6_RUN, text, (match) => {
    // A sentence may end right after the address ("Use 2001:db8::/32.").
    const address = match[0].replace(/\.+$/, '');
    if (!isIpv6(address)) return;
    const start = match.index;
    let end = start + address.length;
    if (/[\p{L}\p{N}_]/u.test(text.charAt(end)) && text[end] !== '%') return;
    ZONE.lastIndex = end;
    const zone = ZONE.exec(text);
    if (zone !== null) end += zone[0].length;
    end = withPrefixLength(text, end, 128);
    // A lone "::" is the unspecified address, but in prose it is more often punctuation.
    const base = address === '::' ? 0.3 : 0.6;
    found.push({ kind: 'ip-address', start, end, score: scoreFor(text, start, end, base) });
  });
}

export function findIpAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('.')) findIpv4(text, found);
  if (IPV6_HINT.test(text)) findIpv6(text, found);
  return found;
}
