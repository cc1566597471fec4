import { PACK_IDS } from '../engine/contract/enums.js';
import type { CompiledPack } from '../engine/index.js';
import { loadPack } from '../packs/load.js';

/**
 * The compiled pack an organization is bound to. Packs are loaded and compiled once per
 * process (the loader caches them).
 */
export function packFor(packId: string): CompiledPack {
  return loadPack(packId);
}

/**
 * The current version of a built-in pack, or undefined for an unknown or unloadable id.
 * Organizations record the version they are bound to, so that acknowledgements and checks
 * name the exact text in force.
 */
export function packVersionOf(packId: string): string | undefined {
  if (!(PACK_IDS as readonly string[]).includes(packId)) return undefined;
  try {
    return loadPack(packId).data.version;
  } catch {
    return undefined;
  }
}
