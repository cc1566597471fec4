import { describe, expect, it } from 'vitest';
import { CheckContexts } from '../../../src/app/checks/check-context.js';
import type { CompiledRoster } from '../../../src/app/checks/roster-cache.js';
import type { ScreeningFacts } from '../../../src/app/checks/screening-facts.js';
import type { RosterEntry } from '../../../src/engine/contract/context.js';
import { compileContext, evaluate, type CompiledContext } from '../../../src/engine/index.js';
import { loadPack } from '../../../src/packs/load.js';

const ORG = { name: 'Harbour Services', aliases: JSON.stringify(['Harbour', 'HS']), email_domains: JSON.stringify(['Harbour.example']) };
const ROSTER: RosterEntry[] = [
  { id: 'c1', name: 'Olga Petrova', kind: 'client' },
  { id: 'c2', name: 'Tom Reid', kind: 'former-client', handles: ['@tomreid'] },
];
const FACTS: ScreeningFacts = {
  consents: [{ subject: 'c1', scope: 'photo', written: true, signedBy: 'self', validUntil: '2027-01-01' }, { subject: 'c2', scope: 'name', revoked: true }],
  approvals: [{ kind: 'publish-client-media', grantedByRole: 'executive-director', subject: 'c1', validUntil: '2027-01-01' }],
  accounts: [{ id: 'a1', platform: 'facebook', authorized: true }],
  grants: [{ accountId: 'a1', personId: 'p1', from: '2026-01-01' }],
  courtAuthorizations: [{ subject: 'c2', validUntil: '2026-12-01' }],
};
const NOW = new Date('2026-11-21T15:00:00.000Z');
const POSTS = [{ text: 'Second post of the day', at: '2026-11-21T14:00:00.000Z', authorId: 'p1' }];

function compiledRoster(): CompiledRoster {
  return { entries: ROSTER, compiled: compileContext({ roster: ROSTER }) };
}

/** What `compileContext` makes of the whole context, as a check had it built before. */
function whole(org: typeof ORG, facts: ScreeningFacts, now: Date, recentPosts: typeof POSTS): CompiledContext {
  return compileContext({
    now: now.toISOString(), organization: { name: org.name, aliases: JSON.parse(org.aliases) as string[], emailDomains: JSON.parse(org.email_domains) as string[] },
    ...facts, recentPosts, roster: ROSTER,
  });
}

/** Every field but the roster matcher (a fresh one per compile, compared by what it finds). */
function comparable(context: CompiledContext): Record<string, unknown> {
  const { roster: _matcher, ...rest } = context;
  return { ...rest, source: { ...context.source } };
}

describe('a check context put together from its cached parts', () => {
  it('is what compiling the whole context gives, field by field', () => {
    const contexts = new CheckContexts();
    const roster = compiledRoster();
    const made = contexts.of(ORG, FACTS, roster, NOW, POSTS);
    const expected = whole(ORG, FACTS, NOW, POSTS);
    expect(Object.keys(made).sort()).toEqual(Object.keys(expected).sort());
    expect(comparable(made)).toEqual(comparable(expected));
    expect(made.roster).toBe(roster.compiled.roster);
    expect(made.roster.find('I saw Olga Petrova today').map((m) => m.entryId)).toEqual(expected.roster.find('I saw Olga Petrova today').map((m) => m.entryId));
  });

  it('screens an activity exactly as the whole context does', () => {
    const contexts = new CheckContexts();
    const pack = loadPack('iwso');
    for (const text of ['Lovely day with Olga Petrova at the harbour', 'Second post of the day', 'Call 613-555-0199 about Tom Reid', 'Harbour Services is hiring!']) {
      const activity = { action: 'post' as const, channel: 'personal' as const, platform: 'facebook', text, language: 'en', author: { id: 'p1', role: 'staff' as const } };
      expect(evaluate(pack, activity, contexts.of(ORG, FACTS, compiledRoster(), NOW, POSTS))).toEqual(evaluate(pack, activity, whole(ORG, FACTS, NOW, POSTS)));
    }
  });

  it('follows each check: its own time and recent posts', () => {
    const contexts = new CheckContexts();
    const roster = compiledRoster();
    contexts.of(ORG, FACTS, roster, NOW, POSTS);
    const later = new Date(NOW.getTime() + 60_000);
    const made = contexts.of(ORG, FACTS, roster, later, []);
    expect(comparable(made)).toEqual(comparable(whole(ORG, FACTS, later, [])));
  });

  it('follows the organization and its facts: a renamed organization or new facts are compiled afresh', () => {
    const contexts = new CheckContexts();
    const roster = compiledRoster();
    const first = contexts.of(ORG, FACTS, roster, NOW, POSTS);
    expect(contexts.of(ORG, FACTS, roster, NOW, POSTS).consentsBySubject).toBe(first.consentsBySubject);
    const renamed = { ...ORG, name: 'Harbour Community Services', aliases: '[]' };
    expect(comparable(contexts.of(renamed, FACTS, roster, NOW, POSTS))).toEqual(comparable(whole(renamed, FACTS, NOW, POSTS)));
    const newFacts: ScreeningFacts = { ...FACTS, consents: [] };
    const withNew = contexts.of(renamed, newFacts, roster, NOW, POSTS);
    expect(withNew.consentsBySubject.size).toBe(0);
    expect(comparable(withNew)).toEqual(comparable(whole(renamed, newFacts, NOW, POSTS)));
  });
});
