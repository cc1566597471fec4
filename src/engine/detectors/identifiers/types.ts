/** Every personal identifier the recognizers can report. */
export type IdentifierKind =
  | 'phone' | 'email' | 'ca-postal-code' | 'uk-postcode' | 'street-address' | 'date-of-birth'
  | 'ohip' | 'ramq-nam' | 'nhs-number' | 'ca-sin' | 'uk-nino' | 'case-number' | 'credit-card'
  | 'iban' | 'ip-address' | 'url' | 'date';

export type Confidence = 'high' | 'medium' | 'low';

export interface IdentifierHit {
  kind: IdentifierKind;
  /** `[start, end)` UTF-16 offsets into the searched text. */
  span: [number, number];
  value: string;
  confidence: Confidence;
}

/**
 * What a single recognizer returns. The score (0–1) is finer than the public confidence so that
 * overlapping hits of different kinds can be ranked (e.g. a Toronto phone number that also
 * passes the NHS mod 11 check).
 */
export interface Candidate {
  readonly kind: IdentifierKind;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** Score bands shared by all recognizers, so their scores compare. */
export const SCORE = {
  /** Shape and checksum agree and a context word names the identifier. */
  confirmed: 0.9,
  /** Shape and checksum agree and the written form is the usual one. */
  likely: 0.6,
  /** Shape agrees but the evidence is weak (bare digit run, lower case, no context). */
  weak: 0.35,
} as const;

export function confidenceOf(score: number): Confidence {
  if (score >= 0.8) return 'high';
  if (score >= 0.5) return 'medium';
  return 'low';
}
