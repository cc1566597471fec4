import { describe, expect, it } from 'vitest';
import { mediaRequest } from '../../../../src/engine/detectors/voice/media-request.js';
import { detect, hugeText, itIsRobust, type Situation } from '../run-detector.js';

const organization = { names: ['IWSO'] };
const reply = (text: string, targetText: string): Situation => ({ activity: { action: 'reply', channel: 'personal', text, targetText }, organization });

describe('media-request', () => {
  it('catches answering a reporter who asks about the organization, in English and French', () => {
    expect(detect(mediaRequest, reply('Sure, happy to chat, call me at 2',
      "Hi! I'm a reporter with the Courier, working on a story about the IWSO waitlist. Could we talk?"))).toEqual([{ kind: 'media-request' }]);
    expect(detect(mediaRequest, reply("Oui, pas de problème pour l'entrevue sur IWSO", 'Bonjour, je suis journaliste à Radio-Canada'))).toEqual([{ kind: 'media-request' }]);
  });

  it('knows the press by how it asks, not only by its job title', () => {
    expect(detect(mediaRequest, reply('Happy to, call my cell after 4', "Hi, I'm with the Ottawa Citizen, writing about IWSO's new shelter beds. Could you comment?"))).toEqual([{ kind: 'media-request' }]);
    expect(detect(mediaRequest, reply('Sure!', 'Could you comment on my IWSO photo? lol'))).toEqual([]);
    expect(detect(mediaRequest, reply('Yes!', "I'm writing about the IWSO potluck, can I bring a dish?"))).toEqual([]);
  });

  it('does not fire when the request is not about the organization, or there is no press', () => {
    expect(detect(mediaRequest, reply('Sure, happy to chat', "Hi! I'm a reporter with the Courier, working on a story about housing. Could we talk?"))).toEqual([]);
    expect(detect(mediaRequest, reply('Sure!', 'Hey, want to grab coffee after the IWSO gala?'))).toEqual([]);
  });

  it('does not read the profile', () => {
    expect(detect(mediaRequest, { activity: { action: 'post', channel: 'personal', text: 'Nice day', author: { profileText: 'Reporter. Love IWSO.' } }, organization })).toEqual([]);
  });

  it('accepts no params', () => {
    expect(mediaRequest.paramsSchema.safeParse({ strict: true }).success).toBe(false);
  });

  it('reads one\'s own post as answering the press only when the press turned to the author, not for an interview one watched', () => {
    const own = (text: string): Situation => ({ activity: { action: 'post', channel: 'personal', text }, organization });
    expect(detect(mediaRequest, own('Great interview with the IWSO director on CBC this morning!'))).toEqual([]);
    expect(detect(mediaRequest, own('A CBC reporter asked me to talk about the IWSO waitlist, doing it tomorrow!'))).toEqual([{ kind: 'media-request' }]);
    expect(detect(mediaRequest, own("Une journaliste m'a contactée pour parler d'IWSO"))).toEqual([{ kind: 'media-request' }]);
  });

  itIsRobust(mediaRequest, (text) => reply(text, 'Reporter here, interview about IWSO?'), {}, hugeText('Été 🎉: the reporter asked about IWSO, entrevue demain — diolch! '));
});
