import { type Candidate, type IdentifierKind } from './types.js';

/** Kinds whose span swallows whatever is written inside them (an address or link, not a number in it). */
const ENCLOSING_KINDS: ReadonlySet<IdentifierKind> = new Set(['email', 'url']);

function inside(inner: Candidate, outer: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && inner !== outer;
}

/** Higher score first; on a tie the longer span, then the earlier one, so the order is deterministic. */
function compareStrength(a: Candidate, b: Candidate): number {
  return b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start || (a.kind < b.kind ? -1 : 1);
}

/** Within one cluster of overlapping candidates: drop what sits in an email or URL, then strongest first. */
function resolveCluster(cluster: readonly Candidate[], kept: Candidate[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]!);
    return;
  }
  const enclosing = cluster.filter((c) => ENCLOSING_KINDS.has(c.kind));
  const pool = enclosing.length === 0
    ? [...cluster]
    : cluster.filter((c) => ENCLOSING_KINDS.has(c.kind) || !enclosing.some((outer) => inside(c, outer)));
  pool.sort(compareStrength);
  // Marks the characters already won, so each check costs the span's length, not the number of winners.
  const base = cluster[0]!.start;
  let end = base;
  for (const candidate of pool) end = Math.max(end, candidate.end);
  const taken = new Uint8Array(end - base);
  for (const candidate of pool) {
    if (taken.subarray(candidate.start - base, candidate.end - base).includes(1)) continue;
    taken.fill(1, candidate.start - base, candidate.end - base);
    kept.push(candidate);
  }
}

/**
 * Resolves overlapping candidates into one hit per stretch of text. Anything inside an email or a
 * URL goes first. Then the strongest candidate wins and every candidate overlapping it is dropped: a
 * number is reported as the kind its checksum, grouping and context words favour, as scored by its
 * recognizer. Candidates are first split into clusters that overlap transitively, so the cost stays
 * near-linear however many hits a (huge) text holds. The result is in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const candidate of sorted) {
    if (cluster.length > 0 && candidate.start >= clusterEnd) {
      resolveCluster(cluster, kept);
      cluster = [];
    }
    cluster.push(candidate);
    clusterEnd = Math.max(clusterEnd, candidate.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, kept);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
