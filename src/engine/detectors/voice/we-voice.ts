import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { ANSWERS_FOR_ORGANIZATION, ORGANIZATION_ACTIVITY, PROFESSION_ADDRESS, WE_VOICE } from '../../lexicon/terms/voice.js';
import { findOrganizationMentions } from '../../text/organization.js';
import { sentenceAround, targetNamesOrganization } from '../units.js';
import type { Detector, DetectorInput, Hit } from '../types.js';

const we = compileLexicon('we-voice', WE_VOICE);
const activity = compileLexicon('organization-activity', ORGANIZATION_ACTIVITY);
const professionAddress = compileLexicon('profession-address', PROFESSION_ADDRESS);
const answersFor = compileLexicon('answers-for-organization', ANSWERS_FOR_ORGANIZATION);

/** A reply or comment under a post or question that names the organization. */
function underOrganizationPost(input: DetectorInput): boolean {
  const { action } = input.activity;
  if (action !== 'reply' && action !== 'comment') return false;
  return targetNamesOrganization(input);
}

/**
 * "We" about the organization's work: speaking as the organization rather than for oneself (IWSO 6.7.3).
 * A post addressed to one's profession ("my fellow counselling folks") speaks for the profession.
 * Under a question that names the organization, "we do!", "we run one on Tuesdays" answer for it.
 */
export const weVoice: Detector<Record<string, never>> = {
  id: 'we-voice',
  paramsSchema: z.strictObject({}),
  detect(input) {
    const hits: Hit[] = [];
    for (const unit of input.texts) {
      if (unit.field !== 'text') continue;
      const toProfession = matchLexicon(professionAddress, unit.folded).length > 0;
      for (const span of matchLexicon(we, unit.folded)) {
        const [from, to] = sentenceAround(unit.folded, span[0]);
        const sentence = unit.folded.slice(from, to);
        if ((!toProfession && matchLexicon(activity, sentence).length > 0) || findOrganizationMentions(sentence, input.organization.names).length > 0) {
          hits.push({ field: unit.field, span, kind: 'we' });
        }
      }
      if (underOrganizationPost(input)) {
        for (const span of matchLexicon(answersFor, unit.folded)) hits.push({ field: unit.field, span, kind: 'answer' });
      }
    }
    return hits;
  },
};
