import { z } from 'zod';
import { ROSTER_KINDS, type RosterKind } from '../../contract/enums.js';
import { compileLexicon, hasLexicon, matchLexicon } from '../../lexicon/compile.js';
import { CLINICAL_SITUATION, GENERAL_STATEMENT } from '../../lexicon/terms/clinical.js';
import { BUSINESS_CLIENT, CARE_CONTEXT, CLIENT_REFERENCE, OUR_CHILD } from '../../lexicon/terms/people.js';
import { contentUnits, rosterMentionsIn } from '../units.js';
import type { Detector, DetectorInput, Hit } from '../types.js';
import { clueTypes, isFosterAuthor } from './indirect-identification.js';
import { unlistedClientNames } from './client-name.js';

const clinical = compileLexicon('clinical-situation', CLINICAL_SITUATION);
const clientReference = compileLexicon('client-reference', CLIENT_REFERENCE);
const ourChild = compileLexicon('our-child', OUR_CHILD);
const careContext = compileLexicon('care-context', CARE_CONTEXT);
const businessClient = compileLexicon('business-client', BUSINESS_CLIENT);
const generalStatement = compileLexicon('general-statement', GENERAL_STATEMENT);

const params = z.strictObject({
  /** Only when the person can be identified (a roster name or a combination of clues), as CISSS reads it. */
  requireIdentifiable: z.boolean().default(false),
  /** Whose situation counts when they are named from the roster: clients by default; a CHC's patients are the public. */
  kinds: z.array(z.enum(ROSTER_KINDS)).min(1).default(['client', 'former-client', 'client-family']),
});

/** The first person of one of `kinds`, not a child in youth protection, tagged in a photo or video of the activity. */
function picturedClient(input: DetectorInput, kinds: readonly RosterKind[]): { readonly entryId: string } | undefined {
  for (const media of input.activity.media ?? []) {
    if (media.type !== 'photo' && media.type !== 'video') continue;
    for (const person of media.people ?? []) {
      const entry = person.rosterId === undefined ? undefined : input.context.rosterById.get(person.rosterId);
      if (entry !== undefined && entry.id !== input.activity.author?.id && kinds.includes(entry.kind) && entry.minorUnderYouthProtection !== true) return { entryId: entry.id };
    }
  }
  return undefined;
}

/**
 * A client's clinical or case situation: a clinical or case term in a text that speaks of a client
 * (a roster client, or "my client", "a lady I support", "la petite qu'on a chez nous"). The author's
 * own health is not a client's.
 */
export const clinicalReference: Detector<z.infer<typeof params>> = {
  id: 'clinical-reference',
  paramsSchema: params,
  detect(input, p) {
    const hits: Hit[] = [];
    const foster = isFosterAuthor(input);
    // A client in a worker's photo is the person the words are about ("first walk since the stroke 💪").
    // A child in youth protection, or a foster family's placed child, is youth protection's to judge, with its authorizations.
    const pictured = foster ? undefined : picturedClient(input, p.kinds);
    for (const unit of contentUnits(input)) {
      const terms = matchLexicon(clinical, unit.folded);
      if (terms.length === 0 || hasLexicon(generalStatement, unit.folded)) continue;
      const named = rosterMentionsIn(input, unit).find((m) => {
        const entry = input.context.rosterById.get(m.entryId);
        return entry !== undefined && p.kinds.includes(entry.kind) && !(input.activity.action === 'message' && entry.id === input.activity.target?.rosterId);
      }) ?? pictured;
      // A foster family's "our little one" is a child placed with them.
      const ownChild = (foster || hasLexicon(careContext, unit.folded)) && hasLexicon(ourChild, unit.folded);
      // A trade's customers ("my clients at the salon") are not the people a service supports.
      const referenced = (hasLexicon(clientReference, unit.folded) && !hasLexicon(businessClient, unit.folded)) || ownChild;
      const unlisted = unlistedClientNames(unit).length > 0;
      const identifiable = named !== undefined || unlisted || (referenced && clueTypes(unit, input.organization.names).size >= (ownChild ? 1 : 2));
      if (p.requireIdentifiable ? !identifiable : !(named || referenced || unlisted)) continue;
      for (const span of terms) hits.push({ field: unit.field, span, subjectId: named?.entryId, kind: 'clinical' });
    }
    return hits;
  },
};
