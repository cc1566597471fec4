import { describe, expect, it } from 'vitest';
import { targetPerson } from '../../../../src/engine/detectors/people/target-person.js';
import { detect } from '../run-detector.js';
import { CLIENT_KINDS, ROSTER } from './roster.js';

const clients = { kinds: CLIENT_KINDS };
const toward = (target: Record<string, unknown> | undefined, action = 'friend_request') => ({ activity: { action, channel: 'personal', target }, context: { roster: ROSTER } });

describe('target-person', () => {
  it('fires when the person friended, followed or messaged is a client, former client or client\'s family member', () => {
    expect(detect(targetPerson, toward({ rosterId: 'c1' }), clients)).toEqual([{ subjectId: 'c1' }]);
    expect(detect(targetPerson, toward({ rosterId: 'c4' }, 'follow'), clients)).toEqual([{ subjectId: 'c4' }]);
    expect(detect(targetPerson, toward({ rosterId: 'f2' }, 'friend_accept'), clients)).toEqual([{ subjectId: 'f2' }]);
    expect(detect(targetPerson, { activity: { action: 'message', channel: 'personal', text: 'Hi!', target: { rosterId: 'c1' } }, context: { roster: ROSTER } }, clients)).toEqual([{ subjectId: 'c1' }]);
  });

  it('with `alongside`, fires only where the message also arranges work with the client: a meeting, a ride, their papers', () => {
    const message = (text: string, rosterId = 'c1') => detect(targetPerson, { activity: { action: 'message', channel: 'personal', text, target: { rosterId } }, context: { roster: ROSTER } }, { ...clients, alongside: 'client-arrangement' });
    expect(message("J'ai reçu ton bulletin, on s'en parle à notre rencontre de jeudi? Texte-moi si t'as besoin d'un lift")).toEqual([{ subjectId: 'c1' }]);
    expect(message('I can pick you up before our appointment on Monday')).toEqual([{ subjectId: 'c1' }]);
    expect(message('Happy birthday!! 🎂 hope it is a great one')).toEqual([]);
    expect(message('I can pick you up before our appointment on Monday', 's1')).toEqual([]);
  });

  it('does not fire for staff, the public, or no target', () => {
    expect(detect(targetPerson, toward({ rosterId: 's2' }), clients)).toEqual([]);
    expect(detect(targetPerson, toward({ name: 'Dean', kind: 'public' }), clients)).toEqual([]);
    expect(detect(targetPerson, toward(undefined), clients)).toEqual([]);
    expect(detect(targetPerson, toward({ rosterId: 'not-on-roster' }), clients)).toEqual([]);
  });

  it('takes the activity\'s word for the kind of someone not on the roster, the roster\'s for someone on it', () => {
    expect(detect(targetPerson, toward({ name: 'Bob', kind: 'client' }), clients)).toEqual([{}]);
    expect(detect(targetPerson, toward({ rosterId: 'not-on-roster', kind: 'former-client' }), clients)).toEqual([{ subjectId: 'not-on-roster' }]);
    expect(detect(targetPerson, toward({ rosterId: 's2', kind: 'client' }), clients)).toEqual([]);
    expect(detect(targetPerson, toward({ name: 'Bob', kind: 'landlord' }), clients)).toEqual([]);
  });

  it('tells a child under youth protection and the child\'s parents from everyone else (`youthProtection`)', () => {
    const only = { ...clients, youthProtection: 'only' };
    const exclude = { ...clients, youthProtection: 'exclude' };
    expect(detect(targetPerson, toward({ rosterId: 'y1' }), only)).toEqual([{ subjectId: 'y1' }]);
    expect(detect(targetPerson, toward({ rosterId: 'f1' }), only)).toEqual([{ subjectId: 'f1' }]);
    expect(detect(targetPerson, toward({ rosterId: 'f2' }), only)).toEqual([]);
    expect(detect(targetPerson, toward({ rosterId: 'c1' }), exclude)).toEqual([{ subjectId: 'c1' }]);
    expect(detect(targetPerson, toward({ rosterId: 'y1' }), exclude)).toEqual([]);
  });

  it('rejects unknown kinds and settings', () => {
    for (const params of [{}, { kinds: [] }, { kinds: ['boss'] }, { kinds: CLIENT_KINDS, youthProtection: 'maybe' }]) {
      expect(targetPerson.paramsSchema.safeParse(params).success, JSON.stringify(params)).toBe(false);
    }
  });
});
