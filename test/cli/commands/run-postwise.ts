/** Runs the command line as a person does: a real process, against the database of a dialect harness. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DialectHarness } from '../../store/dialects.js';

const run = promisify(execFile);
const MAIN = join(import.meta.dirname, '../../../src/cli/main.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

/** The data key every test process shares, so that what one writes the other can read. */
export const TEST_KEY = Buffer.alloc(32, 5).toString('base64');

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment that points a `postwise` process at the harness's database. */
export function cliEnvironment(h: DialectHarness): Record<string, string> {
  const o = h.connectOptions;
  const env: Record<string, string> = { ...process.env as Record<string, string>, POSTWISE_DATA_DIR: o.dataDir, POSTWISE_KEY: TEST_KEY };
  delete env.DATABASE_URL;
  delete env.PORT;
  if (o.databaseUrl) env.DATABASE_URL = `${o.databaseUrl}?options=${encodeURIComponent(`-c search_path=${o.pgSchema ?? 'public'}`)}`;
  return env;
}

/** `postwise ARGS` with optional standard input; never throws for a non-zero exit. */
export async function postwise(h: DialectHarness, args: readonly string[], input?: string, timeout = 30_000): Promise<CliOutcome> {
  const child = run(TSX, [MAIN, ...args], { env: cliEnvironment(h), timeout });
  if (input !== undefined) child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Starts a long-running `postwise ARGS` (e.g. `serve`); the caller stops it. */
export function startPostwise(h: DialectHarness, args: readonly string[]): ChildProcess {
  return spawn(TSX, [MAIN, ...args], { env: cliEnvironment(h), stdio: ['ignore', 'pipe', 'pipe'] });
}
