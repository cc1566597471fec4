/**
 * The side effects a workflow needs, passed in so that tests control time and ids
 * and no workflow reaches for a global clock or random source.
 */
export interface WorkflowDeps {
  /** The current instant. */
  readonly now: () => Date;
  /** A fresh, unique record id. */
  readonly newId: () => string;
}
