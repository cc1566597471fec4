import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runScan, SAMPLES, tempPath } from './run-scan.js';

const POSTS = `${FIXTURES}posts.jsonl`;
const CONTEXT = `${FIXTURES}context.json`;

// These run the real engine and the built-in Valoris pack: nothing is stubbed.
describe('postwise scan', () => {
  it('prints a text report, worst first, and exits 1 when a post is blocked', async () => {
    const { code, stdout, stderr } = await runScan([POSTS, '--pack', 'valoris', '--context', CONTEXT]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Scan of .*posts\.jsonl against pack valoris\n4 items read/);
    expect(stdout).toMatch(/BLOCK\s+2\n\s+NEEDS APPROVAL\s+0\n\s+WARN\s+1\n\s+ALLOW\s+1\n/);
    expect(stdout).not.toContain('could not be screened');
    expect(stdout).toMatch(/client-identification \[“Amélie Gagnon”\]/);
    const findings = stdout.slice(stdout.indexOf('Findings, worst first'));
    expect(findings.indexOf('posts.jsonl:2')).toBeGreaterThan(findings.indexOf('posts.jsonl:1'));
    expect(findings).not.toContain('posts.jsonl:3');
  });

  it('exits 0 when nothing is refused', async () => {
    const { code, stdout } = await runScan([`${FIXTURES}allowed.jsonl`, '--pack', 'valoris']);
    expect(code).toBe(0);
    expect(stdout).toContain('No findings.');
  });

  it('scans a real archive export, all of its items', async () => {
    const { code, stdout } = await runScan([`${SAMPLES}/linkedin/sanand0-2025`, '--pack', 'valoris', '--format', 'json']);
    const report = JSON.parse(stdout) as { summary: { total: number; byKind: Record<string, number> } };
    expect(report.summary.total).toBe(400);
    expect(report.summary.byKind).toEqual({ 'linkedin post': 200, 'linkedin comment': 200 });
    expect([0, 1]).toContain(code);
  });

  it('exits 2 with a one-line message naming the file on bad input', async () => {
    const missing = await runScan(['/nonexistent/archive.zip', '--pack', 'valoris']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('postwise: /nonexistent/archive.zip: no such file or folder\n');

    const broken = await tempPath('tweets.js');
    await import('node:fs/promises').then((fs) => fs.writeFile(broken, 'window.YTD.tweets.part0 = [{"tweet": {'));
    const truncated = await runScan([broken, '--pack', 'valoris']);
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/^postwise: .*tweets\.js: invalid JSON/);
  });

  it('exits 2 on an unknown pack, a bad context or a bad option', async () => {
    expect((await runScan([POSTS, '--pack', 'nope'])).stderr).toMatch(/^postwise: pack nope: .*no such pack/);
    const context = await tempPath('context.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(context, '{"roster": [{"id": "c1"}], "colour": 1}'));
    const badContext = await runScan([POSTS, '--pack', 'valoris', '--context', context]);
    expect(badContext.code).toBe(2);
    expect(badContext.stderr).toMatch(/context\.json: context\./);
    expect((await runScan([POSTS, '--pack', 'valoris', '--format', 'pdf'])).code).toBe(2);
    expect((await runScan([POSTS])).code).toBe(2);
  });

  it('writes the report to --output and leaves no file when the archive is unreadable', async () => {
    const output = await tempPath('report.txt');
    const { code, stdout } = await runScan([POSTS, '--pack', 'valoris', '--output', output]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(await readFile(output, 'utf8')).toContain('Findings, worst first');

    const none = await tempPath('none.html');
    await runScan(['/nonexistent', '--pack', 'valoris', '--output', none]);
    await expect(readFile(none)).rejects.toThrow(/ENOENT/);
  });
});
