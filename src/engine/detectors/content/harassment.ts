import { z } from 'zod';
import { compileLexicon } from '../../lexicon/compile.js';
import { DISCRIMINATION, INSULT, SLUR, THREAT } from '../../lexicon/terms/conduct.js';
import { recentPostsWithin } from '../account/recent-posts.js';
import { lexiconHits, memoized } from '../units.js';
import { unitsWithApprovedReplies } from '../replies.js';
import type { Detector, DetectorInput, Hit } from '../types.js';

const lexicons = [
  { kind: 'insult', lexicon: compileLexicon('insult', INSULT) },
  { kind: 'threat', lexicon: compileLexicon('threat', THREAT) },
  { kind: 'discrimination', lexicon: compileLexicon('discrimination', DISCRIMINATION) },
  { kind: 'slur', lexicon: compileLexicon('slur', SLUR) },
];

/** Messages to one person this close together, this many times, are pressure rather than conversation. */
const FLOOD_WINDOW_MS = 60 * 60_000;
const FLOOD_COUNT = 4;

function floodHits(input: DetectorInput): Hit[] {
  const { activity } = input;
  if (activity.action !== 'message' || activity.target === undefined) return [];
  return recentPostsWithin(input, FLOOD_WINDOW_MS).length >= FLOOD_COUNT ? [{ kind: 'persistent-messaging', subjectId: activity.target.rosterId }] : [];
}

/** Abuse, ridicule, threats, intimidation and discriminatory remarks, in what is posted or endorsed. */
export function harassmentHits(input: DetectorInput): readonly Hit[] {
  return memoized(input, 'harassment', () => {
    const units = unitsWithApprovedReplies(input);
    return [...lexicons.flatMap(({ kind, lexicon }) => lexiconHits(lexicon, units, kind)), ...floodHits(input)];
  });
}

export const harassment: Detector<Record<string, never>> = {
  id: 'harassment',
  paramsSchema: z.strictObject({}),
  detect: harassmentHits,
};
