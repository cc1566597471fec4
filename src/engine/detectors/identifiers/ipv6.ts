/**
 * IPv6 text form (RFC 4291 §2.2): eight groups of 1–4 hex digits, one `::` standing for one or more
 * zero groups, and optionally a dotted IPv4 address as the last 32 bits.
 */

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Counts the 16-bit groups of one side of `::`, or returns -1 when a group is malformed. */
function countGroups(side: string, mayEndWithIpv4: boolean): number {
  if (side === '') return 0;
  const groups = side.split(':');
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    if (HEX_GROUP.test(group)) count += 1;
    else if (mayEndWithIpv4 && i === groups.length - 1 && IPV4.test(group)) count += 2;
    else return -1;
  }
  return count;
}

export function isIpv6(candidate: string): boolean {
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return countGroups(candidate, true) === 8;
  const head = countGroups(halves[0]!, false);
  const tail = countGroups(halves[1]!, true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}
