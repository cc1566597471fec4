import { describe, expect, it } from 'vitest';
import { lexiconDetector } from '../../../../src/engine/detectors/content/lexicon.js';
import { covered, detect, hugeText, itIsRobust, post } from '../run-detector.js';

const found = (params: Record<string, unknown>, text: string) => covered(detect(lexiconDetector, { activity: post(text) }, params), text);

describe('lexicon: the built-in lexicons packs name', () => {
  it('confidential: internal, not-yet-public information, in English and French', () => {
    expect(found({ lexicon: 'confidential' }, "Can't say too much but the Gaspé office is closing, not announced yet 🤫")).toEqual(["Can't say too much but", 'not announced yet']);
    expect(found({ lexicon: 'confidential' }, 'Entre nous, la direction a reçu une note de service: pas encore annoncé.')).toEqual(['Entre nous', 'note de service', 'pas encore annoncé']);
    expect(found({ lexicon: 'confidential' }, 'Our annual report is now public: read it on our website.')).toEqual([]);
    expect(found({ lexicon: 'confidential' }, 'Confidentiality is at the heart of what we do.')).toEqual([]);
  });

  it('advertising: promo codes, discounts and sponsored tags, but not a fundraiser', () => {
    expect(found({ lexicon: 'advertising' }, 'Ladies, use code CALM15 for 15% off at GreenLeaf! #ad')).toEqual(['use code CALM15', '15% off', '#ad']);
    expect(found({ lexicon: 'advertising' }, 'Utilisez le code promo NOEL20 pour 20 % de rabais')).toEqual(['code promo', '20 % de rabais']);
    expect(found({ lexicon: 'advertising' }, 'Our bake sale raised $400 for the food bank, thank you!')).toEqual([]);
    expect(found({ lexicon: 'advertising' }, 'Free flu shots for everyone 65+ this Saturday.')).toEqual([]);
  });

  it('advertising: direct selling and party-plan solicitation, in English and French, not a link to an article or a party one hosts', () => {
    expect(found({ lexicon: 'advertising' }, 'My holiday candle party is this Friday ✨ order through my link before midnight and get a free wax melt! 👉 link in comments'))
      .toEqual(['My holiday candle party is', 'order through my link before midnight and get a free']);
    expect(found({ lexicon: 'advertising' }, 'Host a jewelry party this month and earn free products!')).toEqual(['Host a jewelry party this month and earn']);
    expect(found({ lexicon: 'advertising' }, 'Commandez via mon lien avant minuit et recevez un cadeau gratuit')).toEqual(['Commandez via mon lien avant minuit et recevez']);
    for (const text of ['Great article on newcomer housing, link in comments', 'Super article sur le logement, lien dans les commentaires.',
      "Hosting a party for my daughter's 10th birthday this Saturday", 'Our candlelight vigil is this Friday at City Hall 🕯️', 'Photos from the office Christmas party are up, link in comments'])
      expect(found({ lexicon: 'advertising' }, text), text).toEqual([]);
  });

  it('paid-content: a stipend, fee or honorarium to run a third party\'s page, in English and French, not a volunteer page or a raise', () => {
    expect(found({ lexicon: 'paid-content' }, "I'll be running the Facebook page for the Carlington Community Garden Collective - they're paying me a small stipend to keep it updated!"))
      .toEqual(["running the Facebook page for the Carlington Community Garden Collective - they're paying me a small stipend"]);
    expect(found({ lexicon: 'paid-content' }, 'Got a stipend to run the Facebook page for the Vanier Tenants Association')).toEqual(['a stipend to run the Facebook page']);
    expect(found({ lexicon: 'paid-content' }, 'je vais gérer la page Facebook du Marché, ils me versent un petit cachet')).toEqual(['gérer la page Facebook du Marché, ils me versent un petit cachet']);
    for (const text of ['I volunteer running the Facebook page for my church choir, come to our concert!', "They're paying me a bit more since my promotion 🎉",
      'Finally got my grad school stipend sorted', "Je m'occupe de la page Facebook de la chorale de mon église"])
      expect(found({ lexicon: 'paid-content' }, text), text).toEqual([]);
  });

  it('values-conflict: public money for newcomers opposed and natives put first, in English and French, not pride in that funding', () => {
    expect(found({ lexicon: 'values-conflict' }, 'PETITION: Stop spending our tax dollars on settlement programs for newcomers. Canadians first!'))
      .toEqual(['Stop spending our tax dollars on settlement programs for newcomers', 'Canadians first']);
    expect(found({ lexicon: 'values-conflict' }, "Arrêtez de dépenser nos impôts pour les programmes des nouveaux arrivants. Les Québécois d'abord!"))
      .toEqual(['Arrêtez de dépenser nos impôts pour les programmes des nouveaux arrivants', "Québécois d'abord"]);
    for (const text of ['Proud that our tax dollars fund settlement programs that help newcomers find work', 'Stop spending our tax dollars on a new stadium',
      'Safety first! Winter tires are on', 'Canadians first-time buyer grant helped us 🏡', 'Federal budget adds $50M for newcomer settlement programs'])
      expect(found({ lexicon: 'values-conflict' }, text), text).toEqual([]);
  });

  it('recommendation: a business or product praised, in English, French and Welsh; public-health advice is not one', () => {
    expect(found({ lexicon: 'recommendation' }, 'Honestly recommend Sunrise Physio, they changed my life.')).toEqual(['Honestly recommend']);
    expect(found({ lexicon: 'recommendation' }, 'These collagen gummies have literally changed my life 😍')).toEqual(['These collagen gummies have literally changed my life']);
    expect(found({ lexicon: 'recommendation' }, 'This budgeting app is a game changer')).toEqual(['app is a game changer']);
    for (const text of ["Therapy has honestly changed my life. If you're struggling, please reach out", 'Becoming a mum changed my life forever', 'The new LRT line is a game changer for my commute'])
      expect(found({ lexicon: 'recommendation' }, text), text).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Je recommande la Pharmacie Leblanc à tout le monde')).toEqual(['Je recommande']);
    expect(found({ lexicon: 'recommendation' }, 'Y fferyllfa orau yn y dref!')).toEqual(['Y fferyllfa orau']);
    expect(found({ lexicon: 'recommendation' }, 'I recommend everyone get their flu shot this year.')).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Watched a documentary on refugee health last night, highly recommend it')).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Highly recommend this podcast')).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Highly recommend Glow Spa, best facial ever')).toEqual(['Highly recommend']);
  });

  it('disclaimer: a personal-views statement in the post or the profile, in English, French and Welsh', () => {
    const params = { lexicon: 'disclaimer', fields: ['text', 'profileText'] };
    const profile = detect(lexiconDetector, { activity: post('Thoughts on the new waitlist rules', { author: { profileText: 'Support worker. Views my own.' } }) }, params);
    expect(covered(profile, 'Support worker. Views my own.', 'profileText')).toEqual(['Views my own']);
    expect(found(params, "Mes opinions n'engagent que moi.")).toEqual(['Mes opinions', "n'engagent que moi"]);
    expect(found(params, 'Barn fy hun yw hwn.')).toEqual(['Barn fy hun']);
  });

  it('credentials, casework, personal purpose, paid content, work topics, location and causes', () => {
    expect(found({ lexicon: 'credentials' }, 'The password is Winter2026! for the shared drive')).toEqual(['The password']);
    expect(found({ lexicon: 'credentials' }, 'Le mot de passe: Gaspe123')).toEqual(['Le mot de passe']);
    expect(found({ lexicon: 'credentials' }, 'Reminder: never share your password with anyone.')).toEqual([]);
    expect(found({ lexicon: 'casework' }, "Hi Kayla, it's Jen ur worker, court tmrw at 9 don't forget")).toEqual(["it's Jen ur worker", 'court tmrw']);
    expect(found({ lexicon: 'casework' }, "On essaie de retrouver son père, quelqu'un le connaît?")).toEqual(['On essaie de retrouver']);
    expect(found({ lexicon: 'personal-purpose' }, 'Anyone selling a travel cot? DM me')).toEqual(['Anyone selling', 'travel cot', 'DM me']);
    expect(found({ lexicon: 'credentials' }, "could u send me her IWSO login? she won't mind")).toEqual(['send me her IWSO login']);
    expect(found({ lexicon: 'credentials' }, 'can you send me your Netflix password lol')).toEqual([]);
    expect(found({ lexicon: 'paid-content' }, 'Excited to start my paid monthly column for Wellness Weekly!')).toEqual(['paid monthly column']);
    expect(found({ lexicon: 'work-topic' }, 'Day 5 of 7 on shifts, understaffed again. #carelife')).toEqual(['Day 5 of 7', 'shifts', 'understaffed', '#carelife']);
    expect(found({ lexicon: 'work-topic' }, 'Beautiful hike in Snowdonia this weekend.')).toEqual([]);
    expect(found({ lexicon: 'work-topic' }, 'Volunteering at the hospice shop this Saturday, come say hi')).toEqual([]);
  });

  it('hears news held back and a discount behind a bio link, in English and French', () => {
    expect(found({ lexicon: 'confidential' }, "Can't say much yet, but expect a new manager by spring")).toEqual(["Can't say much yet, but"]);
    expect(found({ lexicon: 'confidential' }, 'Les coupures ont été décidées en douce et personne n’est au courant')).toEqual(['décidées en douce', 'personne n’est au courant']);
    expect(found({ lexicon: 'confidential' }, 'Not allowed to say much about my holiday plans lol')).toEqual([]);
    expect(found({ lexicon: 'advertising' }, 'These protein bars saved my mornings, link in bio to get a discount!')).toEqual(['link in bio to get a discount']);
    expect(found({ lexicon: 'advertising' }, 'More photos of the trip: link in bio')).toEqual([]);
    expect(found({ lexicon: 'advertising' }, "We're looking for volunteer drivers this winter! DM me for details")).toEqual([]);
    expect(found({ lexicon: 'work-topic' }, 'Proud of the whole team, we smashed our CQC inspection')).toEqual(['Proud of the whole team', 'CQC']);
    expect(found({ lexicon: 'non-essential-location' }, 'Heading home to Aberaeron 🚗 parked outside in my silver Corsa')).toEqual(['Heading home to Aberaeron', 'parked outside', 'silver Corsa']);
    expect(found({ lexicon: 'non-essential-location' }, "Rydw i'n byw yn Llandeilo ers blynyddoedd")).toEqual(["Rydw i'n byw"]);
    expect(found({ lexicon: 'non-essential-location' }, 'Our public meeting is at Aberaeron Memorial Hall, 7pm Thursday.')).toEqual([]);
    expect(found({ lexicon: 'values-conflict' }, "Say no to the new women's shelter on Elm St!")).toEqual(["Say no to the new women's shelter"]);
    expect(found({ lexicon: 'values-conflict' }, "Proud to volunteer at the new women's shelter on Elm St!")).toEqual([]);
  });

  it('casework, paid content and withheld names, by how they are put rather than by set phrases', () => {
    expect(found({ lexicon: 'casework' }, 'Talked to your foster dad, I can pick you up Friday so we can go over your safety plan')).toEqual(['your foster dad', 'go over your safety plan']);
    expect(found({ lexicon: 'casework' }, "J'ai parlé à ta famille d'accueil, on va revoir ton plan mardi")).toEqual(["ta famille d'accueil", 'revoir ton plan']);
    for (const text of ['can you send me ur file for the slideshow?', "let's go over your goals for the 10k", 'I\'ll review your application for the bakery job'])
      expect(found({ lexicon: 'casework' }, text), text).toEqual([]);
    expect(found({ lexicon: 'paid-content' }, 'A skincare startup offered to pay me to manage their TikTok, £250 a month!')).toEqual(['offered to pay me', 'manage their TikTok', '£250 a month']);
    expect(found({ lexicon: 'paid-content' }, "Une boutique veut me payer pour gérer leur page Facebook")).toEqual(['me payer pour gérer']);
    expect(found({ lexicon: 'paid-content' }, "I'm being paid to run the Instagram page for the community choir!")).toEqual(['being paid to run']);
    expect(found({ lexicon: 'paid-content' }, 'Je serai payée pour gérer la page Facebook du marché')).toEqual(['Je serai payée pour gérer la page Facebook']);
    expect(found({ lexicon: 'paid-content' }, "I'm being paid to work overtime this weekend, yay")).toEqual([]);
    expect(found({ lexicon: 'paid-content' }, "they'll pay me back for the pizza lol")).toEqual([]);
    expect(found({ lexicon: 'confidential' }, "Interviews for the new director done, won't say who but it's an outsider")).toEqual(["won't say who"]);
    expect(found({ lexicon: 'confidential' }, "Can't say who won the bake-off yet, results at 5!")).toEqual([]);
  });

  it('work topics, insider sources and a relative\'s business pushed, by kind', () => {
    expect(found({ lexicon: 'work-topic' }, 'Head office cut our hours again with two days notice')).toEqual(['Head office', 'cut our hours']);
    expect(found({ lexicon: 'work-topic' }, 'So proud, our team won the Sefton social care award!')).toEqual(['social care award']);
    expect(found({ lexicon: 'work-topic' }, 'Training day at the gym, legs are dead')).toEqual([]);
    // A team of one's leisure is not the team at work: pride in a quiz or a league side is not a comment on work.
    expect(found({ lexicon: 'work-topic' }, 'Proud of my team tonight, runners-up in the darts league 🎯')).toEqual([]);
    expect(found({ lexicon: 'work-topic' }, 'Proud of my team tonight. Darts league later')).toEqual(['Proud of my team']);
    expect(found({ lexicon: 'confidential' }, "Overheard the regional manager on the phone, looks like our Crosby office is closing. Don't say I told you")).toEqual(['Overheard the regional manager', 'looks like our Crosby office is closing', "Don't say I told you"]);
    expect(found({ lexicon: 'confidential' }, 'Read the board minutes: we lose our biggest funder in spring')).toEqual(['board minutes']);
    expect(found({ lexicon: 'confidential' }, "La direction ferme le point de service, ça va sortir officiellement en mars")).toEqual(['va sortir officiellement']);
    expect(found({ lexicon: 'non-essential-location' }, 'Heading back to Pwllheli after the visit, home by 6 for tea')).toEqual(['Heading back to Pwllheli', 'home by 6']);
    expect(found({ lexicon: 'non-essential-location' }, 'Survey stall at Morrisons till 3, I live just round the corner')).toEqual(['I live just round the corner']);
    expect(found({ lexicon: 'confidential' }, 'Check the shared drive for the bake sale sign-up sheet')).toEqual([]);
    expect(found({ lexicon: 'confidential' }, 'Overheard the funniest conversation on the bus today')).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Dr. Osei on Montreal Rd is wonderful, call before her list closes')).toEqual(['Dr. Osei on Montreal Rd is wonderful']);
    expect(found({ lexicon: 'recommendation' }, 'Evans Opticians in Lampeter, the best in Ceredigion')).toEqual(['Opticians in Lampeter, the best']);
    expect(found({ lexicon: 'recommendation' }, 'This meal kit company is amazing, they deliver')).toEqual(['company is amazing']);
    expect(found({ lexicon: 'recommendation' }, 'My doctor is wonderful, she caught it early')).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Please go and support my cousin\'s new salon on Bank St!')).toEqual([]);
    expect(found({ lexicon: 'recommendation' }, 'Please go and support her new salon on Bank St!')).toEqual(['go and support her new salon']);
  });

  it('values-conflict: a cause against newcomers, women or their services, not a stand against the harm done to them', () => {
    expect(found({ lexicon: 'values-conflict' }, 'Canada is FULL. Close the door on chain migration')).toEqual(['Canada is FULL', 'Close the door on', 'chain migration']);
    expect(found({ lexicon: 'values-conflict' }, 'PETITION: Stop city funding for newcomer settlement programs')).toEqual(['Stop city funding for newcomer']);
    expect(found({ lexicon: 'values-conflict' }, 'Le Québec est plein. Fermons les frontières!')).toEqual(['Le Québec est plein', 'Fermons les frontières']);
    for (const text of ['Stop the hate against refugees. Welcome them!', 'Stop blaming immigrants for the housing crisis', 'Stop deportations of refugees now',
      'Stop cutting funding for women\'s shelters', 'Council wants to cut funding for settlement programs. Tell them no!', 'Non au racisme envers les immigrants',
      'Stop by the shelter to drop off donations!', 'Block party at the refugee centre on Saturday', 'Government announces lower immigration targets for 2027']) {
      expect(found({ lexicon: 'values-conflict' }, text)).toEqual([]);
    }
  });

  it('causes, selling, withheld news and casework, in more words', () => {
    expect(found({ lexicon: 'values-conflict' }, 'Sign it: no more refugee hotels in our city, send them somewhere else')).toEqual(['no more refugee hotels', 'send them somewhere else']);
    expect(found({ lexicon: 'values-conflict' }, "No more waiting lists for refugees' health care, great news")).toEqual([]);
    expect(found({ lexicon: 'advertising' }, "Ladies I'm selling Scentsy now, message me for the catalogue, free delivery")).toEqual(["I'm selling", 'message me for the catalogue', 'free delivery']);
    expect(found({ lexicon: 'confidential' }, 'Je peux pas en dire plus mais attendez-vous à des coupures au CLSC')).toEqual(['Je peux pas en dire plus mais', 'attendez-vous à des coupures']);
    expect(found({ lexicon: 'confidential' }, "Je peux pas en dire plus, c'est une surprise pour sa fête")).toEqual([]);
    expect(found({ lexicon: 'casework' }, 'Je peux passer jeudi pour signer le plan de sécurité avec vous?')).toEqual(['signer le plan']);
  });

  it('reports the lexicon\'s name as the kind', () => {
    expect(detect(lexiconDetector, { activity: post('Use promo code CALM15') }, { lexicon: 'advertising' })).toEqual([{ field: 'text', span: [0, 21], kind: 'advertising' }]);
  });
});

describe('lexicon: a pack\'s own terms', () => {
  it('matches patterns over folded text as whole words, whatever the case, accents or spacing', () => {
    expect(found({ terms: ['code [a-z]+\\d+', '\\d+% off'] }, 'Use code CALM15 for 15% off')).toEqual(['code CALM15', '15% off']);
    expect(found({ terms: ['hywel dda'] }, 'Hywel  Dda health board')).toEqual(['Hywel  Dda']);
    expect(found({ terms: ['cafe'] }, 'Meet at the Café Bleu')).toEqual(['Café']);
    expect(found({ terms: ['cafe'] }, 'Decaffeinated, please')).toEqual([]);
    expect(detect(lexiconDetector, { activity: post('Trust me') }, { terms: ['trust me'] })[0]?.kind).toBe('terms');
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found({ terms: ['a vendre'] }, '🎉🏳️‍🌈 Élégant canapé à vendre!')).toEqual(['à vendre']);
  });
});

describe('lexicon: which texts it reads', () => {
  const leak = 'Leaked memo: layoffs at the CLSC';

  it('reads what is liked or shared, not the post a comment answers, unless `fields` says so', () => {
    for (const activity of [{ action: 'like', channel: 'personal', targetText: leak }, { action: 'share', channel: 'personal', text: '!!', targetText: leak }]) {
      expect(covered(detect(lexiconDetector, { activity }, { lexicon: 'confidential' }), leak, 'targetText'), activity.action).toEqual(['Leaked']);
    }
    const comment = { action: 'comment', channel: 'personal', text: 'wow', targetText: leak };
    expect(detect(lexiconDetector, { activity: comment }, { lexicon: 'confidential' })).toEqual([]);
    expect(covered(detect(lexiconDetector, { activity: comment }, { lexicon: 'confidential', fields: ['targetText'] }), leak, 'targetText')).toEqual(['Leaked']);
  });

  it('reads captions by default, the profile only when asked', () => {
    const photo = post('pic', { media: [{ type: 'photo', caption: 'Internal memo, do not share' }], author: { profileText: 'Confidential' } });
    expect(detect(lexiconDetector, { activity: photo }, { lexicon: 'confidential' }).map((h) => h.field)).toEqual(['caption']);
    expect(detect(lexiconDetector, { activity: photo }, { lexicon: 'confidential', fields: ['profileText'] }).map((h) => h.field)).toEqual(['profileText']);
  });
});

describe('lexicon: params', () => {
  it('takes exactly one of a known lexicon or valid terms, and known fields', () => {
    for (const params of [{}, { lexicon: 'confidential', terms: ['x'] }, { lexicon: 'gossip' }, { terms: [] }, { terms: ['('] }, { terms: [''] },
      { lexicon: 'confidential', fields: [] }, { lexicon: 'confidential', fields: ['body'] }, { lexicon: 'confidential', extra: 1 }]) {
      expect(lexiconDetector.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
    expect(lexiconDetector.paramsSchema.safeParse({ terms: ['code [a-z]+\\d+'], fields: ['text'] }).success).toBe(true);
  });
});

describe('lexicon: robustness', () => {
  itIsRobust(lexiconDetector, (text) => ({ activity: post(text) }), { lexicon: 'confidential' }, hugeText('Leaked 🤫, pas encore annoncé — entre nous, the Hub café is closing! '));
  itIsRobust(lexiconDetector, (text) => ({ activity: post(text) }), { terms: ['code [a-z]+\\d+', 'caf\\w*'] });
});

describe('lexicon: open services described as confidential', () => {
  it('does not take a confidential helpline for confidential information', () => {
    expect(found({ lexicon: 'confidential' }, 'Our confidential helpline is open 24/7.')).toEqual([]);
  });
});
