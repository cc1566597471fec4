import { readFile } from 'node:fs/promises';
import { compileContext, evaluate, formatProblems, parseContext } from '../../engine/index.js';
import { loadPack } from '../../packs/load.js';
import { UsageError } from '../run.js';
import type { Screen } from './scanner.js';

async function readContext(file: string | undefined): Promise<unknown> {
  if (!file) return {};
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the context ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Loads the pack and compiles the context once, and returns the engine bound to both:
 * the roster and look-up maps are built once for the whole archive.
 */
export async function prepareScreen(packIdOrPath: string, contextFile?: string): Promise<Screen> {
  let pack: ReturnType<typeof loadPack>;
  try {
    pack = loadPack(packIdOrPath);
  } catch (error) {
    throw new UsageError(`pack ${packIdOrPath}: ${(error as Error).message}`);
  }
  const parsed = parseContext(await readContext(contextFile));
  if (!parsed.ok) throw new UsageError(`${contextFile ?? 'context'}: ${formatProblems(parsed.error)}`);
  const context = compileContext(parsed.value);
  return (activity) => evaluate(pack, activity, context);
}
