import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const run = (args: string[], input?: string) => spawnSync('node', [...CLI, ...args], { encoding: 'utf8', input });

describe('postwise check', () => {
  it('exits 1 and explains a blocked post, 0 for an allowed one', () => {
    const blocked = run(['check', '--pack', 'iwso', '--text', 'Use code SAVE20 for 20% off these gummies!']);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toContain('endorsement');
    expect(blocked.stdout).toContain('6.4');
    const allowed = run(['check', '--pack', 'iwso', '--text', 'Lovely walk by the canal this morning']);
    expect(allowed.status).toBe(0);
  });

  it('reads the text from standard input and prints the contract result as JSON', () => {
    const out = run(['check', '--pack', 'stass', '--format', 'json'], 'my client relapsed again today');
    expect(JSON.parse(out.stdout)).toMatchObject({ verdict: 'block' });
  });

  it('exits 2 naming the field on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postwise-check-'));
    const file = join(dir, 'activity.json');
    writeFileSync(file, JSON.stringify({ action: 'post', channel: 'personal', mood: 'happy' }));
    const out = run(['check', '--pack', 'valoris', '--activity', file]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('activity.mood');
  });

  it('runs cases as JSON lines, in order, with an error line for a bad case', () => {
    const cases = [
      JSON.stringify({ id: 'a', pack: 'valoris', activity: { action: 'post', channel: 'personal', text: 'hello' } }),
      '{not json',
      JSON.stringify({ id: 'c', activity: { action: 'post', channel: 'sideways' } }),
    ].join('\n');
    const out = execFileSync('node', [...CLI, 'check', '--cases', '-', '--format', 'jsonl', '--pack', 'iwso'], { encoding: 'utf8', input: cases });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ id: 'a', verdict: 'allow', categories: [] });
    expect(lines[1].error).toContain('not valid JSON');
    expect(lines[2]).toMatchObject({ id: 'c' });
    expect(lines[2].error).toContain('activity.channel');
  });

  it('prints pack coverage', () => {
    const out = run(['packs', 'coverage', 'chc-wales']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Welsh Language Standards');
    expect(out.stdout).toContain('training');
  });
});
