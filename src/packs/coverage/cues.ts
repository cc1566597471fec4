/**
 * The words that make a sentence prescriptive: modal and deontic forms in English and French
 * ("must", "may not", "are to", "is responsible for"; "doit", "il est interdit", "veiller à").
 * Matched on text whose quotes are folded (’ → ') so that French elisions match.
 */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ENGLISH = [
  // Consequences first, so "will result in" is one cue rather than "will".
  String.raw`(?:may|could|will|can)\s+(?:result\s+in|lead\s+to)`,
  // "Should a staff member respond…", "should the need arise": a condition, not a duty.
  String.raw`must(?:\s+not)?`, String.raw`shall(?:\s+not)?`, String.raw`should(?!\s+(?:the|an?|any|there)\b)(?:\s+(?:not|never|only))?`,
  String.raw`ought\s+to`, String.raw`will(?:\s+not)?`, String.raw`never`, String.raw`(?<!\b(?:that|who|which)\s+)do\s+not`, String.raw`don't`,
  String.raw`(?<!\b(?:this|that|which|it)\s+|\b(?:purpose|intent|intention|aim|objective)\b[^.]{0,40})(?:is|are)\s+(?:not\s+)?to\s+(?!the\b|an?\b|which\b|whom\b|this\b|that\b)\p{L}+`,
  String.raw`(?:is|are|be|am)\s+expected\s+to`, String.raw`it\s+is\s+expected\s+that`,
  String.raw`may\s+(?:not|only|never)(?!\s+(?:have|be\s+able)\b)`,
  String.raw`not\s+(?:be\s+)?(?:permitted|allowed|authori[sz]ed|acceptable|recommended)`, String.raw`(?:is|are)\s+unacceptable`,
  String.raw`(?:is|are|be)\s+(?:not\s+)?(?:permitted|allowed|authori[sz]ed)`, String.raw`strictly`, String.raw`prohibit(?:ed|s)?`, String.raw`forbid(?:den|s)?`,
  String.raw`(?:is|are|be|been)\s+(?:not\s+)?required`, String.raw`required\s+to`, String.raw`as\s+required`,
  String.raw`responsib(?:le|ility|ilities)\s+(?:for|to|of)`,
  // "in order to ensure" states a purpose; "ensure that…" on its own asks for something.
  String.raw`(?<!\b(?:to|aims?(?:\s+also)?)\s+)ensure`, String.raw`(?<!\bto\s+)make\s+sure`,
  String.raw`recommend(?:s|ed)?`, String.raw`(?:is|are)\s+(?:strongly\s+)?encouraged\s+to`, String.raw`discourage[sd]?`,
  String.raw`needs?\s+to`, String.raw`(?:has|have)\s+to`, String.raw`it\s+is\s+important\s+(?:that|to|for)`,
  String.raw`(?:is|are)\s+asked\s+to`, String.raw`apply\s+to`, String.raw`apply(?=:)`,
  String.raw`if\s+in\s+(?:any\s+)?doubt`, String.raw`duty\s+to`, String.raw`reserves?\s+the\s+right`,
  String.raw`(?:is|are|be)\s+subject\s+to`,
];

const FRENCH = [
  String.raw`doi(?:t|vent)`, String.raw`devr(?:a|ont|ait|aient)`, String.raw`il\s+faut`, String.raw`interdite?s?`,
  String.raw`(?:est|sont)\s+tenue?s?\s+(?:de|d')`, String.raw`s'assure(?:r|nt)?`, String.raw`veill(?:er|e|ent)\s+à`,
  String.raw`(?:est|sont|être)\s+responsables?\s+(?:de|du|des|d')`, String.raw`responsabilité`,
  String.raw`n(?:e\s+|')(?:\p{L}+\s+){0,2}pas\s+(?:permise?s?|autorisée?s?)`, String.raw`ne\s+(?:pas|jamais)`,
  String.raw`obligatoire`, String.raw`exigée?s?`, String.raw`requise?s?`, String.raw`(?:est|sont)\s+de\s+mise`,
  String.raw`seule?s?\s+(?:\p{L}+\s+){1,6}(?:peut|peuvent)`, String.raw`recommandée?s?`, String.raw`recommande`,
  String.raw`encourage(?:nt)?`, String.raw`priée?s?\s+de`, String.raw`défendue?s?`, String.raw`en\s+aucun\s+cas`,
  String.raw`entraîn\p{L}*`,
];

const pattern = (cues: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{N}'])(?:${cues.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
/** Each policy is read in its own language: French "encourage" is a cue, English "to encourage" an aim. */
const CUES: Readonly<Record<string, RegExp>> = { en: pattern(ENGLISH), fr: pattern(FRENCH) };

/** Quotes folded, length unchanged, so offsets stay those of the text. */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’ʼ`]/gu, "'").replace(/[“”«»]/gu, '"');
}

/** The prescriptive cues of `text`, in `language` (en, fr; others read as English), that start at or after `from` (the rest is context, e.g. a list's lead-in). */
export function cuesIn(text: string, language: string, from = 0): Cue[] {
  const folded = foldQuotes(text);
  const cues: Cue[] = [];
  for (const match of folded.matchAll(CUES[language] ?? CUES.en!)) {
    const start = match.index;
    if (start < from) continue;
    cues.push({ start, end: start + match[0].length, text: text.slice(start, start + match[0].length) });
  }
  return cues;
}
