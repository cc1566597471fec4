import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { EXIT, UsageError } from '../run.js';
import { orgBySlug, withApp, withConfigOptions } from './shared.js';

const isDate = (s: unknown): boolean => typeof s === 'string' && !Number.isNaN(new Date(s).getTime());

/** `postwise audit verify|export`. */
export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('The hash-chained audit trail');

  withConfigOptions(audit.command('verify').description('Walk every chain; exit 1 naming the first bad entry'))
    .option('--org <slug>', 'only this organization')
    .action(async (o: Record<string, unknown>) => {
      const { verifyAuditChain } = await import('../../audit/verify.js');
      await withApp(o, async (app) => {
        const orgId = typeof o.org === 'string' ? (await orgBySlug(app, o.org)).id : undefined;
        const outcome = await verifyAuditChain(app.store.db.kysely, orgId);
        if (outcome.ok) {
          process.stdout.write(`audit chain verifies: ${outcome.entries} entries in ${outcome.organizations} organization(s)\n`);
          return;
        }
        const b = outcome.firstBreak;
        process.stderr.write(`audit chain BROKEN at organization ${b?.orgId} entry #${b?.seq}${b?.id ? ` (${b.id})` : ''}: ${b?.reason}\n`);
        process.exitCode = EXIT.refused;
      });
    });

  withConfigOptions(audit.command('export').description('Export entries in a time range'))
    .option('--from <when>', 'from this date or time (inclusive)')
    .option('--to <when>', 'until this date or time (exclusive)')
    .option('--format <format>', 'csv or json', 'json')
    .option('--org <slug>', 'only this organization')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (o: Record<string, unknown>) => {
      if (o.format !== 'csv' && o.format !== 'json') throw new UsageError('--format must be csv or json');
      for (const k of ['from', 'to'] as const) if (o[k] !== undefined && !isDate(o[k])) throw new UsageError(`--${k} is not a date`);
      const [{ exportAudit }, { openEntryText }] = await Promise.all([import('../../audit/export.js'), import('../../app/workflows/sealed-events.js')]);
      await withApp(o, async (app) => {
        const orgId = typeof o.org === 'string' ? (await orgBySlug(app, o.org)).id : undefined;
        const out = typeof o.out === 'string' ? createWriteStream(o.out) : process.stdout;
        await exportAudit(app.store.db.kysely, { from: o.from as string | undefined, to: o.to as string | undefined, orgId },
          o.format as 'csv' | 'json', (chunk) => { out.write(chunk); }, (entry) => openEntryText(app.keyring, entry));
        if (out !== process.stdout) await new Promise<void>((done) => (out as NodeJS.WritableStream).end(done));
      });
    });
}
