import { Option, type Command } from 'commander';
import { CHANNELS, ROLES } from '../../engine/contract/enums.js';
import { ARCHIVE_FORMATS } from '../../importers/types.js';
import type { ScanFlags } from './run-scan.js';

/** The report formats; each has a renderer in `run-scan.ts`. */
export const REPORT_FORMATS = ['text', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `postwise scan ARCHIVE --pack P`: screens a whole archive export and reports what it finds. */
export function registerScanCommand(program: Command): void {
  program.command('scan')
    .description('Screen a social media archive export (X, Facebook, Instagram, Mastodon, LinkedIn, Bluesky, CSV, JSONL) against a policy pack')
    .argument('<archive>', 'the export: a folder, a .zip or a single file')
    .requiredOption('--pack <pack>', 'policy pack id (valoris, iwso, stass, chc-wales, cisss-gaspesie) or pack file')
    .option('--context <file>', 'context JSON (organization, roster, consents, approvals)')
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option('--output <file>', 'write the report to this file instead of stdout')
    .addOption(new Option('--archive-format <format>', 'read the archive as this format instead of detecting it').choices(ARCHIVE_FORMATS))
    .addOption(new Option('--channel <channel>', 'whose account posted').choices(CHANNELS).default('personal'))
    .option('--account <id>', 'the official account the archive is of (with --channel official)')
    .option('--author-id <id>', "the author's id in the context")
    .addOption(new Option('--author-role <role>', "the author's role").choices(ROLES))
    .option('--author-email <email>', "the author's email")
    .option('--identifies-affiliation', 'the account says where the author works')
    .action(async (archive: string, flags: ScanFlags) => {
      // The importers and the engine load only when a scan runs.
      const { runScan } = await import('./run-scan.js');
      process.exitCode = await runScan(archive, flags);
    });
}
