import type { Keyring } from '../../crypto/keyring.js';
import type { ChecksRepository } from '../../store/repositories/checks.js';
import { openActivity } from './sealed-activity.js';

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
/** Kept posts are read afresh at least this often (see `RecentPostsCache`). */
export const REREAD_AFTER_MS = 5_000;

/** A person's kept checks, newest first, and when they were last read from the store. */
interface Entry {
  readonly items: readonly Item[];
  readonly readAt: number;
  /** The items as the engine takes them, made at the first check that reads them (items never change in place). */
  posts?: RecentPost[];
}


/** Kept and new items together: each check once, newest first, at most RECENT_LIMIT. */
function merged(kept: readonly Item[], more: readonly Item[]): Item[] {
  // The common case, a check just stored: one item, newer than every kept one.
  const [only] = more;
  if (more.length === 1 && only && (kept[0] === undefined || only.at > kept[0].at)) return [only, ...kept.slice(0, RECENT_LIMIT - 1)];
  const known = new Set(kept.map((item) => item.id));
  const added = more.filter((item) => !known.has(item.id));
  if (added.length === 0) return [...kept];
  return [...added, ...kept].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, RECENT_LIMIT);
}

/**
 * Each person's latest checks, kept between their checks. Reading them afresh costs a read of
 * up to twenty large rows and as many JSON parses on every check; instead the caller reads the
 * time of the person's newest check (one index entry, in the statement that reads the
 * organization). When it is the newest kept one, the kept posts are used as they are; when
 * another worker or instance stored a newer one, only the checks from the newest kept one on
 * are read and added. Checks this instance stores are added as they commit (`stored`). A check
 * another instance stored at the very same moment as, or just before, one already kept (a
 * person posting through two instances at once) is seen at the next full read, at most
 * REREAD_AFTER_MS later. Each check is kept once, by id.
 */
export class RecentPostsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly keyring: Keyring) {}

  /** When a person's recent posts begin, for a check at `now`. */
  static since(now: Date): string {
    return new Date(now.getTime() - RECENT_HOURS * 3_600_000).toISOString();
  }

  /**
   * The person's posts since `since` (see `RecentPostsCache.since`), newest first, at most
   * RECENT_LIMIT; `newestCheckAt` is the time of the person's newest check since then, as the
   * store has it now (null: none), read by the caller along with what else it reads.
   */
  async of(checks: ChecksRepository, q: { orgId: string; personId: string; since: string; now: Date; newestCheckAt: string | null }): Promise<RecentPost[]> {
    const { since } = q;
    const key = `${q.orgId} ${q.personId}`;
    const entry = this.entries.get(key);
    let kept = entry && q.now.getTime() - entry.readAt < REREAD_AFTER_MS ? entry : undefined;
    // Items older than the last day go (items are newest first: nothing to drop when the oldest is recent).
    if (kept && (kept.items.at(-1)?.at ?? since) < since) kept = { items: kept.items.filter((item) => item.at >= since), readAt: kept.readAt };
    if (kept) {
      const newest = kept.items[0]?.at ?? null;
      // Checks stored since by others (another worker or instance): read only those, from the newest kept one on.
      // A kept check newer than the store's newest is one this instance stored after the caller read it: nothing to read.
      if (q.newestCheckAt !== null && (newest === null || q.newestCheckAt > newest)) {
        const more = (await checks.recentOfPerson(q.orgId, q.personId, newest ?? since, RECENT_LIMIT)).map((r) => this.itemOf(q.orgId, r));
        kept = { items: merged(kept.items, more), readAt: kept.readAt };
      }
    } else {
      kept = { items: (await checks.recentOfPerson(q.orgId, q.personId, since, RECENT_LIMIT)).map((r) => this.itemOf(q.orgId, r)), readAt: q.now.getTime() };
    }
    this.keep(key, kept);
    kept.posts ??= kept.items.flatMap((item) => (item.text === undefined ? [] : [{ text: item.text, at: item.at, authorId: q.personId }]));
    return kept.posts;
  }

  /** A check of the person has committed: kept people get it without reading it back. */
  stored(orgId: string, personId: string, check: { id: string; at: string; activity: { text?: string | undefined } }): void {
    const key = `${orgId} ${personId}`;
    const entry = this.entries.get(key);
    if (!entry) return;
    this.keep(key, { items: merged(entry.items, [{ id: check.id, at: check.at, text: check.activity.text }]), readAt: entry.readAt });
  }

  private itemOf(orgId: string, row: { id: string; created_at: string; activity: string }): Item {
    const text = (openActivity(this.keyring, orgId, row) as { text?: unknown }).text;
    return { id: row.id, at: row.created_at, text: typeof text === 'string' ? text : undefined };
  }

  private keep(key: string, entry: Entry): void {
    this.entries.delete(key);
    if (this.entries.size >= MAX_PEOPLE) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, entry);
  }
}
