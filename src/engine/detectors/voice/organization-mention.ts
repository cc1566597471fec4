import { z } from 'zod';
import { compileLexicon, hasLexicon, matchLexicon } from '../../lexicon/compile.js';
import { LEXICON_NAMES } from '../../lexicon/named.js';
import { VIEW_FROM_WORK, WORK_CONNECTION } from '../../lexicon/terms/voice.js';
import { WORKPLACE_STATEMENT } from '../../lexicon/terms/work.js';
import { findOrganizationMentions } from '../../text/organization.js';
import { fieldsParam, ownWordsHold, targetNamesOrganization } from '../units.js';
import type { Detector, DetectorInput, Hit, TextField } from '../types.js';

const workplaceStatement = compileLexicon('workplace-statement', WORKPLACE_STATEMENT);
const workConnection = compileLexicon('work-connection', WORK_CONNECTION);
const viewFromWork = compileLexicon('view-from-work', VIEW_FROM_WORK);

const params = z.strictObject({
  fields: fieldsParam,
  /** Leave out a name that only says where one works ("support worker at STaSS"): STaSS 5.3 forbids comments on work, not stating one's workplace. */
  exceptWorkplaceStatements: z.boolean().default(false),
  /** Only where this lexicon also matches in the activity's own text ("my new podcast" beside the name). */
  alongside: z.enum(LEXICON_NAMES).optional(),
  /**
   * Also the organization named in the post replied to, when the person's own words own the
   * connection ("I work there 🙂" under "does IWSO help with resumes?"): they speak about it as its staff.
   */
  connectionInReply: z.boolean().default(false),
  /** Only where the person's own text gives a view from their work with the people served ("I hear from so many women who have waited … for social housing"). */
  viewFromWork: z.boolean().default(false),
});

const OWN_FIELDS: readonly TextField[] = ['text', 'caption'];
const NO_SPANS: readonly (readonly [number, number])[] = [];

/** "I work there" in the person's own text, under a post or question that names the organization. */
function connectionHits(input: DetectorInput): Hit[] {
  if (!targetNamesOrganization(input)) return [];
  return input.texts.filter((u) => u.field === 'text').flatMap((u) => matchLexicon(workConnection, u.folded).map((span) => ({ field: u.field, span, kind: 'connection' })));
}

/** The organization named in the person's own words (its name, an alias, a hashtag or handle). */
export const organizationMention: Detector<z.infer<typeof params>> = {
  id: 'organization-mention',
  paramsSchema: params,
  detect(input, p) {
    const fields = p.fields ?? OWN_FIELDS;
    const hits: Hit[] = [];
    if (!ownWordsHold(input, p.alongside)) return hits;
    if (p.viewFromWork && !input.texts.some((u) => u.field === 'text' && hasLexicon(viewFromWork, u.folded))) return hits;
    for (const unit of input.texts) {
      if (!fields.includes(unit.field)) continue;
      const statements = p.exceptWorkplaceStatements ? matchLexicon(workplaceStatement, unit.folded) : NO_SPANS;
      for (const span of findOrganizationMentions(unit.folded, input.organization.names)) {
        if (statements.some(([start, end]) => start <= span[0] && span[0] < end)) continue;
        hits.push({ field: unit.field, span, kind: 'organization' });
      }
    }
    if (p.connectionInReply) hits.push(...connectionHits(input));
    return hits;
  },
};
