import { z } from 'zod';
import { compileLexicon, hasLexicon } from '../../lexicon/compile.js';
import { namedLexicon } from '../../lexicon/named.js';
import { findOrganizationMentions } from '../../text/organization.js';
import type { Detector } from '../types.js';

/** The press turning to the author: "a reporter asked me", "CBC wants to interview me", "un journaliste m'a contacté". */
const ASKED_ME = compileLexicon('asked-me', [
  "(asked|asking|asks|wants?|wanted|contacted|reached out to|called|rang|emailed|messaged|dm'?d|approached|invited) (me|us)", 'interview me', 'interviewing me', 'interviewed by',
  '(talk|talking|speak|speaking|chat) to (a|the) (reporter|journalist|press|media)', "m'a (contactee?|demande|appelee?|ecrit|invitee?)", 'me (demande|contacte|veut)', '(donner|accorder) une entrevue',
]);

/**
 * Answering the press about the organization: a reporter's request in what one replies to, or in
 * one's own words when the press turned to the author (not an interview one watched).
 */
export const mediaRequest: Detector<Record<string, never>> = {
  id: 'media-request',
  paramsSchema: z.strictObject({}),
  detect(input) {
    const request = namedLexicon('media-request');
    const asked = input.texts.some((u) => hasLexicon(request, u.folded) && (u.field === 'targetText' || (u.field === 'text' && hasLexicon(ASKED_ME, u.folded))));
    const aboutOrganization = input.texts.some((u) => u.field !== 'profileText' && findOrganizationMentions(u.folded, input.organization.names).length > 0);
    return asked && aboutOrganization ? [{ kind: 'media-request' }] : [];
  },
};
