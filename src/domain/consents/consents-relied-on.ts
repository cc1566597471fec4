import type { Activity } from '../../engine/contract/activity.js';
import type { ConsentScope } from '../../engine/contract/enums.js';
import type { ConsentRecord } from './consent-record.js';
import { consentInForce } from './consent-in-force.js';

/** A roster person an activity identifies, and the consent scopes that would cover how. */
export interface Identification {
  readonly subject: string;
  readonly scopes: readonly ConsentScope[];
}

/** One consent a checked activity relied on: if it is revoked, what was published must come down. */
export interface ConsentReliance {
  readonly consentId: string;
  readonly subject: string;
  readonly scope: ConsentScope;
}

/** Naming someone, or telling their story, in words. */
const IN_WORDS: readonly ConsentScope[] = ['name', 'story'];

/** What consent covers a person shown in media of this type. */
function mediaScopes(type: NonNullable<Activity['media']>[number]['type']): readonly ConsentScope[] {
  if (type === 'photo') return ['photo'];
  if (type === 'video') return ['video'];
  return IN_WORDS;
}

/**
 * The roster people an activity identifies and how: `mentioned` are those the roster matcher
 * found in its texts; media people and the target come from the activity itself. A message to
 * a client relies on their consent to social-media communication; the author is never a subject.
 */
export function identifiedSubjects(activity: Activity, mentioned: readonly string[]): Identification[] {
  const scopes = new Map<string, Set<ConsentScope>>();
  const add = (subject: string | undefined, more: readonly ConsentScope[]): void => {
    if (subject === undefined || subject === activity.author?.id) return;
    const set = scopes.get(subject) ?? new Set<ConsentScope>();
    for (const scope of more) set.add(scope);
    scopes.set(subject, set);
  };
  for (const subject of mentioned) add(subject, IN_WORDS);
  for (const media of activity.media ?? []) {
    for (const person of media.people ?? []) add(person.rosterId, mediaScopes(media.type));
  }
  add(activity.target?.rosterId, activity.action === 'message' ? ['social-media-communication'] : IN_WORDS);
  return [...scopes].map(([subject, set]) => ({ subject, scopes: [...set] }));
}

/** The consents in force at `now` that cover an identification: what the activity relied on. */
export function consentsReliedOn(identified: readonly Identification[], consents: readonly ConsentRecord[], now: Date): ConsentReliance[] {
  return identified.flatMap(({ subject, scopes }) => consents
    .filter((c) => scopes.some((scope) => consentInForce(c, subject, scope, now)))
    .map((c) => ({ consentId: c.id, subject, scope: c.scope })));
}
