import type { RouteModule } from '../types.js';
import { apiTokenRoutes } from './api-tokens.js';
import { accountRoutes } from './accounts.js';
import { approvalRoutes } from './approvals.js';
import { consentRoutes } from './consents.js';
import { incidentRoutes } from './incidents.js';
import { practiceRoutes } from './practice.js';
import { taskRoutes } from './tasks.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { oidcRoutes } from './oidc.js';
import { checkRoutes } from './checks.js';
import { publicationRoutes } from './publications.js';
import { healthRoutes } from './health.js';
import { organizationRoutes } from './organization.js';
import { peopleRoutes } from './people.js';
import { rosterRoutes } from './roster.js';

/**
 * Every route module, one per resource. Workflow resources: write `routes/<noun>.ts`
 * exporting a `RouteModule` (validate → authorize → call → present) and add it here.
 */
export const ROUTES: readonly RouteModule[] = [
  healthRoutes,
  authRoutes,
  oidcRoutes,
  organizationRoutes,
  peopleRoutes,
  rosterRoutes,
  apiTokenRoutes,
  auditRoutes,
  checkRoutes,
  publicationRoutes,
  approvalRoutes,
  consentRoutes,
  accountRoutes,
  incidentRoutes,
  practiceRoutes,
  taskRoutes,
];
