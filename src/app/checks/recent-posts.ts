import type { ChecksRepository } from '../../store/repositories/checks.js';

/** A person's earlier checked post, as the engine's `recentPosts` takes it. */
export interface RecentPost {
  readonly text: string;
  readonly at: string;
  readonly authorId: string;
}

/** One of a person's recent checks: its id, its time, and its text when it had one. */
interface Item {
  readonly id: string;
  readonly at: string;
  readonly text: string | undefined;
}

/** How far back, and how many, of a person's posts the engine sees (repetition, pile-ons). */
export const RECENT_HOURS = 24;
export const RECENT_LIMIT = 20;
/** People whose recent posts an instance keeps. */
const MAX_PEOPLE = 10_000;

const textOf = (activity: string): string | undefined => {
  const text = (JSON.parse(activity) as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
};

const sameTimes = (items: readonly Item[], times: readonly string[]): boolean =>
  items.length === times.length && items.every((item, i) => item.at === times[i]);

/**
 * Each person's latest checks, kept between their checks. Reading them afresh costs a read of
 * up to twenty large rows and as many JSON parses on every check; instead each check reads only
 * the times of the person's latest checks (from the index alone) and uses the kept posts when
 * the times are exactly the kept ones. A check stored by another instance changes the times,
 * and the posts are read again, so every instance sees every committed check, as before.
 * Checks this instance stores are added as they commit (`stored`), so a person's next check
 * need not read them back.
 */
export class RecentPostsCache {
  private readonly entries = new Map<string, readonly Item[]>();

  /** The person's posts of the last RECENT_HOURS, newest first, at most RECENT_LIMIT. */
  async of(checks: ChecksRepository, q: { orgId: string; personId: string; now: Date }): Promise<RecentPost[]> {
    const since = new Date(q.now.getTime() - RECENT_HOURS * 3_600_000).toISOString();
    const key = `${q.orgId} ${q.personId}`;
    const kept = this.entries.get(key)?.filter((item) => item.at >= since);
    const times = kept ? await checks.recentTimesOfPerson(q.orgId, q.personId, since, RECENT_LIMIT) : undefined;
    let items = kept;
    if (!items || !times || !sameTimes(items, times)) {
      const rows = await checks.recentOfPerson(q.orgId, q.personId, since, RECENT_LIMIT);
      items = rows.map((r) => ({ id: r.id, at: r.created_at, text: textOf(r.activity) }));
    }
    this.keep(key, items);
    return items.flatMap((item) => (item.text === undefined ? [] : [{ text: item.text, at: item.at, authorId: q.personId }]));
  }

  /** A check of the person has committed: kept people get it without reading it back. */
  stored(orgId: string, personId: string, check: { id: string; at: string; activity: { text?: string | undefined } }): void {
    const key = `${orgId} ${personId}`;
    const items = this.entries.get(key);
    if (!items || items.some((item) => item.id === check.id)) return;
    const item: Item = { id: check.id, at: check.at, text: check.activity.text };
    // Newest first, as the store orders them; an older check than every kept one falls off the end.
    const at = items.findIndex((other) => other.at < item.at);
    const next = at < 0 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
    this.keep(key, next.slice(0, RECENT_LIMIT));
  }

  private keep(key: string, items: readonly Item[]): void {
    this.entries.delete(key);
    if (this.entries.size >= MAX_PEOPLE) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, items);
  }
}
