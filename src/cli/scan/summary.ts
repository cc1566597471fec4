import { verdictRank, type Category, type Verdict } from '../../engine/contract/enums.js';
import type { ScanProblem, ScanSummary, ScreenedPost } from './types.js';

const WORST_KEPT = 20;
const PROBLEMS_KEPT = 50;

/** Worse first: a higher verdict, then more findings. */
export function compareSeverity(a: ScreenedPost, b: ScreenedPost): number {
  return verdictRank(b.result.verdict) - verdictRank(a.result.verdict)
    || b.result.findings.length - a.result.findings.length;
}

/** Tallies a scan as it goes, in memory bounded by the few posts and problems it keeps. */
export class SummaryBuilder {
  private total = 0;
  private readonly byVerdict: Record<Verdict, number> = { allow: 0, warn: 0, needs_approval: 0, block: 0 };
  private readonly byCategory: Partial<Record<Category, number>> = {};
  private readonly byKind: Record<string, number> = {};
  private readonly worst: ScreenedPost[] = [];
  private readonly problems: ScanProblem[] = [];
  private problemCount = 0;

  countItem(platform: string, action: string): void {
    this.total++;
    const kind = `${platform} ${action}`;
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
  }

  addResult(post: ScreenedPost): void {
    this.byVerdict[post.result.verdict]++;
    for (const category of new Set(post.result.findings.map((finding) => finding.category))) {
      this.byCategory[category] = (this.byCategory[category] ?? 0) + 1;
    }
    if (post.result.verdict !== 'allow') this.keepIfWorst(post);
  }

  addProblem(problem: ScanProblem): void {
    this.problemCount++;
    if (this.problems.length < PROBLEMS_KEPT) this.problems.push(problem);
  }

  /** Keeps the WORST_KEPT worst posts; ties keep archive order. */
  private keepIfWorst(post: ScreenedPost): void {
    const last = this.worst.at(-1);
    if (this.worst.length >= WORST_KEPT && last && compareSeverity(post, last) >= 0) return;
    const at = this.worst.findIndex((kept) => compareSeverity(post, kept) < 0);
    this.worst.splice(at === -1 ? this.worst.length : at, 0, post);
    if (this.worst.length > WORST_KEPT) this.worst.pop();
  }

  build(meta: { archive: string; pack: string; generatedAt: string }): ScanSummary {
    return {
      ...meta,
      total: this.total,
      byVerdict: { ...this.byVerdict },
      byCategory: { ...this.byCategory },
      byKind: { ...this.byKind },
      worst: [...this.worst],
      problems: [...this.problems],
      problemCount: this.problemCount,
    };
  }
}
