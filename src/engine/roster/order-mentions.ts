import type { RawMention } from './scan.js';
import type { MentionHow } from './types.js';

/** Strongest first: the order of `MentionHow`. */
export const HOW_RANK: Readonly<Record<MentionHow, number>> = {
  name: 0, alias: 1, handle: 2, fuzzy: 3, 'first-name': 4, surname: 5, initials: 6,
};

/** Names longer than this are not looked back over when pruning; far above any real name. */
const LONGEST_SPAN = 512;

function compare(a: RawMention, b: RawMention): number {
  return a.start - b.start || HOW_RANK[a.how] - HOW_RANK[b.how] || b.end - a.end || a.entry - b.entry;
}

/**
 * Ordered by start, then strength; without the weaker readings of the same words:
 * "Jayden" inside "Jayden Tremblay", a first name inside someone's full name or handle,
 * the same person found twice on the same span.
 */
export function orderMentions(mentions: readonly RawMention[]): RawMention[] {
  const sorted = [...mentions].sort(compare);
  const kept: RawMention[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const mention = sorted[k] as RawMention;
    if (!isShadowed(sorted, k, mention)) kept.push(mention);
  }
  return kept;
}

function shadows(other: RawMention, mention: RawMention): boolean {
  if (other.start > mention.start || other.end < mention.end) return false;
  const sameSpan = other.start === mention.start && other.end === mention.end;
  if (sameSpan) {
    return other.entry === mention.entry && HOW_RANK[other.how] < HOW_RANK[mention.how];
  }
  return HOW_RANK[other.how] <= HOW_RANK[mention.how];
}

function isShadowed(sorted: readonly RawMention[], k: number, mention: RawMention): boolean {
  for (let o = k - 1; o >= 0; o--) {
    const other = sorted[o] as RawMention;
    if (other.start < mention.start - LONGEST_SPAN) break;
    if (shadows(other, mention)) return true;
  }
  for (let o = k + 1; o < sorted.length; o++) {
    const other = sorted[o] as RawMention;
    if (other.start > mention.start) break;
    if (shadows(other, mention)) return true;
  }
  return false;
}
