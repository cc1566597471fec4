import { describe, expect, it } from 'vitest';
import { repetition } from '../../../../src/engine/detectors/account/repetition.js';
import { detect, hugeText, itIsRobust, post } from '../run-detector.js';

const at = (time: string, day = '21') => `2026-11-${day}T${time}:00-05:00`;
const reminder = 'Rappel : la clinique de vaccination antigrippale est ouverte ce samedi de 9 h à 16 h au CLSC de Chandler.';
const repeats = (text: string, recentPosts: unknown[], params: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  detect(repetition, { activity: post(text, { channel: 'official', ...extra }), context: { recentPosts } }, params);

describe('repetition', () => {
  it('catches the same post again within a day, whatever its case or emoji', () => {
    expect(repeats(reminder, [{ text: reminder, at: at('09:00') }])).toEqual([{ kind: 'repeat' }]);
    expect(repeats(reminder, [{ text: `${reminder.toUpperCase()} 💉💉`, at: at('11:00', '20') }])).toEqual([{ kind: 'repeat' }]);
    expect(repeats(`${reminder} Bienvenue!`, [{ text: reminder, at: at('09:00') }])).toEqual([{ kind: 'repeat' }]);
  });

  it('does not count a later reminder with new details, or a different post', () => {
    const update = "Rappel : la clinique de vaccination de samedi est déplacée au gymnase de l'école Saint-Joseph; apportez votre carte d'assurance maladie et arrivez tôt.";
    expect(repeats(update, [{ text: reminder, at: at('09:00') }])).toEqual([]);
    expect(repeats('Bonne fin de semaine à toutes et à tous!', [{ text: reminder, at: at('09:00') }])).toEqual([]);
  });

  it('looks back 24 hours by default, or `windowMinutes`', () => {
    const yesterday = [{ text: reminder, at: at('09:00', '20') }];
    expect(repeats(reminder, yesterday)).toEqual([]);
    expect(repeats(reminder, yesterday, { windowMinutes: 48 * 60 })).toEqual([{ kind: 'repeat' }]);
  });

  it('ignores posts after the activity, posts without a time, and everything when there is no moment to measure from', () => {
    expect(repeats(reminder, [{ text: reminder, at: at('11:00') }])).toEqual([]);
    expect(repeats(reminder, [{ text: reminder }])).toEqual([]);
    expect(detect(repetition, { activity: post(reminder), context: { now: undefined, recentPosts: [{ text: reminder, at: at('09:00') }] } })).toEqual([]);
  });

  it('measures from the activity\'s own moment when it has one', () => {
    expect(repeats(reminder, [{ text: reminder, at: at('09:00', '25') }], {}, { at: at('10:00', '25') })).toEqual([{ kind: 'repeat' }]);
  });

  it('catches a burst of posts in the last hour whatever they say: 4 by default, or `burst`', () => {
    const lastHour = ['Portes ouvertes jeudi', 'Nouvelle travailleuse sociale à Gaspé', 'Fermeture du stationnement', 'Horaire des fêtes']
      .map((text, i) => ({ text, at: at(`09:${10 + i * 10}`) }));
    expect(repeats('Tout autre chose encore', lastHour)).toEqual([{ kind: 'burst' }]);
    expect(repeats('Tout autre chose encore', lastHour.slice(1))).toEqual([]);
    expect(repeats('Tout autre chose encore', lastHour.slice(1), { burst: 3 })).toEqual([{ kind: 'burst' }]);
    const spread = [...lastHour.slice(2), { text: 'Hier soir', at: at('08:30') }, { text: 'Ce matin', at: at('08:00') }];
    expect(repeats('Tout autre chose encore', spread)).toEqual([]);
  });

  it('only raises a repeat when `similarity` is reached', () => {
    expect(repeats(`${reminder} Bienvenue!`, [{ text: reminder, at: at('09:00') }], { similarity: 1 })).toEqual([]);
  });

  it('does not take an empty or emoji-only post, or a like without words of its own, for a repeat', () => {
    expect(repeats('', [{ text: '', at: at('09:00') }])).toEqual([]);
    expect(repeats('🎉🎉', [{ text: '🎉🎉', at: at('09:00') }])).toEqual([]);
    expect(detect(repetition, { activity: { action: 'like', channel: 'personal', targetText: reminder }, context: { recentPosts: [{ text: reminder, at: at('09:00') }] } })).toEqual([]);
  });

  it('rejects params outside their bounds and unknown params', () => {
    for (const params of [{ similarity: 0.2 }, { similarity: 1.5 }, { windowMinutes: 0 }, { windowMinutes: 1.5 }, { burst: 1 }, { often: true }]) {
      expect(repetition.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
  });

  itIsRobust(repetition, (text) => ({ activity: post(text), context: { recentPosts: [{ text, at: at('09:00') }, { text: hugeText(), at: at('09:30') }] } }));
});
