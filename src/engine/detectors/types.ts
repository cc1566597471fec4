import type { ZodType } from 'zod';
import type { Activity } from '../contract/activity.js';
import type { Language } from '../contract/enums.js';
import type { CompiledContext } from '../context/compile.js';
import type { NormalizedText } from '../text/compatibility.js';

/** Which part of an activity a piece of text came from. Only `text` spans are reported to callers. */
export type TextField = 'text' | 'targetText' | 'caption' | 'profileText';

export interface TextUnit {
  readonly field: TextField;
  readonly text: string;
  /** The same text, lower-cased with accents and typographic quotes folded; same length and offsets. */
  readonly folded: string;
  readonly language: Language;
  /** Present when styled letters ("𝗠𝘆 𝗰𝗹𝗶𝗲𝗻𝘁") were made plain: `text` is then the plain form, and spans map back through this. */
  readonly styled?: NormalizedText;
}

/** Everything a detector may look at. Built once per evaluation; detectors never mutate it. */
export interface DetectorInput {
  readonly activity: Activity;
  readonly context: CompiledContext;
  readonly texts: readonly TextUnit[];
  /** The organization's names and e-mail domains: the pack's and the context's together. */
  readonly organization: { readonly names: readonly string[]; readonly emailDomains: readonly string[] };
  /** The moment of the activity (its `at`, or the context's `now`), in epoch milliseconds. */
  readonly now: number | undefined;
  /**
   * Memo for derived facts several detectors share: by name for facts of the activity
   * (`memoized`), by text unit for facts of one text (`perUnit`).
   */
  readonly memo: Map<string | TextUnit, unknown>;
}

/** One piece of evidence. A rule turns hits into findings. */
export interface Hit {
  readonly field?: TextField;
  /** `[start, end)` UTF-16 offsets into the unit's text. */
  readonly span?: readonly [number, number];
  /** The roster id of the person the hit is about, when there is one (for consent look-ups). */
  readonly subjectId?: string;
  /** Detector-specific subtype, e.g. `phone`, `nhs-number`, `first-name`. */
  readonly kind?: string;
}

/**
 * A detector: a small, independent, pure recognizer. `params` come from the pack's rule
 * and are validated by `paramsSchema` when the pack is loaded.
 */
export interface Detector<P = unknown> {
  readonly id: string;
  readonly paramsSchema: ZodType<P>;
  detect(input: DetectorInput, params: P): readonly Hit[];
}
