/** `postwise org pack set FILE`: a real process per command, on both dialects. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../store/dialects.js';
import { postwise as postwiseOn } from './run-postwise.js';

const PACK = `extends: valoris
id: pack-cli-own
version: "7"
name: Our own Valoris
removeRules: []
`;

describeEachDialect('postwise org pack set', (h) => {
  const postwise = (args: string[]) => postwiseOn(h, args);
  const slug = `pack-cli-${h.dialect}`;

  it('binds an organization to its own pack, and names the file, rule and field of an invalid one', async () => {
    expect((await postwise(['org', 'create', '--slug', slug, '--name', 'Pack CLI', '--pack', 'valoris'])).code).toBe(0);
    const file = join(h.connectOptions.dataDir, 'own-pack.yaml');
    writeFileSync(file, PACK);
    const set = await postwise(['org', 'pack', 'set', file, '--org', slug]);
    expect(set).toMatchObject({ code: 0 });
    expect(set.stdout).toMatch(/now on pack pack-cli-own@7 \(was valoris@/);
    expect((await postwise(['org', 'list'])).stdout).toMatch(new RegExp(`${slug}\\tPack CLI\\tpack-cli-own@7`));

    writeFileSync(file, `${PACK.replace('"7"', '"8"')}rules:\n  - { id: broken, category: nonsense }\n`);
    const bad = await postwise(['org', 'pack', 'set', file, '--org', slug]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/own-pack\.yaml rule "broken": rules\.0\.category/);
    expect((await postwise(['org', 'pack', 'set', join(h.connectOptions.dataDir, 'missing.yaml'), '--org', slug])).code).toBe(2);
  }, 60_000);
});
