/**
 * Compatibility characters people use to style text where a platform has no bold or italics:
 * "𝗠𝘆 𝗰𝗹𝗶𝗲𝗻𝘁" (mathematical alphanumerics, LinkedIn's favourite), fullwidth "ｃｌｉｅｎｔ",
 * circled "Ⓐ", ligatures "ﬁ". NFKC turns them into the letters they show, so that every detector
 * reads what a reader reads.
 */
const STYLED = /[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E\u2460-\u24FF\uFB00-\uFB06\u2100-\u214F\u3200-\u33FF\u{1F100}-\u{1F1FF}]/u;

export interface NormalizedText {
  readonly text: string;
  /** For each index of `text` (and one past its end), the index of the original it came from. */
  readonly origins: Int32Array;
}

/**
 * The text with styled letters replaced by plain ones (NFKC, code point by code point, so that
 * every offset can be mapped back), or `undefined` when it has none.
 */
export function normalizeStyledText(text: string): NormalizedText | undefined {
  if (!STYLED.test(text)) return undefined;
  const parts: string[] = [];
  const origins: number[] = [];
  let i = 0;
  for (const char of text) {
    const plain = STYLED.test(char) ? char.normalize('NFKC') : char;
    parts.push(plain);
    for (let k = 0; k < plain.length; k++) origins.push(i);
    i += char.length;
  }
  origins.push(text.length);
  return { text: parts.join(''), origins: Int32Array.from(origins) };
}

/** Maps a `[start, end)` span of the normalized text back to the original. */
export function originalSpan(normalized: NormalizedText, span: readonly [number, number]): [number, number] {
  const start = normalized.origins[span[0]] ?? 0;
  const last = normalized.origins[Math.max(span[0], span[1] - 1)] ?? start;
  // The end is one past the last original character the span touches (astral ones are two units).
  let k = span[1];
  while (k < normalized.origins.length - 1 && (normalized.origins[k] ?? 0) <= last) k++;
  return [start, Math.max(start, normalized.origins[k] ?? start)];
}
