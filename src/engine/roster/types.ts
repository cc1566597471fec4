import type { RosterEntry } from '../contract/context.js';

/** How a roster person was recognized in a text, strongest first. */
export type MentionHow =
  | 'name'        // the full name, accents, case and punctuation aside
  | 'alias'       // one of the entry's aliases
  | 'handle'      // an @handle of the entry
  | 'fuzzy'       // the full name, or a surname, with one typo (names of 5+ letters)
  | 'first-name'  // the first name alone, where only one roster person has it
  | 'surname'     // the surname alone, capitalized, where only one roster person has it
  | 'initials';   // initials, or first name + last initial, with context

export interface RosterMention {
  readonly entryId: string;
  /** `[start, end)` UTF-16 offsets into the searched text. */
  readonly span: readonly [number, number];
  readonly how: MentionHow;
}

/** A roster compiled once (per organization, per batch) and reused for every text. */
export interface RosterMatcher {
  readonly size: number;
  /**
   * Every mention of a roster person in `text`; linear in the text's length whatever the roster's
   * size. `folded` is the text's `foldText`, when the caller has it already.
   */
  find(text: string, folded?: string): RosterMention[];
  entry(id: string): RosterEntry | undefined;
}
