import type { Category, Role, Severity, Verdict } from './enums.js';

/** The clause of the policy a finding enforces, in the policy's own words. */
export interface Clause {
  readonly pack: string;
  readonly section: string;
  readonly text: string;
}

export interface Finding {
  readonly category: Category;
  readonly rule: string;
  readonly severity: Severity;
  readonly clause: Clause;
  /** `[start, end)` UTF-16 offsets into the activity's `text`, where the finding is in the text. */
  readonly span?: readonly [number, number];
  readonly message: string;
  readonly remedy: string;
  readonly approver: Role | null;
}

export interface ScreeningResult {
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
}
