import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_IDS, loadPack, PackLoadError } from '../../src/packs/load.js';
import { readFileSync } from 'node:fs';

const POLICIES = '../shared/policies';
const SOURCES: Record<string, string> = {
  valoris: 'valoris-a601-2019.txt', iwso: 'iwso-social-media-internet-usage.txt', stass: 'stass-social-media-2015.txt',
  'chc-wales': 'chc-wales-social-media-2020.txt', 'cisss-gaspesie': 'cisss-gaspesie-medias-sociaux-2017.txt',
};
const normalize = (s: string): string => s.replace(/[*\\]/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

describe('built-in packs', () => {
  it.each(BUILT_IN_IDS)('%s loads, and every clause it quotes is in the policy, word for word', (id) => {
    const pack = loadPack(id);
    expect(pack.rules.length).toBeGreaterThan(8);
    const policy = normalize(readFileSync(join(POLICIES, SOURCES[id]!), 'utf8'));
    const clauses = [...pack.rules.map((r) => r.clause), ...pack.data.handledElsewhere.map((h) => h.clause), ...pack.data.notPrescriptive.map((n) => n.clause)];
    for (const clause of clauses) {
      for (const part of clause.text.split(' … ')) expect(policy, `${id}: ${clause.section}`).toContain(normalize(part));
    }
  });
});

describe('an organization\'s own pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'postwise-pack-'));

  it('can extend a built-in pack, replacing and removing rules', () => {
    const file = join(dir, 'own.yaml');
    writeFileSync(file, 'extends: iwso\nid: iwso-local\nname: IWSO local\nremoveRules: [first-person-voice]\n');
    const pack = loadPack(file);
    expect(pack.id).toBe('iwso-local');
    expect(pack.rules.some((r) => r.id === 'first-person-voice')).toBe(false);
    expect(pack.rules.length).toBe(loadPack('iwso').rules.length - 1);
  });

  it('reports errors naming the file, the rule and the field', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'extends: valoris\nid: bad\nrules:\n  - id: my-rule\n    category: gossip\n    severity: block\n    detect: [{ detector: nope }]\n    clause: { section: x, text: y }\n    message: { en: m }\n    remedy: { en: r }\n');
    expect(() => loadPack(file)).toThrow(PackLoadError);
    try { loadPack(file); } catch (error) {
      expect((error as Error).message).toContain('bad.yaml rule "my-rule"');
      expect((error as Error).message).toContain('category');
    }
  });
});
