/** A checked activity its author says went out: only published items are ever taken down. */
export interface Publication {
  readonly id: string;
  readonly orgId: string;
  /** The check that screened what was published. */
  readonly checkId: string;
  /** Who published it (the check's author), and so takes it down. */
  readonly publishedBy: string;
  readonly url?: string;
  readonly accountId?: string;
  readonly publishedAt: string;
  readonly recordedAt: string;
}

/** What a publication needs to know of its check. */
export interface CheckRef {
  readonly id: string;
  readonly orgId: string;
  /** Who ran the check (its author). */
  readonly personId: string;
}
