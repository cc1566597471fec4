import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { compileContext, formatProblems, parseContext, type CompiledContext } from '../../engine/index.js';
import { UsageError } from '../run.js';
import { readJson } from './read-input.js';
import { screenCase } from './screen-case.js';

/** Reads the shared `--context FILE` once, so a large roster is compiled once for the whole batch. */
export function loadContextFile(path: string | undefined): CompiledContext | undefined {
  if (path === undefined) return undefined;
  const parsed = parseContext(readJson(path));
  if (!parsed.ok) throw new UsageError(`${path}: ${formatProblems(parsed.error)}`);
  return compileContext(parsed.value);
}

/**
 * `check --cases FILE.jsonl --format jsonl`: one output line per case, in input order; a case
 * that cannot be evaluated prints an error line and the run goes on. Returns the worst exit code.
 */
export async function runCases(path: string, pack: string | undefined, contextPath: string | undefined, write: (line: string) => void): Promise<number> {
  const context = loadContextFile(contextPath);
  const input = path === '-' ? process.stdin : createReadStream(path, 'utf8');
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`cannot read ${path}: ${error.code ?? error.message}`)));
    input.once('readable', () => resolve());
    input.once('end', () => resolve());
  });
  await opened;
  let index = 0;
  let refused = false;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      write(JSON.stringify({ id: `line-${index + 1}`, error: `not valid JSON: ${(error as Error).message}` }));
      index++;
      continue;
    }
    const result = screenCase(raw, index++, { pack, context });
    if ('verdict' in result && (result.verdict === 'block' || result.verdict === 'needs_approval')) refused = true;
    write(JSON.stringify(result));
  }
  return refused ? 1 : 0;
}
