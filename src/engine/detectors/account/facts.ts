import { z } from 'zod';
import { compileLexicon, hasLexicon } from '../../lexicon/compile.js';
import { ANONYMOUS_MARKER } from '../../lexicon/terms/work.js';
import { isOrganizationDomain } from '../../text/organization.js';
import type { Detector } from '../types.js';

const none = z.strictObject({});
const anonymousMarker = compileLexicon('anonymous-marker', ANONYMOUS_MARKER);

/** Fires whenever the rule's `when` holds: for rules about the activity itself (posting where none is allowed). */
export const always: Detector<Record<string, never>> = {
  id: 'always',
  paramsSchema: none,
  detect: () => [{ kind: 'activity' }],
};

/** The author uses an address of the organization's e-mail domains. */
export const organizationEmail: Detector<Record<string, never>> = {
  id: 'organization-email',
  paramsSchema: none,
  detect({ activity, organization }) {
    const domain = (activity.author?.email ?? '').split('@')[1];
    return domain !== undefined && isOrganizationDomain(domain, organization.emailDomains) ? [{ kind: 'organization-email' }] : [];
  },
};

/** Anonymous content: the author hides who they are, or the post presents itself as anonymous. */
export const anonymousContent: Detector<Record<string, never>> = {
  id: 'anonymous-content',
  paramsSchema: none,
  detect({ activity, texts }) {
    if (activity.author?.anonymous === true) return [{ kind: 'anonymous-author' }];
    const text = texts.find((u) => u.field === 'text');
    return text && hasLexicon(anonymousMarker, text.folded) ? [{ kind: 'anonymous-marker' }] : [];
  },
};

/** A photo or video taken at the workplace (STaSS 5.1: the camera must not be used there without permission). */
export const workplaceMedia: Detector<Record<string, never>> = {
  id: 'workplace-media',
  paramsSchema: none,
  detect: ({ activity }) => (activity.media ?? []).filter((m) => m.takenAtWork === true).map(() => ({ kind: 'workplace-media' })),
};
