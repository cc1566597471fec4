import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../run.js';
import { coverageJson, renderCoverage } from './coverage-table.js';
import { findPolicyFile } from './policy-file.js';

// The pack loader (YAML, the engine's schemas and lexicons) loads when a packs command runs, not at start-up.
async function load(id: string) {
  const { loadPack, PackLoadError } = await import('../../packs/load.js');
  try {
    return loadPack(id);
  } catch (error) {
    if (error instanceof PackLoadError) throw new UsageError(error.message);
    throw error;
  }
}

/** `postwise packs coverage PACK`: every prescriptive sentence of the policy and what answers for it. */
async function printCoverage(id: string, options: { policy?: string; json?: boolean }): Promise<void> {
  const pack = await load(id);
  const { packFileOf } = await import('../../packs/load.js');
  const found = findPolicyFile(packFileOf(id), pack.data.policy.source, options.policy);
  if (!('file' in found)) {
    throw new UsageError(`cannot find the policy text "${pack.data.policy.source}" (looked in ${found.lookedIn.join(', ')}); give it with --policy FILE`);
  }
  // Loaded here, not at start-up: the sentence tagger is only needed by this command.
  const { checkCoverage } = await import('../../packs/coverage/index.js');
  const report = checkCoverage(readFileSync(found.file, 'utf8'), pack.data);
  const out = options.json ? JSON.stringify(coverageJson(pack.id, found.file, report), null, 2) : renderCoverage(pack.data.name, found.file, report);
  process.stdout.write(`${out}\n`);
  if (report.sentences.some((s) => !s.covered)) process.exitCode = EXIT.refused;
}

/** `postwise packs list|show|coverage`. */
export function registerPacksCommand(program: Command): void {
  const packs = program.command('packs').description('The policy packs: the policies as rules.');
  packs.command('list').description('List the built-in packs').action(async () => {
    const { BUILT_IN_IDS } = await import('../../packs/load.js');
    for (const id of BUILT_IN_IDS) {
      const pack = await load(id);
      process.stdout.write(`${id.padEnd(16)} ${pack.data.languages.join(',').padEnd(9)} ${String(pack.rules.length).padStart(3)} rules  ${pack.data.name}\n`);
    }
  });
  packs.command('show <pack>').description('Show a pack: each rule, its category, severity and clause').option('--json', 'print the pack data as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const pack = await load(id);
      if (options.json) { process.stdout.write(`${JSON.stringify(pack.data, null, 2)}\n`); return; }
      process.stdout.write(`${pack.data.name} (version ${pack.data.version})\n\n`);
      for (const r of pack.rules) process.stdout.write(`${r.qualifiedId}\n  ${r.category} · ${r.severity}${r.approver ? ` · approver ${r.approver}` : ''}\n  § ${r.clause.section}: “${r.clause.text}”\n\n`);
    });
  packs.command('coverage <pack>')
    .description('Every prescriptive sentence of the policy: the rules that enforce it, the workflow that handles it, or why it binds no one (exit 1 if any is not covered)')
    .option('--policy <file>', 'the policy text (default: the pack\'s policy.source beside the pack file, in POSTWISE_POLICIES_DIR or in ../shared/policies)')
    .option('--json', 'print the table as JSON')
    .action(printCoverage);
}
