import type { WorkflowDeps } from '../../domain/index.js';
import type { AppContext } from '../context.js';

/** The application's clock and ids, as the workflows take them. */
export function workflowDeps(app: Pick<AppContext, 'clock' | 'ids'>): WorkflowDeps {
  return { now: () => app.clock.now(), newId: () => app.ids.uuid() };
}
