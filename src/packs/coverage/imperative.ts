import nlp from 'compromise/two';

/** "If an error is made, identify the mistake…": the instruction follows the condition. */
const LEADING_CONDITION = /^(?:if|when|where|whenever|as with|before|after|once|while|whilst)\b[^,]{1,150},\s*/iu;
/** "Note: …" and "Use: …" are labels, not orders. */
const LABEL = /^\p{L}+\s*:/u;

/** "Spring Technology in Practice The Standard": a title, whatever its first word. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length > 0.6 * words.length;
}

/**
 * Whether a sentence gives an order: "Restrict the amount…", "Always read…", "Respect copyright…";
 * in French the infinitive of do/don't lists ("Respecter…", "Ne pas…").
 */
export function isImperative(sentence: string, language: string): boolean {
  const text = sentence.replace(LEADING_CONDITION, '').trim();
  if (LABEL.test(text)) return false;
  if (/^(?:always|never|please)\b/iu.test(text)) return true;
  if (isTitleCase(text)) return false;
  if (language === 'fr') return /^(?:ne\s+(?:pas|jamais)\s+)?\p{L}+(?:er|ir|re)(?![\p{L}\p{N}])/iu.test(text);
  const doc = nlp(text);
  return doc.has('^(#Infinitive|#Imperative)') && !doc.has('^#Gerund');
}
