/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|ex|p\. ex|cf|vs|no|nos|st|dr|mr|mrs|ms|art|al|r\.s\.o|r\.s|c|janv|févr|avr|juil|sept|oct|nov|déc)\.$/iu;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) { s = new Intl.Segmenter(language, { granularity: 'sentence' }); segmenters.set(language, s); }
  return s;
}

/**
 * The sentences of a block of text, with their offsets in it. Unicode's sentence boundaries,
 * mended where they cut after an abbreviation ("i.e. Children's Aid Society") or before a
 * lower-case continuation.
 */
export function splitSentences(text: string, language: string): Array<{ text: string; start: number }> {
  const pieces: Array<{ text: string; start: number }> = [];
  for (const { segment, index } of segmenter(language).segment(text)) {
    const trimmed = segment.trimEnd();
    const start = index + (segment.length - segment.trimStart().length);
    if (trimmed.trim() === '') continue;
    const last = pieces[pieces.length - 1];
    if (last && (ABBREVIATION.test(last.text) || /^[\p{Ll}(]/u.test(trimmed.trimStart()))) {
      last.text = text.slice(last.start, index + trimmed.length);
    } else {
      pieces.push({ text: trimmed.trimStart(), start });
    }
  }
  return pieces;
}
