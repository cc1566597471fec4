import { z } from 'zod';
import { findOrganizationMentions } from '../../text/organization.js';
import { fieldsParam } from '../units.js';
import type { Detector, Hit } from '../types.js';

const params = z.strictObject({ fields: fieldsParam });

/** The organization named in the person's own words (its name, an alias, a hashtag or handle). */
export const organizationMention: Detector<z.infer<typeof params>> = {
  id: 'organization-mention',
  paramsSchema: params,
  detect(input, p) {
    const fields = p.fields ?? ['text', 'caption'];
    const hits: Hit[] = [];
    for (const unit of input.texts) {
      if (!fields.includes(unit.field)) continue;
      for (const span of findOrganizationMentions(unit.folded, input.organization.names)) hits.push({ field: unit.field, span, kind: 'organization' });
    }
    return hits;
  },
};
