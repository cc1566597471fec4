/** A person's signature on one version of the organization's pack. */
export interface PolicyAcknowledgement {
  readonly id: string;
  readonly orgId: string;
  readonly personId: string;
  /** The name as the person signed it. */
  readonly signedName: string;
  readonly packId: string;
  readonly packVersion: string;
  /** The statement signed, e.g. "I have read, understood and agree to abide by…" (iwso Acknowledgment). */
  readonly statement: string;
  readonly signedAt: string;
}

export const TRAINING_KINDS = ['induction', 'refresher'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** Training on the policy that a person completed. */
export interface TrainingRecord {
  readonly id: string;
  readonly orgId: string;
  readonly personId: string;
  readonly kind: TrainingKind;
  readonly completedAt: string;
  readonly packId: string;
  readonly packVersion: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly note?: string;
}

/** The organization's review of its policy (stass: annually; chc-wales: at least annually). */
export interface PolicyReview {
  readonly id: string;
  readonly orgId: string;
  readonly packId: string;
  readonly packVersion: string;
  readonly reviewedAt: string;
  readonly reviewedBy: string;
  readonly note: string;
  /** When the next review falls due under the pack, if it sets an interval. */
  readonly nextReviewDue?: string;
}
