// Reports are compared as plain text: no colour, whatever terminal the tests run in.
process.env.NO_COLOR = '1';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { vi } from 'vitest';
import { registerScanCommand } from '../../../src/cli/scan/command.js';
import { runCli } from '../../../src/cli/run.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const SAMPLES = '/work/shared/eval/archives';

export async function tempPath(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'postwise-scan-test-')), name);
}

/** Runs `postwise scan …` in process, as `main.ts` does, capturing output and exit code. */
export async function runScan(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const program = new Command('postwise');
  registerScanCommand(program);
  process.exitCode = undefined;
  try {
    await runCli(program, ['node', 'postwise', 'scan', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout, stderr };
}
