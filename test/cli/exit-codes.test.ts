/**
 * The exit-code contract on every kind of command: 0 allow/warn (and help, version), 1 needs
 * approval/block, 2 bad input — including a bad option, an unknown option, a missing argument or
 * option on any subcommand, however deep, which commander alone would exit with 1.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { runCli } from '../../src/cli/run.js';

/** Runs `postwise ARGS` in this process, as `main.ts` does; nothing here reaches a database. */
async function postwise(...args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  process.exitCode = undefined;
  try {
    await runCli(buildProgram(), ['node', 'postwise', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

afterEach(() => { process.exitCode = undefined; });

describe('exit code 2 for bad input on every command', () => {
  it.each([
    // The program itself.
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /Usage: postwise/],
    // The engine's command: unknown option, a value not among the choices, an option without its value.
    [['check', '--pack', 'iwso', '--text', 'hi', '--bogus'], /unknown option '--bogus'/],
    [['check', '--pack', 'iwso', '--text', 'hi', '--action', 'dance'], /argument 'dance' is invalid/],
    [['check', '--pack'], /option '--pack <id\|file>' argument missing/],
    // A group of subcommands: a missing argument, an unknown subcommand, an unknown option.
    [['packs', 'show'], /missing required argument 'pack'/],
    [['packs', 'frob'], /unknown command 'frob'/],
    [['packs', 'list', '--bogus'], /unknown option '--bogus'/],
    // An archive command: the archive missing, its required option missing, a format not offered.
    [['scan', '--pack', 'iwso'], /missing required argument 'archive'/],
    [['scan', 'posts.jsonl'], /required option '--pack <pack>' not specified/],
    [['scan', 'posts.jsonl', '--pack', 'iwso', '--format', 'pdf'], /argument 'pdf' is invalid/],
    // Platform commands, one and two levels deep.
    [['db'], /Usage: postwise db/],
    [['db', 'migrate', '--bogus'], /unknown option '--bogus'/],
    [['db', 'backup'], /missing required argument 'file'/],
    [['org', 'create', '--slug', 'x', '--name', 'X'], /required option '--pack <id>' not specified/],
    [['org', 'oidc', 'set', '--org', 'x'], /required option '--issuer <url>' not specified/],
    [['org', 'pack', 'set', '--org', 'x'], /missing required argument 'file'/],
    [['user', 'add', '--org', 'x', '--email', 'a@x.example', '--name', 'A', '--role', 'staff', '--bogus'], /unknown option '--bogus'/],
    [['user', 'password'], /required option '--org <slug>' not specified/],
    [['roster', 'import', '--org', 'x'], /missing required argument 'file'/],
    [['audit', 'export', '--bogus'], /unknown option '--bogus'/],
    [['audit', 'verify', 'extra'], /too many arguments/],
    [['serve', '--bogus'], /unknown option '--bogus'/],
    [['demo', '--password'], /option '--password <password>' argument missing/],
  ])('postwise %j', async (args, message) => {
    const { code, stderr } = await postwise(...args);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  it('2 for a command\'s own bad-input error too (a UsageError), naming it', async () => {
    const { code, stderr } = await postwise('audit', 'export', '--format', 'xml');
    expect(stderr).toMatch(/--format must be csv or json/);
    expect(code).toBe(2);
  });
});

describe('exit code 0 for help and version, 0 and 1 for verdicts', () => {
  it.each([[['--help']], [['--version']], [['check', '--help']], [['db', 'migrate', '--help']], [['org', 'oidc', 'set', '--help']], [['help', 'scan']]])(
    'postwise %j exits 0', async (args) => {
      expect((await postwise(...args)).code).toBe(0);
    });

  it('allow exits 0 and block exits 1', async () => {
    expect((await postwise('check', '--pack', 'iwso', '--text', 'Lovely weather for the walk today.')).code).toBe(0);
    const blocked = await postwise('check', '--pack', 'iwso', '--text', 'Ladies, try the CBD gummies from GreenLeaf, use code CALM15!');
    expect(blocked.stdout).toMatch(/BLOCK|NEEDS APPROVAL/i);
    expect(blocked.code).toBe(1);
  }, 60_000);
});

describe('the real process', () => {
  it('exits 2 for an unknown option on a subcommand', async () => {
    const root = join(import.meta.dirname, '../..');
    const child = promisify(execFile)(process.execPath, ['--import', join(root, 'node_modules/tsx/dist/loader.mjs'), join(root, 'src/cli/main.ts'), 'db', 'migrate', '--bogus']);
    const failure = await child.then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(failure.stderr).toMatch(/unknown option '--bogus'/);
    expect(failure.code).toBe(2);
  }, 60_000);
});
