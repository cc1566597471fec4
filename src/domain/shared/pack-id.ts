import { PACK_IDS } from '../../engine/contract/enums.js';

/** The id of a built-in policy pack. */
export type BuiltInPackId = (typeof PACK_IDS)[number];

/** Whether the id names a built-in pack (organizations may also bring their own). */
export function isBuiltInPack(packId: string): packId is BuiltInPackId {
  return (PACK_IDS as readonly string[]).includes(packId);
}
