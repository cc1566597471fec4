import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compilePack, formatPackProblem, mergePackData, type CompiledPack, type PackProblem } from '../engine/index.js';

/** The folder of the built-in packs: beside this module, in `src/packs` as in `dist/packs`. */
export const BUILT_IN_DIR = dirname(fileURLToPath(import.meta.url));
export const BUILT_IN_IDS = ['valoris', 'iwso', 'stass', 'chc-wales', 'cisss-gaspesie'] as const;

export class PackLoadError extends Error {
  override readonly name = 'PackLoadError';
  constructor(readonly problems: readonly PackProblem[]) {
    super(problems.map(formatPackProblem).join('\n'));
  }
}

/** The file of a built-in pack id, or the given path resolved. */
export function packFileOf(idOrPath: string): string {
  if ((BUILT_IN_IDS as readonly string[]).includes(idOrPath)) return join(BUILT_IN_DIR, `${idOrPath}.yaml`);
  return resolve(idOrPath);
}

function readData(file: string, seen: Set<string>): Record<string, unknown> {
  if (!existsSync(file)) {
    throw new PackLoadError([{ file, field: '(file)', message: `no such pack; built-in packs are ${BUILT_IN_IDS.join(', ')}` }]);
  }
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (error) {
    throw new PackLoadError([{ file, field: '(file)', message: `not valid YAML or JSON: ${(error as Error).message}` }]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PackLoadError([{ file, field: '(root)', message: 'a pack is a mapping of fields' }]);
  }
  const record = data as Record<string, unknown>;
  if (typeof record.extends === 'string') {
    const base = packFileOf(record.extends);
    if (seen.has(base)) throw new PackLoadError([{ file, field: 'extends', message: 'packs extend each other in a loop' }]);
    return mergePackData(readData(base, new Set([...seen, base])), record);
  }
  return record;
}

const cache = new Map<string, CompiledPack>();

/** Loads a built-in pack by id, or an organization's own pack file (YAML or JSON), validated. */
export function loadPack(idOrPath: string): CompiledPack {
  const file = packFileOf(idOrPath);
  const cached = cache.get(file);
  if (cached) return cached;
  const outcome = compilePack(readData(file, new Set([file])), file);
  if (!outcome.ok) throw new PackLoadError(outcome.error);
  cache.set(file, outcome.value);
  return outcome.value;
}
