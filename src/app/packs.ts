import { PACK_IDS } from '../engine/contract/enums.js';

/**
 * The current version of a built-in pack, or undefined for an unknown id.
 * Organizations record the version they are bound to, so that acknowledgements and checks
 * name the exact text in force.
 */
export function packVersionOf(packId: string): string | undefined {
  return (PACK_IDS as readonly string[]).includes(packId) ? '1' : undefined;
}
