import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { UsageError } from '../run.js';
import { orgBySlug, withApp, withConfigOptions } from './shared.js';

/** `postwise roster import FILE.csv`. */
export function registerRosterCommand(program: Command): void {
  const roster = program.command('roster').description("An organization's client roster (encrypted at rest)");

  withConfigOptions(roster.command('import').argument('<file>', 'CSV with a header row: name, ref, kind, aliases, handles, date_of_birth, minor_under_youth_protection')
    .description('Import or update roster entries from CSV (all rows or none)'))
    .requiredOption('--org <slug>', 'organization')
    .action(async (file: string, o: Record<string, unknown>) => {
      let csv: string;
      try {
        csv = await readFile(file, 'utf8');
      } catch {
        throw new UsageError(`cannot read ${file}`);
      }
      const { importRoster } = await import('../../app/roster/import-roster.js');
      await withApp(o, async (app) => {
        const org = await orgBySlug(app, String(o.org));
        const { created, updated } = await importRoster(app, org.id, null, csv);
        process.stdout.write(`roster of ${String(o.org)}: ${created} added, ${updated} updated\n`);
      });
    });
}
