import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/engine/roster/fold.js';

describe('foldText', () => {
  it('lower-cases and strips French accents', () => {
    expect(foldText('Amélie GAGNON, Jean-François Côté, Geneviève, ÇA, Œuvre')).toBe('amelie gagnon, jean-francois cote, genevieve, ca, œuvre');
  });

  it('folds typographic quotes, apostrophes, dashes and spaces to ASCII', () => {
    expect(foldText('d’Amélie “hi” «salut» 10–2 a\u00a0b `x´')).toBe('d\'amelie "hi" "salut" 10-2 a b \'x\'');
  });

  it('folds letters whose stroke is not a combining mark', () => {
    expect(foldText('Łukasz Øberg Đorđe')).toBe('lukasz oberg dorde');
  });

  it('keeps the length and every offset, astral characters included', () => {
    const samples = ['🎉🎉 Jayden', 'İstanbul', 'A\u0301me\u0301lie', '𝐀𝐁𝐂 ẞ ǅ Σ', '\ud800 lone', '', 'x'.repeat(10)];
    for (const sample of samples) {
      const folded = foldText(sample);
      expect(folded.length).toBe(sample.length);
    }
    const text = '😀 Élise';
    expect(foldText(text).indexOf('elise')).toBe(text.indexOf('Élise'));
  });

  it('maps U+0130 (which lower-cases to two units) to a single i', () => {
    expect(foldText('İzmir')).toBe('izmir');
  });
});
