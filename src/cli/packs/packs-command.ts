import type { Command } from 'commander';
import { BUILT_IN_IDS, loadPack, PackLoadError } from '../../packs/load.js';
import { UsageError } from '../run.js';

function load(id: string) {
  try {
    return loadPack(id);
  } catch (error) {
    if (error instanceof PackLoadError) throw new UsageError(error.message);
    throw error;
  }
}

/** Every prescriptive clause of the policy: enforced by which rules, or handled by which workflow. */
export function coverageTable(id: string): string {
  const pack = load(id);
  const rows = new Map<string, { section: string; text: string; by: string[] }>();
  for (const rule of pack.rules) {
    const key = rule.clause.text;
    const row = rows.get(key) ?? { section: rule.clause.section, text: rule.clause.text, by: [] };
    row.by.push(`rule ${rule.id} (${rule.category}, ${rule.severity})`);
    rows.set(key, row);
  }
  for (const h of pack.data.handledElsewhere) rows.set(h.clause.text, { section: h.clause.section, text: h.clause.text, by: [`${h.by}: ${h.note}`] });
  const lines = [`${pack.data.name} — ${rows.size} clauses`, ''];
  for (const row of rows.values()) lines.push(`§ ${row.section}`, `  “${row.text}”`, ...row.by.map((b) => `  → ${b}`), '');
  return lines.join('\n');
}

/** `postwise packs list|show|coverage`. */
export function registerPacksCommand(program: Command): void {
  const packs = program.command('packs').description('The policy packs: the policies as rules.');
  packs.command('list').description('List the built-in packs').action(() => {
    for (const id of BUILT_IN_IDS) {
      const pack = load(id);
      process.stdout.write(`${id.padEnd(16)} ${pack.data.languages.join(',').padEnd(9)} ${String(pack.rules.length).padStart(3)} rules  ${pack.data.name}\n`);
    }
  });
  packs.command('show <pack>').description('Show a pack: each rule, its category, severity and clause').option('--json', 'print the pack data as JSON')
    .action((id: string, options: { json?: boolean }) => {
      const pack = load(id);
      if (options.json) { process.stdout.write(`${JSON.stringify(pack.data, null, 2)}\n`); return; }
      process.stdout.write(`${pack.data.name} (version ${pack.data.version})\n\n`);
      for (const r of pack.rules) process.stdout.write(`${r.qualifiedId}\n  ${r.category} · ${r.severity}${r.approver ? ` · approver ${r.approver}` : ''}\n  § ${r.clause.section}: “${r.clause.text}”\n\n`);
    });
  packs.command('coverage <pack>').description('Every prescriptive clause: the rule that enforces it or the workflow that handles it')
    .action((id: string) => {
      process.stdout.write(`${coverageTable(id)}\n`);
    });
}
