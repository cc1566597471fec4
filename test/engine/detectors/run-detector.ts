import { expect, it } from 'vitest';
import { compileContext, formatProblems, parseActivity, parseContext } from '../../../src/engine/index.js';
import { parseInstant } from '../../../src/engine/context/time.js';
import type { Detector, DetectorInput, Hit, TextField } from '../../../src/engine/detectors/types.js';
import { textUnits } from '../../../src/engine/text/units.js';

/** When every situation happens, unless its activity says `at`. */
export const NOW = '2026-11-21T10:00:00-05:00';

/** What a detector is shown: a raw activity and context, validated as a caller's would be. */
export interface Situation {
  readonly activity: Record<string, unknown>;
  readonly context?: Record<string, unknown>;
  /** The pack's own organization names and e-mail domains; the context's are added, as `evaluate` does. */
  readonly organization?: { readonly names?: readonly string[]; readonly emailDomains?: readonly string[] };
}

/** A personal-account post of `text`, with anything else the activity should carry. */
export function post(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { action: 'post', channel: 'personal', text, ...extra };
}

/** The input `evaluate` would give a detector for this situation. */
export function detectorInput({ activity, context = {}, organization = {} }: Situation): DetectorInput {
  const a = parseActivity(activity);
  if (!a.ok) throw new Error(formatProblems(a.error));
  const c = parseContext({ now: NOW, ...context });
  if (!c.ok) throw new Error(formatProblems(c.error));
  const compiled = compileContext(c.value);
  return {
    activity: a.value,
    context: compiled,
    texts: textUnits(a.value),
    organization: {
      names: [...(organization.names ?? []), ...compiled.organizationNames],
      emailDomains: [...(organization.emailDomains ?? []), ...compiled.emailDomains],
    },
    now: (a.value.at === undefined ? undefined : parseInstant(a.value.at)) ?? compiled.now,
    memo: new Map(),
  };
}

/** Params as a pack would give them: validated, defaults filled in. */
export function packParams<P>(detector: Detector<P>, params: unknown = {}): P {
  const parsed = detector.paramsSchema.safeParse(params);
  if (!parsed.success) throw new Error(`${detector.id} params: ${parsed.error.message}`);
  return parsed.data;
}

export function detect<P>(detector: Detector<P>, situation: Situation, params: unknown = {}): readonly Hit[] {
  return detector.detect(detectorInput(situation), packParams(detector, params));
}

/**
 * The words each hit of `field` covers in `text`, in order of the hits. Detectors read styled
 * letters ("𝗠𝘆", "ｍｙ") as plain ones and `evaluate` maps their spans back: give such texts a
 * plain `text` here, or assert on kinds.
 */
export function covered(hits: readonly Hit[], text: string, field: TextField = 'text'): string[] {
  return hits.filter((h) => h.span !== undefined && (h.field ?? 'text') === field).map((h) => text.slice(h.span![0], h.span![1]));
}

/** Text no detector should ever throw on: control characters, lone surrogates, RTL, combining marks, emoji. */
export const ODD_TEXTS: readonly string[] = [
  '', ' ', '\u0000', '\ud800', 'a\udc00b', '\udfff\ud800', '\u200d\u200f\u202e\u2066', 'e\u0301\u0301\u0301\u0301',
  'שלום לכולם, מה שלומכם היום?', 'مرحبا بالجميع في المركز', 'İİİ ßßß ﬁﬂ', '\u{10FFFF}\u{E0001}', '🏳️‍🌈👨‍👩‍👧🎉'.repeat(300),
  'Z\u0351\u036b\u0343\u036a\u0302 A\u0334\u0335\u035c L\u0320\u0368 G\u0334\u033b O\u0335\u0339', '@#@#@#', "''''\"\"\"", '.\n.\n.\n', 'x'.repeat(3000),
];

/** About 200 kB of a realistic mixed post, repeated: English, French, Welsh, emoji, digits. */
export function hugeText(sentence = 'Our 🎉 team met Amélie at the Hub café (613-555-0143) — on a discuté du programme, diolch yn fawr! '): string {
  return sentence.repeat(Math.ceil(200_000 / sentence.length));
}

function expectSpansInside(hits: readonly Hit[], input: DetectorInput): void {
  const outside = hits.filter((hit) => {
    if (hit.span === undefined) return false;
    const unit = input.texts.find((u) => u.field === (hit.field ?? 'text'));
    return unit === undefined || hit.span[0] < 0 || hit.span[1] < hit.span[0] || hit.span[1] > unit.text.length;
  });
  expect(outside).toEqual([]);
}

/**
 * The robustness every detector owes its callers: any Unicode, empty text and a 200 kB text are
 * read without throwing, with spans inside the text. `situation` places the text where
 * the detector reads it.
 */
export function itIsRobust<P>(detector: Detector<P>, situation: (text: string) => Situation, params: unknown = {}, huge: string = hugeText()): void {
  const p = packParams(detector, params);
  it('never throws on empty text or odd Unicode, and keeps its spans inside the text', () => {
    for (const text of ODD_TEXTS) {
      const input = detectorInput(situation(text));
      expectSpansInside(detector.detect(input, p), input);
    }
  });
  // How fast is measured by `npm run bench` (a 1 MB post per pack), not here: a timed test fails on a busy machine.
  it('reads a 200 kB text dense in what it looks for, with spans inside the text', () => {
    const input = detectorInput(situation(huge));
    expectSpansInside(detector.detect(input, p), input);
  });
}
