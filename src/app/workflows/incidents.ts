import {
  addIncidentEvidence, closeIncident, investigateIncident, reportIncident, triageIncident, type Incident,
} from '../../domain/index.js';
import { toActor, type Principal } from '../auth/principal.js';
import type { AppContext } from '../context.js';
import type { SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { workflowDeps } from './deps.js';
import { closeTasksFor, insertOutcome, load, updateOutcome } from './persist.js';
import { incidentSpec } from './record-specs.js';

/** Reports an incident; an anonymous report stores nothing of the caller. */
export async function reportIncidentFor(app: AppContext, p: Principal, input: unknown, seal?: SealReply<Incident>): Promise<Incident> {
  return app.store.transaction((tx) =>
    insertOutcome(tx, app.keyring, incidentSpec, reportIncident({ input, actor: toActor(p), deps: workflowDeps(app) }), iso(app.clock.now()), seal));
}

type Step = 'triage' | 'investigation' | 'evidence' | 'closure';
const STEPS = { triage: triageIncident, investigation: investigateIncident, evidence: addIncidentEvidence, closure: closeIncident } as const;

/** Moves an incident one step: triage, investigation, evidence, or closure with its outcome. */
export async function advanceIncident(app: AppContext, p: Principal, id: string, step: Step, input: unknown): Promise<Incident> {
  return app.store.transaction(async (tx) => {
    const incident = await load(tx, app.keyring, incidentSpec, p.orgId, id, 'incident');
    const at = iso(app.clock.now());
    const updated = await updateOutcome(tx, app.keyring, incidentSpec, STEPS[step]({ incident, input, actor: toActor(p), deps: workflowDeps(app) }), incident.version, at);
    if (step === 'triage') await closeTasksFor(tx, app.keyring, p.orgId, id, 'triage-incident', p.personId, at);
    return updated;
  });
}
