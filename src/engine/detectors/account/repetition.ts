import { z } from 'zod';
import { foldText } from '../../text/fold.js';
import { memoByText } from '../../text/text-memo.js';
import type { Detector, DetectorInput, Hit } from '../types.js';
import { recentPostsWithin } from './recent-posts.js';

const params = z.strictObject({
  /** How far back a repeat counts, in minutes. */
  windowMinutes: z.number().int().positive().max(60 * 24 * 30).default(24 * 60),
  /** Word-set similarity from which two posts are the same post again. */
  similarity: z.number().min(0.5).max(1).default(0.8),
  /**
   * A series: the same appeal reworded again and again ("Allez voter…", "VOTEZ pour…", "Venez voter…").
   * When at least `seriesLength` earlier posts of the window are each this similar, the post repeats them.
   */
  seriesSimilarity: z.number().min(0.5).max(1).default(0.65),
  seriesLength: z.number().int().min(2).max(20).default(2),
  /** This many posts in an hour is repetitive whatever they say. */
  burst: z.number().int().min(2).max(100).default(4),
});

/**
 * A text's words; a person's recent posts come back check after check, so each is split once
 * (posts up to 5,000 characters are remembered).
 */
const words = memoByText((text): ReadonlySet<string> => new Set(foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1)), { max: 256, longest: 5_000 });

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/**
 * One post kept whole inside the other with a few words added ("…près du CLSC de Matane? porte-clés
 * des Canadiens"): the smaller's words nearly all in the larger. Short posts ("merci!") are left to Jaccard,
 * and `similarity: 1` (exact repeats only) turns it off.
 */
function contained(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 6 || large.size > small.size * 1.5) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= 0.9;
}

/** Posting the same thing again within a short window, or a burst of posts (CISSS: "contenu … répétitif"). */
export const repetition: Detector<z.infer<typeof params>> = {
  id: 'repetition',
  paramsSchema: params,
  detect(input: DetectorInput, p) {
    const { activity, now } = input;
    if (now === undefined) return [];
    const recent = recentPostsWithin(input, p.windowMinutes * 60_000);
    const hits: Hit[] = [];
    const mine = recent.length > 0 ? words(activity.text ?? '') : undefined;
    if (mine !== undefined && mine.size > 0) {
      const similarities = recent.map((post) => jaccard(mine, words(post.text)));
      if (similarities.some((s) => s >= p.similarity) || (p.similarity < 1 && recent.some((post) => contained(mine, words(post.text))))) hits.push({ kind: 'repeat' });
      else if (similarities.filter((s) => s >= p.seriesSimilarity).length >= p.seriesLength) hits.push({ kind: 'series' });
    }
    const lastHour = recent.filter((post) => now - post.at <= 3_600_000);
    if (lastHour.length >= p.burst) hits.push({ kind: 'burst' });
    return hits;
  },
};
