import type { Category, Verdict } from '../../engine/contract/enums.js';
import type { ScreeningResult } from '../../engine/contract/result.js';
import type { ArchiveItem } from '../../importers/index.js';

/** One archive item and what screening found in it. */
export interface ScreenedPost {
  readonly item: ArchiveItem;
  readonly result: ScreeningResult;
}

/** An item that could not be screened, and why. */
export interface ScanProblem {
  readonly source: string;
  readonly message: string;
}

export interface ScanSummary {
  readonly archive: string;
  readonly pack: string;
  readonly generatedAt: string;
  /** Items read from the archive. */
  readonly total: number;
  /** Items screened, by verdict. */
  readonly byVerdict: Readonly<Record<Verdict, number>>;
  /** Posts with at least one finding of the category. */
  readonly byCategory: Readonly<Partial<Record<Category, number>>>;
  /** Items read, by platform and action (`twitter post`). */
  readonly byKind: Readonly<Record<string, number>>;
  /** The most severe posts, worst first. */
  readonly worst: readonly ScreenedPost[];
  /** Items that could not be screened (the first few, and how many in all). */
  readonly problems: readonly ScanProblem[];
  readonly problemCount: number;
}

/** The outcome of a scan: its summary and the flagged posts, worst verdict first. */
export interface ScanReport {
  readonly summary: ScanSummary;
  /** Posts with findings; may be iterated once. */
  readonly flagged: AsyncIterable<ScreenedPost>;
}

/** Writes report text, waiting when the destination is full. */
export interface Sink {
  write(text: string): Promise<void>;
}

export type Renderer = (report: ScanReport, sink: Sink, options: { color: boolean }) => Promise<void>;
