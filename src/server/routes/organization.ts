import { notFound } from '../../app/errors.js';
import { authorize, organizationPolicy } from '../policies/policies.js';
import { errorResponses } from '../schemas/common.js';
import { organizationView, presentOrganization } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

/** `GET /api/organization`: the caller's own organization (there is no other to see). */
export const organizationRoutes: RouteModule = (server, app) => {
  server.get('/api/organization', {
    schema: { tags: ['organization'], summary: "The caller's organization and its pack", response: { 200: organizationView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(organizationPolicy.read());
    const org = await app.store.organizations.byId(p.orgId);
    if (!org) throw notFound('organization');
    return presentOrganization(org);
  });
};
