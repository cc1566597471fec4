import { describe, expect, it } from 'vitest';
import { obscenity } from '../../../../src/engine/detectors/content/obscenity.js';
import { covered, detect, hugeText, itIsRobust, post } from '../run-detector.js';

/** The distinct words flagged in a post, in order (one word may be matched by several patterns). */
const found = (text: string) => [...new Set(covered(detect(obscenity, { activity: post(text) }), text))];
const kinds = (activity: Record<string, unknown>) => detect(obscenity, { activity }).map((h) => h.kind);

describe('obscenity: profanity', () => {
  it('catches English profanity, starred or not', () => {
    expect(found('What the fuck is this rota')).toEqual(['fuck']);
    expect(found('This is fucking ridiculous.')).toEqual(['fucking']);
    expect(found('F***ing hell, another double shift')).toEqual(['F***ing']);
    expect(found('sh*t day at work')).toEqual(['sh*t']);
    expect(found('What a c*nt')).toEqual(['c*nt']);
    expect(found("He's such a bastard")).toEqual(['bastard']);
    expect(found('wanker, twat, arsehole, bollocks')).toEqual(['wanker', 'twat', 'arsehole', 'bollocks']);
  });

  it('sees through obfuscation: repeated letters, leet speak, accents, look-alike and styled letters', () => {
    expect(found('fuuuuuck this')).toEqual(['fuuuuuck']);
    expect(found('Shiiiit, forgot my badge')).toEqual(['Shiiiit']);
    expect(found('FUCK THIS')).toEqual(['FUCK']);
    expect(found('fück this')).toEqual(['fück']);
    expect(found('ƒuck this')).toEqual(['ƒuck']);
    expect(found('fvck this')).toEqual(['fvck']);
    expect(found('sh1t happens')).toEqual(['sh1t']);
    expect(found('what a b1tch')).toEqual(['b1tch']);
    expect(found('wh0re')).toEqual(['wh0re']);
    expect(found('kiss my @ss')).toEqual(['@ss']);
    expect(found('ｆｕｃｋ this')).toEqual(['ｆｕｃｋ']);
    expect(kinds(post('𝐟𝐮𝐜𝐤 this, in mathematical bold'))).toEqual(['profanity']);
    expect(found('fu\u0441k, with a Cyrillic es')).toEqual(['fu\u0441k']);
    expect(found('motherfucker')).toEqual(['motherfucker']);
  });

  it("catches Welsh 'ffycin' and a starred c-word", () => {
    expect(found("Ffycin hel, mae'r bws wedi'i ganslo ETO")).toEqual(['Ffycin']);
    expect(found('Dave is a lazy fat c*** who sits on his phone')).toEqual(['c***']);
    expect(found('Rated C** by the inspectors, not great')).toEqual([]);
  });

  it('catches Québec French swearing, French profanity and Welsh profanity', () => {
    expect(found('Crisse de tabarnak, encore une coupure')).toEqual(['Crisse', 'tabarnak']);
    expect(found("Osti que c'est long")).toEqual(['Osti']);
    expect(found("C'est de la merde")).toEqual(['merde']);
    expect(found('Quel connard')).toEqual(['connard']);
    expect(found('putain de lundi')).toEqual(['putain']);
    expect(found('Bordel de merde!')).toEqual(['Bordel de merde']);
    expect(found("Cachu hwch, mae'n oer")).toEqual(['Cachu']);
    expect(found('Uffern o ddiwrnod')).toEqual(['Uffern']);
  });

  it('does not flag anatomy and sexual-health vocabulary in a clinical post, nor a Dick who retired', () => {
    for (const text of [
      'Our sexual health clinic offers free STI testing; questions about the penis, vagina or anus are welcome.',
      'Anal fissures and breast (boob) pain: ask the nurse. Nipple soreness when breastfeeding is common.',
      'Pénis, vagin : parlons-en sans gêne à la clinique jeunesse.',
      'Dick Smith retired after 30 years of service.',
      'Breast cancer screening saves lives.',
    ]) expect(found(text), text).toEqual([]);
  });

  it('does not flag words that merely contain a profanity', () => {
    for (const text of [
      'Scunthorpe United won again!', 'The cocktail menu at the staff party looked great.', 'Assessment scheduled for Tuesday.',
      'Classic passive-aggressive email from HR.', 'Essex and Sussex teams met at Middlesex.', 'Analysis shows wait times dropped.',
      'Hancock Street is closed for repairs.', 'Titanic was on TV last night.', 'Our therapist starts Monday.', 'Penistone Road roadworks',
      'Circumcision clinic moves to room 4.', 'Raccoon sighting near the car park', 'Homo sapiens exhibit at the museum', 'Nigeria trip photos',
      'The cocky rooster woke everyone', 'Kumquat marmalade recipe', 'Bloody good news today',
    ]) expect(found(text), text).toEqual([]);
  });

  it('counts slurs as obscene, in English and French', () => {
    expect(found('What a retard')).toEqual(['retard']);
    expect(found('Bunch of fags')).toEqual(['fags']);
    expect(found('Dégage, tapette')).toEqual(['tapette']);
    expect(found('sale nègre')).toEqual(['nègre']);
    expect(kinds(post('What a retard'))).toEqual(['slur']);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Été pourri, fuck yeah 🎉')).toEqual(['fuck']);
    expect(found('Ça, c\'est 💩 de la merde')).toEqual(['merde']);
  });
});

describe('obscenity: letters hidden', () => {
  it('reads profanity and slurs with a letter hidden by a symbol or a digit, keeping first and last letters', () => {
    expect(found('shut up you absolute p***k')).toEqual(['p***k']);
    expect(found('what a w@nker')).toEqual(['w@nker']);
    expect(found('lock ur sheds, the p*keys are back')).toEqual(['p*keys']);
    expect(found('n1gg3rs everywhere')).toEqual(['n1gg3rs']);
    for (const text of ['P*S: keys under the mat', 'Rated it *****', '**Key** dates this winter', 'the p*ckage arrived', 'Spikey hair and pikelets']) {
      expect(found(text)).toEqual([]);
    }
  });
});

describe('obscenity: violent material', () => {
  const video = 'Graphic video: man beaten to death outside the pub';

  it('catches violent material posted, shared or liked', () => {
    expect(found('Watch this: guy gets kicked in the head outside the bar')).toEqual(['kicked in the head']);
    for (const action of ['share', 'like']) {
      const hits = detect(obscenity, { activity: { action, channel: 'personal', targetText: video } });
      expect(covered(hits, video, 'targetText'), action).toEqual(['Graphic video', 'beaten to death']);
    }
  });

  it('counts a comment or reply on violent material only when it approves or mocks', () => {
    const comment = (text: string, targetText = video) => kinds({ action: 'comment', channel: 'personal', text, targetText });
    expect(comment('😂😂 had it coming')).toEqual(['violent-material', 'violent-material']);
    expect(kinds({ action: 'reply', channel: 'personal', text: "Il l'a cherché lol", targetText: "Vidéo d'une bagarre: battu à mort devant le bar" }))
      .toEqual(['violent-material', 'violent-material']);
    expect(comment("This is horrible, I hope he's ok")).toEqual([]);
    expect(kinds({ action: 'reply', channel: 'personal', text: 'Terrible nouvelle', targetText: "Vidéo d'une bagarre: battu à mort devant le bar" })).toEqual([]);
  });
});

describe('obscenity: which texts it reads', () => {
  it('reads what is liked and captions, not the post a comment answers, nor the profile', () => {
    expect(kinds({ action: 'like', channel: 'personal', targetText: 'What a fucking joke' })).toEqual(['profanity']);
    expect(kinds({ action: 'comment', channel: 'personal', text: 'Agreed', targetText: 'What a fucking joke' })).toEqual([]);
    expect(detect(obscenity, { activity: post('New photo', { media: [{ type: 'photo', caption: 'Bloody hell, fuck Mondays' }] }) }).map((h) => h.field)).toEqual(['caption']);
    expect(kinds(post('Nouvelle photo', { author: { profileText: 'fuck off' } }))).toEqual([]);
  });

  it('accepts no params', () => {
    expect(obscenity.paramsSchema.safeParse({ strict: true }).success).toBe(false);
  });
});

describe('obscenity: robustness', () => {
  itIsRobust(obscenity, (text) => ({ activity: post(text) }), {}, hugeText('Été 🎉 pourri, sh*t, fuuuck — crisse de tabarnak! Graphic video 😂 at the Hub café. '));
  itIsRobust(obscenity, (text) => ({ activity: post(text) }));
});

describe('obscenity: words of the field the English list misreads', () => {
  it('reads trafficking as the crime it names, and British cigarettes as cigarettes, not the slur', () => {
    expect(found('Training on human trafficking and sex trafficking today')).toEqual([]);
    expect(found('Two weeks off the fags and I feel great')).toEqual([]);
    expect(found('Nipped out for a fag break, then bought a packet of fags')).toEqual([]);
    expect(found('He called me a fag in front of everyone')).toEqual(['fag']);
  });

  it('reads French "rappel", Latin honours, spices and mushrooms as what they are', () => {
    expect(found('Rappel : la clinique de vaccination est ouverte samedi.')).toEqual([]);
    expect(found('Petit rappel: réunion à 9 h.')).toEqual([]);
    expect(found('Add cumin to the lentil soup')).toEqual([]);
    expect(found('Graduated cum laude, so proud')).toEqual([]);
    expect(found('shiitake mushrooms at the market')).toEqual([]);
  });

  it('names prevention work and quotes the policy without being obscene, yet still flags porn itself', () => {
    expect(found('The pornography and exploitation awareness workshop is on Monday')).toEqual([]);
    expect(found('do not use defamatory, obscene, hateful, pornographic language')).toEqual([]);
    expect(found('watching porn at work again')).toEqual(['porn']);
  });

  it('does not take Al Gore or Gore-Tex for violent material', () => {
    expect(found('Al Gore spoke at the summit')).toEqual([]);
    expect(found('Gore-Tex jackets on sale')).toEqual([]);
  });
});

describe('obscenity: the mushroom', () => {
  it('reads "Shitake" (a common spelling of shiitake) as the mushroom, and still the swearing around it', () => {
    expect(found('Shitake mushrooms on sale at the market today')).toEqual([]);
    expect(found('What a shitty day, and the shitakes were sold out')).toEqual(['shitty']);
  });
});
