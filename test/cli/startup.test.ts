/**
 * Start-up stays light: a command loads only what it uses, so `postwise check` and `--help`
 * do not pay for the HTTP server, the database drivers or the archive importers.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const PLATFORM = ['fastify', 'kysely', 'pg', 'better-sqlite3', '@node-rs/argon2', 'openid-client'];
const IMPORTERS = ['yauzl', '@ipld/car', 'stream-json', 'csv-parse'];

async function packagesLoadedBy(args: string[]): Promise<string[]> {
  const { stderr } = await run(process.execPath, [
    '--import', join(ROOT, 'node_modules/tsx/dist/loader.mjs'), '--import', join(import.meta.dirname, 'fixtures/record-packages.mjs'),
    join(ROOT, 'src/cli/main.ts'), ...args,
  ], { timeout: 60_000 });
  return [...stderr.matchAll(/^loaded-package (\S+)$/gm)].map((m) => m[1] ?? '');
}

describe('postwise start-up', () => {
  it('check loads the engine but neither the platform nor the importers', async () => {
    const loaded = await packagesLoadedBy(['check', '--pack', 'iwso', '--text', 'hi']);
    expect(loaded).toContain('libphonenumber-js');
    expect(loaded.filter((p) => [...PLATFORM, ...IMPORTERS].includes(p))).toEqual([]);
  });

  it('--help loads the command-line parser and nothing heavier', async () => {
    const loaded = await packagesLoadedBy(['--help']);
    expect(loaded.filter((p) => !['commander', 'picocolors'].includes(p))).toEqual([]);
  });
});
