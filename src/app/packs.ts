import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { OrgRef } from '../domain/shared/actor.js';
import { isBuiltInPack } from '../domain/shared/pack-id.js';
import { PACK_IDS } from '../engine/contract/enums.js';
import { compilePack, mergePackData, type CompiledPack, type Outcome, type PackProblem } from '../engine/index.js';
import { BUILT_IN_DIR, loadPack } from '../packs/load.js';
import type { OrganizationRow } from '../store/repositories/organizations.js';
import type { AppContext } from './context.js';
import { AppError } from './errors.js';

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

/**
 * Validates the text of an organization's own pack (YAML or JSON) as the loader validates pack
 * files: every problem names the file, the rule and the field. It may extend a built-in pack;
 * nothing else, since a path would read the server's disk.
 */
export function compileOwnPack(source: string, file: string): Outcome<CompiledPack, PackProblem[]> {
  const problem = (field: string, message: string): Outcome<CompiledPack, PackProblem[]> => ({ ok: false, error: [{ file, field, message }] });
  let data: unknown;
  try {
    data = parse(source, { prettyErrors: true });
  } catch (error) {
    return problem('(file)', `not valid YAML or JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return problem('(root)', 'a pack is a mapping of fields');
  const own = data as Record<string, unknown>;
  if (own.extends === undefined) return compilePack(own, file);
  if (typeof own.extends !== 'string' || !isBuiltInPack(own.extends)) {
    return problem('extends', `an uploaded pack extends one of the built-in packs: ${PACK_IDS.join(', ')}`);
  }
  const merged = mergePackData(builtInData(own.extends), own);
  const compiled = compilePack(merged, file);
  if (compiled.ok) return compiled;
  // The uploaded rules follow the base's in the merged pack: number them as in the upload.
  const ownRules = Array.isArray(own.rules) ? own.rules.length : 0;
  const offset = (merged.rules as unknown[]).length - ownRules;
  return { ok: false, error: compiled.error.map((p) => ({ ...p, field: p.field.replace(/^rules\.(\d+)/, (_, n: string) => `rules.${Number(n) - offset}`) })) };
}

/** The built-in pack an own pack's text extends (whose workflow practice it follows), or null. */
export function extendedBuiltInPack(source: string): string | null {
  try {
    const data = parse(source) as { extends?: unknown } | null;
    return typeof data?.extends === 'string' && isBuiltInPack(data.extends) ? data.extends : null;
  } catch {
    return null;
  }
}

/** The organization as the workflows name it: its pack, version, and the practice it follows. */
export function orgRefOf(org: Pick<OrganizationRow, 'id' | 'pack_id' | 'pack_version' | 'practice_pack_id'>): OrgRef {
  return { id: org.id, packId: org.pack_id, packVersion: org.pack_version, practicePackId: org.practice_pack_id ?? undefined };
}

/** The pack whose workflow practice (and password rules) the organization follows. */
export const practicePackOfOrg = (org: Pick<OrganizationRow, 'pack_id' | 'practice_pack_id'>): string => org.practice_pack_id ?? org.pack_id;

/** The raw data of a built-in pack file, for packs that extend it. */
function builtInData(packId: string): Record<string, unknown> {
  return parse(readFileSync(join(BUILT_IN_DIR, `${packId}.yaml`), 'utf8')) as Record<string, unknown>;
}

/** Compiled own packs by organization and version: a stored version never changes, so every instance agrees. */
const ownPacks = new Map<string, Promise<CompiledPack>>();
const OWN_PACKS_KEPT = 256;

/**
 * The compiled pack an organization is bound to: a built-in one, or the version of its own
 * pack named by `organizations.pack_version` (read with the organization on every check).
 */
export function packForOrganization(app: AppContext, org: Pick<OrganizationRow, 'id' | 'pack_id' | 'pack_version'>): Promise<CompiledPack> {
  if (isBuiltInPack(org.pack_id)) return Promise.resolve(loadPack(org.pack_id));
  const key = `${org.id}\u0000${org.pack_version}`;
  let pack = ownPacks.get(key);
  if (!pack) {
    pack = loadOwnPack(app, org.id, org.pack_version);
    if (ownPacks.size >= OWN_PACKS_KEPT) ownPacks.delete(ownPacks.keys().next().value as string);
    ownPacks.set(key, pack);
    pack.catch(() => ownPacks.delete(key));
  }
  return pack;
}

async function loadOwnPack(app: AppContext, orgId: string, version: string): Promise<CompiledPack> {
  const row = await app.store.organizationPacks.byVersion(orgId, version);
  if (!row) throw new AppError('invalid_state', `the organization's pack version ${version} is not on file`);
  const compiled = compileOwnPack(row.source, `${row.pack_id}@${row.version}`);
  if (!compiled.ok) throw new AppError('invalid_state', `the organization's pack ${row.pack_id}@${row.version} no longer compiles`);
  return compiled.value;
}
