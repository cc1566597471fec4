import { describe, expect, it } from 'vitest';
import { welshMissing } from '../../../../src/engine/detectors/content/welsh-missing.js';
import { detect, hugeText, itIsRobust } from '../run-detector.js';

const official = (text: string, extra: Record<string, unknown> = {}) => ({ action: 'post', channel: 'official', text, ...extra });
const missing = (text: string, params: Record<string, unknown> = {}) => detect(welshMissing, { activity: official(text) }, params);

const english = 'Our Aberystwyth office is closed today because of the snow. Thank you for your patience.';
const welsh = 'Mae ein swyddfa yn Aberystwyth ar gau heddiw oherwydd yr eira. Diolch am eich amynedd.';

describe('welsh-missing', () => {
  it('flags English with no Welsh, spanning the whole text', () => {
    expect(missing(english)).toEqual([{ field: 'text', span: [0, english.length], kind: 'no-welsh' }]);
  });

  it('allows English alongside Welsh, and Welsh only', () => {
    expect(missing(`${english}\n\n${welsh}`)).toEqual([]);
    expect(missing(welsh)).toEqual([]);
    expect(missing('Tell us about your GP. Dywedwch wrthym am eich meddyg teulu.')).toEqual([]);
    expect(missing("Dewch i'n digwyddiad yn y llyfrgell ddydd Iau i rannu eich profiadau o wasanaethau iechyd lleol.")).toEqual([]);
  });

  it('does not take a lone Welsh greeting or thanks, or a Welsh place name, for a bilingual post', () => {
    for (const text of [
      'Our Aberystwyth office is closed today because of the snow. Diolch!',
      'Diolch yn fawr to everyone who came to our survey stall at the Cardigan market this morning!',
      'Bore da! Have a great Monday, everyone, and remember our drop-in is open until 4pm.',
      'Ysbyty Gwynedd car park is full again today, please use the park and ride.',
    ]) expect(missing(text), text).toHaveLength(1);
  });

  it('recognizes a Welsh sentence by its language as well as by its common words', () => {
    const fewCommonWords = 'Ymunwch â ni ddydd Sadwrn am sgwrs am ofal deintyddol yng ngogledd Ceredigion.';
    expect(missing(`Join us on Saturday for a chat about dental care in north Ceredigion. ${fewCommonWords}`)).toEqual([]);
    expect(missing(welsh, { minWelshWords: 50 })).toEqual([]);
    expect(missing(`${english} ${welsh}`, { minWelshWords: 50 })).toEqual([]);
    expect(missing('Thanks for coming to our stall in Llandeilo. Diolch yn fawr iawn!', { minWelshWords: 50 })).toHaveLength(1);
  });

  it('counts Welsh words up to `minWelshWords` (4 by default), greeting and thanks words left out', () => {
    const threeWords = 'Swyddfa ar gau: our office is closed for training this morning.';
    expect(missing(threeWords, { minWelshWords: 3 })).toEqual([]);
    expect(missing(threeWords, { minWelshWords: 4 })).toHaveLength(1);
    const greeting = 'Diolch yn fawr to everyone who came to our survey stall at the Cardigan market this morning!';
    expect(missing(greeting, { minWelshWords: 1 })).toHaveLength(1);
  });

  it('does not take a string of greetings and wishes for a Welsh passage', () => {
    for (const text of [
      'Nadolig Llawen a Blwyddyn Newydd Dda! 🎄 Our office reopens on 2 January.',
      'Shwmae! 👋 Pob hwyl, bore da, diolch o galon to all our volunteers today',
    ]) expect(missing(text), text).toHaveLength(1);
  });

  it('finds a short Welsh passage in a bilingual title or bio, set off by "|", a dash or an emoji, by the shape of its words', () => {
    for (const text of [
      'Ymwelwyr Gwirfoddol CIC Aneurin Bevan 💚 Grŵp i drefnu rota ymweliadau | Aneurin Bevan CHC Visiting Volunteers 💚 A group to organise our visit rotas',
      'Fforwm Rhieni CIC Powys 💛 Lle i rieni drafod gwasanaethau mamolaeth | Powys CHC Parents Forum 💛 A place for parents to talk about maternity services',
      'Grŵp ffocws gofalwyr: nos Fawrth, 7yh, ar Zoom 👉 Carers focus group: Tuesday evening, 7pm, on Zoom',
    ]) expect(missing(text, { minWelshWords: 50 }), text).toEqual([]);
  });

  it('does not read a Welsh name over an English description, Welsh place names, or French as a Welsh passage', () => {
    for (const text of [
      'Gwirfoddolwyr CIC Gogledd Cymru | North Wales CHC Volunteers – news and dates for our volunteer members',
      'Fforwm Gofalwyr CIC Gogledd Cymru 💚 North Wales CHC Carers Forum, a place to share your experiences of care',
      'Snowy roads in Llanwrtyd Wells and Cwmbran today, our Swansea office is closed until Monday. Stay safe everyone!',
      'Rhythm and blues night raised £300 for the Llandudno ward fund — well done Gwen, Rhys and Dafydd!',
      'Nous organisons une rencontre au CLSC de Gaspé mardi soir — venez partager vos idées sur les services de santé.',
      'Merci à tous les bénévoles! Le groupe du mercredi reprend la semaine prochaine au sous-sol de l’église.',
    ]) expect(missing(text), text).toHaveLength(1);
  });

  it('has nothing to say about a text without words: emoji, numbers, a two-letter reply', () => {
    for (const text of ['🎉🎉🎉', '2026', 'OK!', '']) expect(missing(text), text).toEqual([]);
  });

  it('judges the post\'s own text: Welsh in a caption or in what is shared does not count, and a like has no text to judge', () => {
    const englishOnly = 'Our office is closed today because of the snow.';
    expect(detect(welshMissing, { activity: official(englishOnly, { media: [{ type: 'photo', caption: welsh }] }) })).toHaveLength(1);
    expect(detect(welshMissing, { activity: { action: 'share', channel: 'official', text: englishOnly, targetText: welsh } })).toHaveLength(1);
    expect(detect(welshMissing, { activity: { action: 'like', channel: 'official', targetText: englishOnly } })).toEqual([]);
  });

  it('goes by what the text says, not by the declared language', () => {
    expect(detect(welshMissing, { activity: official(english, { language: 'cy' }) })).toHaveLength(1);
  });

  it('rejects params outside their bounds', () => {
    for (const params of [{ minWelshWords: 0 }, { minWelshWords: 51 }, { minWelshWords: 2.5 }, { language: 'cy' }]) {
      expect(welshMissing.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
  });

  itIsRobust(welshMissing, (text) => ({ activity: official(text) }), {}, hugeText('Our office 🎉 is closed today because of the snow, ar gau heddiw — Diolch! '));
  itIsRobust(welshMissing, (text) => ({ activity: official(text) }), { minWelshWords: 50 }, hugeText(`${english} ${welsh}\n`));
});
