import { type Candidate, type IdentifierKind } from './types.js';

/** Kinds whose span swallows whatever is written inside them (an address or link, not a number in it). */
const ENCLOSING_KINDS: ReadonlySet<IdentifierKind> = new Set(['email', 'url']);

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

function inside(inner: Candidate, outer: Candidate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && inner !== outer;
}

/** Higher score first; on a tie the longer span, then the earlier one, so the order is deterministic. */
function compareStrength(a: Candidate, b: Candidate): number {
  return b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start || (a.kind < b.kind ? -1 : 1);
}

/**
 * Resolves overlapping candidates into one hit per stretch of text. Anything inside an email or a
 * URL goes first. Then the strongest candidate wins and every candidate overlapping it is dropped: a
 * number is reported as the kind its checksum, grouping and context words favour, as scored by
 * its recognizer. The result is in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length < 2) return [...candidates];
  const enclosing = candidates.filter((c) => ENCLOSING_KINDS.has(c.kind));
  const pool = enclosing.length === 0
    ? [...candidates]
    : candidates.filter((c) => ENCLOSING_KINDS.has(c.kind) || !enclosing.some((outer) => inside(c, outer)));
  pool.sort(compareStrength);
  const kept: Candidate[] = [];
  for (const candidate of pool) {
    if (!kept.some((other) => overlaps(candidate, other))) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
