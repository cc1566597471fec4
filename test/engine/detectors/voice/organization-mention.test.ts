import { describe, expect, it } from 'vitest';
import { organizationMention } from '../../../../src/engine/detectors/voice/organization-mention.js';
import { covered, detect, hugeText, itIsRobust, post, type Situation } from '../run-detector.js';

const organization = { names: ['IWSO', 'Immigrant Women Services Ottawa'] };
const at = (activity: Record<string, unknown>): Situation => ({ activity, organization });
const found = (text: string) => covered(detect(organizationMention, at(post(text))), text);

describe('organization-mention', () => {
  it('finds the organization by name, alias, hashtag or handle, case and spacing aside', () => {
    expect(found('Went to the IWSO gala last night, fun evening.')).toEqual(['IWSO']);
    expect(found('The Immigrant Women Services Ottawa job fair was packed.')).toEqual(['Immigrant Women Services Ottawa']);
    expect(found('immigrant women  services ottawa')).toEqual(['immigrant women  services ottawa']);
    expect(found('#IWSO #proud')).toEqual(['#IWSO']);
    expect(found('Congrats to @IWSO on the award!')).toEqual(['@IWSO']);
    expect(detect(organizationMention, at(post('IWSO is hiring')))).toEqual([{ field: 'text', span: [0, 4], kind: 'organization' }]);
  });

  it('matches whole words only', () => {
    expect(found('Visited the iwsoffice yesterday')).toEqual([]);
    expect(found('XIWSO and IWSOs')).toEqual([]);
  });

  it('knows the organization by the context\'s names too, and by none without names', () => {
    expect(covered(detect(organizationMention, { activity: post('Le CISSS de la Gaspésie recrute'), context: { organization: { name: 'CISSS de la Gaspésie', aliases: ['CISSS'] } } }), 'Le CISSS de la Gaspésie recrute'))
      .toEqual(['CISSS de la Gaspésie']);
    expect(detect(organizationMention, { activity: post('IWSO is hiring') })).toEqual([]);
  });

  it('reads the post and captions by default, other `fields` when asked, never what is shared unless asked', () => {
    expect(detect(organizationMention, at(post('Photo', { media: [{ type: 'photo', caption: 'Working at IWSO' }] }))).map((h) => h.field)).toEqual(['caption']);
    const profile = post('Beautiful sunset', { author: { profileText: 'Counsellor @ IWSO' } });
    expect(detect(organizationMention, at(profile))).toEqual([]);
    expect(detect(organizationMention, at(profile), { fields: ['text', 'profileText'] }).map((h) => h.field)).toEqual(['profileText']);
    expect(detect(organizationMention, at({ action: 'share', channel: 'personal', targetText: 'IWSO is hiring' }))).toEqual([]);
  });

  it('with exceptWorkplaceStatements, leaves alone a new job or a start at the organization, which only says where one works', () => {
    const statements = (text: string) => covered(detect(organizationMention, at(post(text)), { exceptWorkplaceStatements: true }), text);
    expect(statements('Got a new job at IWSO starting Monday, wish me luck!')).toEqual([]);
    expect(statements('Starting at IWSO next week 😬')).toEqual([]);
    expect(statements('IWSO is the best place I have ever worked')).toEqual(['IWSO']);
  });

  it('with alongside, counts the name only where the post also announces one\'s own blog, podcast or channel', () => {
    const site = (text: string) => covered(detect(organizationMention, at(post(text)), { alongside: 'own-site' }), text);
    expect(site("Launching my podcast! I'm a counsellor at IWSO and I'll talk about newcomer life")).toEqual(['IWSO']);
    expect(site('Starting a YouTube channel about my work at IWSO')).toEqual(['IWSO']);
    expect(site('So proud of the IWSO team today')).toEqual([]);
  });

  it('with connectionInReply, counts "I work there" under a post that names the organization, not under another or without the option', () => {
    const reply = (text: string, targetText: string, params: Record<string, unknown> = { connectionInReply: true }) =>
      covered(detect(organizationMention, at({ action: 'reply', channel: 'personal', text, targetText }), params), text);
    expect(reply("I work there 🙂 there's a free employment drop-in on Tuesdays", 'does anyone know if IWSO helps with resumes??')).toEqual(['I work there']);
    expect(reply("That's where I work - yes, a women's employment group on Mondays", 'Anyone know about IWSO job programs?')).toEqual(["That's where I work"]);
    expect(reply("j'y travaille 🙂 passez à l'accueil", "Est-ce qu'IWSO aide pour les CV?")).toEqual(["j'y travaille"]);
    expect(reply('I work there too! small world', 'Just started at the Tim Hortons on Bank St')).toEqual([]);
    expect(reply('I work there 🙂', 'does IWSO help with resumes?', {})).toEqual([]);
  });

  it('reports spans into the original text, accents and emoji before the hit', () => {
    expect(found('🎉🏳️‍🌈 Été à IWSO')).toEqual(['IWSO']);
  });

  it('rejects unknown fields', () => {
    expect(organizationMention.paramsSchema.safeParse({ fields: ['body'] }).success).toBe(false);
    expect(organizationMention.paramsSchema.safeParse({ fields: [] }).success).toBe(false);
  });

  itIsRobust(organizationMention, (text) => at(post(text)), {}, hugeText('Été 🎉 à IWSO, #IWSO @iwso — Immigrant Women Services Ottawa! '));
});
