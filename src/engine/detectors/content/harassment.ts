import { z } from 'zod';
import { compileLexicon, matchLexicon } from '../../lexicon/compile.js';
import { DISCRIMINATION, INSULT, MOCKED_TRAIT, MOCKERY, SLUR, THREAT } from '../../lexicon/terms/conduct.js';
import { recentPostsWithin } from '../account/recent-posts.js';
import { addLexiconHits, memoized } from '../units.js';
import { unitsWithApprovedReplies } from '../replies.js';
import type { Detector, DetectorInput, Hit, TextUnit } from '../types.js';

const lexicons = [
  { kind: 'insult', lexicon: compileLexicon('insult', INSULT) },
  { kind: 'threat', lexicon: compileLexicon('threat', THREAT) },
  { kind: 'discrimination', lexicon: compileLexicon('discrimination', DISCRIMINATION) },
  { kind: 'slur', lexicon: compileLexicon('slur', SLUR) },
];

const mockedTrait = compileLexicon('mocked-trait', MOCKED_TRAIT);
const mockery = compileLexicon('mockery', MOCKERY);
/** How far from a trait the laughter may be and still be laughing at it. */
const MOCKERY_REACH = 100;

/** A protected trait with laughter or scorn beside it: ridicule, though no word of it is an insult. */
function addRidiculeHits(units: readonly TextUnit[], hits: Hit[]): void {
  for (const unit of units) {
    const traits = matchLexicon(mockedTrait, unit.folded);
    if (traits.length === 0) continue;
    const laughs = matchLexicon(mockery, unit.folded);
    for (const span of traits) {
      if (laughs.some(([start, end]) => end >= span[0] - MOCKERY_REACH && start <= span[1] + MOCKERY_REACH)) hits.push({ field: unit.field, span, kind: 'ridicule' });
    }
  }
}

/** Messages to one person this close together, this many times, are pressure rather than conversation. */
const FLOOD_WINDOW_MS = 60 * 60_000;
const FLOOD_COUNT = 4;

/** The person a message floods, if it does. */
function floodedTarget(input: DetectorInput): NonNullable<DetectorInput['activity']['target']> | undefined {
  const { activity } = input;
  if (activity.action !== 'message' || activity.target === undefined) return undefined;
  return recentPostsWithin(input, FLOOD_WINDOW_MS).length >= FLOOD_COUNT ? activity.target : undefined;
}

/** Abuse, ridicule, threats, intimidation and discriminatory remarks, in what is posted or endorsed. */
export function harassmentHits(input: DetectorInput): readonly Hit[] {
  return memoized(input, 'harassment', () => {
    const units = unitsWithApprovedReplies(input);
    // One array for every kind, in the same order: insults … slurs, ridicule, then flooding.
    const hits: Hit[] = [];
    for (const { kind, lexicon } of lexicons) addLexiconHits(lexicon, units, kind, hits);
    addRidiculeHits(units, hits);
    const flooded = floodedTarget(input);
    if (flooded !== undefined) hits.push({ kind: 'persistent-messaging', subjectId: flooded.rosterId });
    return hits;
  });
}

export const harassment: Detector<Record<string, never>> = {
  id: 'harassment',
  paramsSchema: z.strictObject({}),
  detect: harassmentHits,
};
