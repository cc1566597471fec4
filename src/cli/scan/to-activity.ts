import { activitySchema, type Activity, type Author } from '../../engine/contract/activity.js';
import type { Channel } from '../../engine/contract/enums.js';
import type { ArchiveItem } from '../../importers/index.js';

export interface ActivityDefaults {
  readonly channel: Channel;
  readonly author?: Author;
  readonly accountId?: string;
}

/**
 * Turns an archive item into the activity the engine screens. Validated against the
 * contract, so an item the engine cannot take (an absurdly long text) is reported
 * as unscreened instead of stopping the scan.
 */
export function toActivity(item: ArchiveItem, defaults: ActivityDefaults): Activity {
  const candidate: Activity = {
    action: item.action,
    channel: defaults.channel,
    platform: item.platform,
    text: item.text,
    ...(item.targetText !== undefined && { targetText: item.targetText }),
    ...(item.at !== undefined && { at: item.at }),
    ...(defaults.author && { author: defaults.author }),
    ...(defaults.accountId !== undefined && { accountId: defaults.accountId }),
  };
  const parsed = activitySchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`not a valid activity: ${issue?.path.join('.') || 'activity'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
