import type { DetectorInput } from '../types.js';

/** The context's recent posts made within `windowMs` before the activity (none without a moment to measure from). */
export function recentPostsWithin({ context, now }: DetectorInput, windowMs: number): Array<{ text: string; at: number }> {
  if (now === undefined) return [];
  const recent: Array<{ text: string; at: number }> = [];
  for (const post of context.source.recentPosts ?? []) {
    const at = post.at === undefined ? NaN : Date.parse(post.at);
    if (at <= now && now - at <= windowMs) recent.push({ text: post.text, at });
  }
  return recent;
}
