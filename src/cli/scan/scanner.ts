import type { Activity } from '../../engine/contract/activity.js';
import type { ScreeningResult } from '../../engine/contract/result.js';
import type { ArchiveItem } from '../../importers/index.js';
import { FlaggedSpool } from './spool.js';
import { SummaryBuilder } from './summary.js';
import { toActivity, type ActivityDefaults } from './to-activity.js';
import type { ScanReport, ScreenedPost } from './types.js';

/** Screens one activity: the engine's `evaluate` with the pack and context bound. */
export type Screen = (activity: Activity) => ScreeningResult;

export interface ScanOptions extends ActivityDefaults {
  /** How the report names the archive and the pack. */
  readonly archive: string;
  readonly pack: string;
  /** Called after each item, e.g. to move a progress bar. */
  readonly onScreened?: (post: ScreenedPost | undefined) => void;
  readonly now?: () => Date;
}

/**
 * Screens every item of an archive and hands the report to `use`. Memory stays flat:
 * items stream in, flagged posts go to a temporary spool on disk, and only the summary
 * (counts and the few worst posts) is kept. The spool is removed once `use` returns.
 * An item that cannot be screened is reported as a problem; the scan goes on.
 */
export async function scanArchive<T>(
  items: AsyncIterable<ArchiveItem>,
  screen: Screen,
  options: ScanOptions,
  use: (report: ScanReport) => Promise<T>,
): Promise<T> {
  const summary = new SummaryBuilder();
  const spool = await FlaggedSpool.create();
  try {
    for await (const item of items) {
      summary.countItem(item.platform, item.action);
      let post: ScreenedPost | undefined;
      try {
        post = { item, result: screen(toActivity(item, options)) };
      } catch (error) {
        summary.addProblem({ source: item.source, message: error instanceof Error ? error.message : String(error) });
      }
      if (post) {
        summary.addResult(post);
        await spool.add(post);
      }
      options.onScreened?.(post);
    }
    await spool.finish();
    const generatedAt = (options.now?.() ?? new Date()).toISOString();
    return await use({ summary: summary.build({ archive: options.archive, pack: options.pack, generatedAt }), flagged: spool.read() });
  } finally {
    await spool.dispose();
  }
}
