import { auditEvent } from '../audit-events.js';
import { practiceOf } from '../pack-practice.js';
import type { Actor } from '../shared/actor.js';
import type { WorkflowDeps } from '../shared/deps.js';
import { domainError } from '../shared/errors.js';
import { failure, success, type Outcome } from '../shared/outcome.js';
import { iso } from '../shared/time.js';
import { parseInput } from '../shared/validate.js';
import type { OfficialAccount } from './official-account.js';
import { registerOfficialAccountInputSchema } from './register-official-account.types.js';

export interface RegisterOfficialAccountCommand {
  readonly input: unknown;
  /** The organization's registered accounts, to refuse a duplicate. */
  readonly existing: readonly OfficialAccount[];
  readonly actor: Actor;
  readonly deps: WorkflowDeps;
}

/**
 * Adds an account to the registry. Only the roles the pack names register one (iwso 6.11.1: "Only
 * the IWSO Communications delegate (s) is permitted to create official … sites").
 */
export function registerOfficialAccount(cmd: RegisterOfficialAccountCommand): Outcome<OfficialAccount> {
  const { actor } = cmd;
  const registrars = practiceOf(actor.org).accountRegistrars;
  if (!registrars.roles.includes(actor.role)) {
    return failure(domainError('forbidden', `Only ${registrars.roles.join(' or ')} registers an official account: "${registrars.clause.text}"`, { reason: 'wrong_role' }));
  }
  const parsed = parseInput(registerOfficialAccountInputSchema, cmd.input);
  if (!parsed.ok) return failure(parsed.error);
  const input = parsed.value;
  const duplicate = cmd.existing.some((a) => a.orgId === actor.org.id && a.status === 'active'
    && a.platform === input.platform && a.handle.toLowerCase() === input.handle.toLowerCase());
  if (duplicate) {
    return failure(domainError('conflict', `${input.platform} ${input.handle} is already registered.`, { field: 'handle', reason: 'duplicate_account' }));
  }
  const at = iso(cmd.deps.now());
  const account: OfficialAccount = {
    id: cmd.deps.newId(), orgId: actor.org.id, ...input, status: 'active', registeredBy: actor.id, registeredAt: at, version: 1,
  };
  const event = auditEvent('account.registered', { orgId: actor.org.id, actorId: actor.id, at, subjectId: account.id }, {
    platform: input.platform, holder: input.holder, postingAllowed: input.postingAllowed,
  });
  return success(account, [event]);
}
