import type { Actor } from '../shared/actor.js';
import { domainError, type DomainError } from '../shared/errors.js';
import type { Incident } from './incident.js';

/** Another organization's incident does not exist for the actor. */
export function checkIncidentOrg(incident: Incident, actor: Actor): DomainError | null {
  return incident.orgId === actor.org.id ? null : domainError('not_found', 'No such incident.');
}

/** Only the roles the pack names handle an incident, and never the person it is about. */
export function checkHandler(incident: Incident, actor: Actor): DomainError | null {
  if (!incident.handlerRoles.includes(actor.role)) {
    return domainError('forbidden', `Only ${incident.handlerRoles.join(' or ')} handles this incident.`, { reason: 'wrong_role' });
  }
  if (incident.subjectPersonId === actor.id) {
    return domainError('forbidden', 'Nobody handles an incident about themselves.', { reason: 'conflict_of_interest' });
  }
  return null;
}

/** The incident must be in one of the given states. */
export function checkStatus(incident: Incident, allowed: readonly Incident['status'][]): DomainError | null {
  if (allowed.includes(incident.status)) return null;
  return domainError('invalid_state', `The incident is ${incident.status}.`, { reason: incident.status });
}
