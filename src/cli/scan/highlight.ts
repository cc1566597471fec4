import type { Finding } from '../../engine/contract/result.js';

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** Cuts `text` into plain and marked runs where findings point, merging overlapping spans. */
export function segmentBySpans(text: string, findings: readonly Finding[]): Segment[] {
  const spans = findings
    .flatMap((finding) => (finding.span ? [finding.span] : []))
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of spans) {
    if (end <= position) continue;
    const from = Math.max(start, position);
    const previous = segments.at(-1);
    if (from > position) segments.push({ text: text.slice(position, from), marked: false });
    else if (previous?.marked) {
      // Overlapping or touching spans make one mark.
      segments[segments.length - 1] = { text: previous.text + text.slice(from, end), marked: true };
      position = end;
      continue;
    }
    segments.push({ text: text.slice(from, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}

/** The words a finding points at, for one-line listings. */
export function spanText(text: string, finding: Finding): string | undefined {
  return finding.span ? text.slice(finding.span[0], finding.span[1]) : undefined;
}

export const VERDICT_LABEL = { allow: 'ALLOW', warn: 'WARN', needs_approval: 'NEEDS APPROVAL', block: 'BLOCK' } as const;

export interface FindingGroup {
  /** The first finding of the group; the others differ only in where they are. */
  readonly finding: Finding;
  /** The words each finding of the group points at, in text order, without repeats. */
  readonly matches: readonly string[];
}

/**
 * Merges the findings of one rule that differ only by span (the engine reports each place),
 * so that a report says a thing once and lists the words it is about.
 */
export function groupFindings(text: string, findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, { finding: Finding; matches: Set<string> }>();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.severity}\u0000${finding.message}\u0000${finding.approver ?? ''}`;
    const group = groups.get(key) ?? { finding, matches: new Set<string>() };
    groups.set(key, group);
    const words = spanText(text, finding);
    if (words) group.matches.add(words);
  }
  return [...groups.values()].map(({ finding, matches }) => ({ finding, matches: [...matches] }));
}
