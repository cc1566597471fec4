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
    if (from > position) segments.push({ text: text.slice(position, from), marked: false });
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
