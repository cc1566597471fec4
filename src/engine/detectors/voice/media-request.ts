import { z } from 'zod';
import { hasLexicon } from '../../lexicon/compile.js';
import { namedLexicon } from '../../lexicon/named.js';
import { findOrganizationMentions } from '../../text/organization.js';
import type { Detector } from '../types.js';

/** Answering the press about the organization: a reporter's request in what one replies to. */
export const mediaRequest: Detector<Record<string, never>> = {
  id: 'media-request',
  paramsSchema: z.strictObject({}),
  detect(input) {
    const request = namedLexicon('media-request');
    const asked = input.texts.some((u) => (u.field === 'targetText' || u.field === 'text') && hasLexicon(request, u.folded));
    const aboutOrganization = input.texts.some((u) => u.field !== 'profileText' && findOrganizationMentions(u.folded, input.organization.names).length > 0);
    return asked && aboutOrganization ? [{ kind: 'media-request' }] : [];
  },
};
