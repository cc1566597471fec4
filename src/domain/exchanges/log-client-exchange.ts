import { auditEvent } from '../audit-events.js';
import { consentInForce } from '../consents/consent-in-force.js';
import type { ConsentRecord } from '../consents/consent-record.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { ClientExchange } from './client-exchange.js';
import { logClientExchangeInputSchema } from './log-client-exchange.types.js';

export interface LogClientExchangeCommand {
  readonly input: unknown;
  /** The client's consents on file (any scope; the workflow picks the one that applies). */
  readonly consents: readonly ConsentRecord[];
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Documents an exchange in the client's file — refused unless the client agreed to social media as
 * the means of communication and was informed of the risks (valoris §1, applied to every pack).
 */
export function logClientExchange(cmd: LogClientExchangeCommand): Outcome<ClientExchange> {
  const parsed = parseInput(logClientExchangeInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const { actor } = cmd;
  const now = cmd.deps.now();
  const rule = practiceOf(actor.org).clientExchangeConsent;
  const consents = cmd.consents.filter((c) => c.orgId === actor.org.id && consentInForce(c, input.clientId, 'social-media-communication', now));
  const consent = consents.find((c) => c.informedOfRisks);
  if (!consent && rule.value) {
    const reason = consents.length > 0 ? 'client_not_informed_of_risks' : 'client_consent_required';
    const what = consents.length > 0 ? 'was not informed of the risks' : 'has not agreed to social media as the means of communication';
    return failure(domainError('invalid_state', `The client ${what}: "${rule.clause.text}"`, { field: 'clientId', reason }));
  }
  const at = iso(now);
  const exchange: ClientExchange = {
    id: cmd.deps.newId(), orgId: actor.org.id, clientId: input.clientId, staffId: actor.id, platform: input.platform,
    accountId: input.accountId, direction: input.direction, occurredAt: input.occurredAt, summary: input.summary,
    consentId: consent?.id, loggedAt: at,
  };
  const event = auditEvent('client-exchange.logged', { orgId: actor.org.id, actorId: actor.id, at, subjectId: exchange.id }, {
    clientId: input.clientId, consentId: exchange.consentId ?? null, platform: input.platform,
  });
  return success(exchange, [event]);
}
