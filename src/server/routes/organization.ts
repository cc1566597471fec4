import { z } from 'zod';
import { organizationPack, organizationPackInput, setOrganizationPack } from '../../app/organizations/organization-pack.js';
import { notFound } from '../../app/errors.js';
import { authorize, organizationPolicy } from '../policies/policies.js';
import { errorResponses } from '../schemas/common.js';
import { organizationView, presentOrganization } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

const tags = ['organization'];

const organizationPackView = z.object({
  packId: z.string(), packVersion: z.string(), builtIn: z.boolean(),
  source: z.string().optional(), sha256: z.string().optional(), uploadedAt: z.string().optional(), uploadedBy: z.string().nullable().optional(),
}).meta({ id: 'OrganizationPack' });

const packAdoptionView = z.object({
  packId: z.string(), packVersion: z.string(), sha256: z.string(), newVersion: z.boolean(), changed: z.boolean(),
  previous: z.object({ packId: z.string(), packVersion: z.string() }), at: z.string(),
}).meta({ id: 'PackAdoption' });

/** The caller's own organization (there is no other to see), and the policy pack it is bound to. */
export const organizationRoutes: RouteModule = (server, app) => {
  server.get('/api/organization', {
    schema: { tags, summary: "The caller's organization and its pack", response: { 200: organizationView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(organizationPolicy.read());
    const org = await app.store.organizations.byId(p.orgId);
    if (!org) throw notFound('organization');
    return presentOrganization(org);
  });

  server.get('/api/organization/pack', {
    schema: { tags, summary: 'The policy pack in force: built-in, or the text of the organization\'s own', response: { 200: organizationPackView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    authorize(organizationPolicy.read());
    return organizationPack(app, p.orgId);
  });

  server.put('/api/organization/pack', {
    schema: {
      tags, summary: 'Upload a version of the organization\'s own pack (admins); checks use it at once and everyone signs it again',
      description: '`source` is the pack as YAML or JSON; it may `extends` a built-in pack. An invalid pack is a 400 naming the file, rule and field, and changes nothing. A version on file cannot take other text.',
      body: organizationPackInput, response: { 200: packAdoptionView, ...errorResponses },
    },
  }, async (request) => {
    const p = principalOf(request);
    return setOrganizationPack(app, p.orgId, { id: p.personId, isAdmin: p.isAdmin }, request.body);
  });
};
