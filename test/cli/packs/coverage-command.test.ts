import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderCoverage } from '../../../src/cli/packs/coverage-table.js';
import { checkCoverage } from '../../../src/packs/coverage/index.js';
import { loadPack } from '../../../src/packs/load.js';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const run = (args: string[]) => spawnSync('node', [...CLI, 'packs', 'coverage', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the coverage table', () => {
  it('shows each prescriptive sentence under its section with the rules, workflow or reason that answer for it', () => {
    const pack = loadPack('iwso').data;
    const report = checkCoverage(readFileSync(join('../shared/policies', pack.policy.source), 'utf8'), pack);
    // Colours are on under CI: read the table as plain text.
    const out = stripVTControlCharacters(renderCoverage(pack.name, 'iwso.txt', report));
    expect(out).toContain('0 not covered');
    expect(out).toMatch(/§ 6\.9\.3\n {2}“Staff are prohibited from posting any client or staff images\.”\n {4}→ rule no-client-images-or-stories/);
    expect(out).toContain('handled elsewhere: password-policy');
    expect(out).toContain('not prescriptive for staff: An undertaking of IWSO to its users.');
  });
});

describe('postwise packs coverage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'postwise-coverage-'));

  it('exits 1 and shows the sentence a pack leaves uncovered', () => {
    const file = join(dir, 'no-posting-rule.yaml');
    writeFileSync(file, 'extends: valoris\nid: valoris-lax\nname: Valoris, lax\nremoveRules: [no-posting-on-agency-accounts]\n');
    const out = run([file]);
    expect(out.status).toBe(1);
    expect(out.stdout).toMatch(/“No posting is permitted\.”\n {4}✗ not covered/);
  });

  it('checks an organization\'s own policy text given with --policy, and prints JSON', () => {
    const pack = join(dir, 'own.yaml');
    const policy = join(dir, 'own-policy.txt');
    writeFileSync(pack, 'extends: valoris\nid: valoris-own\nname: Valoris, own\n');
    writeFileSync(policy, '1. General\n\nNo posting is permitted. Staff must wear a hat at all times.\n');
    const out = run([pack, '--policy', policy, '--json']);
    expect(out.status).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.counts).toEqual({ rule: 1, elsewhere: 0, 'not-prescriptive': 0, uncovered: 1 });
    expect(report.sentences).toMatchObject([
      { section: '1. General', text: 'No posting is permitted.', status: 'rule', by: [{ kind: 'rule', rules: ['no-posting-on-agency-accounts'] }] },
      { section: '1. General', text: 'Staff must wear a hat at all times.', status: 'uncovered', cues: ['must'], by: [] },
    ]);
    expect(report.misplaced).toEqual([expect.objectContaining({ section: '2. Valoris Facebook', policySection: '1. General' })]);
  });

  it('exits 2 naming the places it looked when the policy text cannot be found', () => {
    const pack = join(dir, 'lost.yaml');
    writeFileSync(pack, 'extends: valoris\nid: valoris-lost\nname: Valoris, lost\npolicy: { title: Lost, source: lost-policy.txt }\n');
    const out = run([pack]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('cannot find the policy text "lost-policy.txt"');
    expect(out.stderr).toContain('--policy FILE');
  });
});
