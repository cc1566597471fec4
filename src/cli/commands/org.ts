import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { registerOrgOidcCommand } from './org-oidc.js';
import { UsageError } from '../run.js';
import { orgBySlug, withApp, withConfigOptions } from './shared.js';

const list = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/** `postwise org create|list`, `postwise org pack set FILE`. */
export function registerOrgCommand(program: Command): void {
  const org = program.command('org').description('Organizations (tenants)');

  withConfigOptions(org.command('create').description('Create an organization bound to a policy pack'))
    .requiredOption('--slug <slug>', 'short unique name used to sign in, e.g. valoris')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--pack <id>', 'policy pack id: valoris, iwso, stass, chc-wales, cisss-gaspesie')
    .option('--pack-version <version>', 'pack version (default: the current one)')
    .option('--alias <names>', 'other names of the organization, comma-separated', list)
    .option('--email-domain <domains>', 'email domains, comma-separated', list)
    .action(async (o: Record<string, unknown>) => {
      const { createOrganization } = await import('../../app/organizations/create-organization.js');
      await withApp(o, async (app) => {
        const row = await createOrganization(app, {
          slug: String(o.slug), name: String(o.name), packId: String(o.pack),
          ...(typeof o.packVersion === 'string' ? { packVersion: o.packVersion } : {}),
          aliases: (o.alias as string[] | undefined) ?? [], emailDomains: (o.emailDomain as string[] | undefined) ?? [],
        });
        process.stdout.write(`created organization ${row.slug} (${row.id}) on pack ${row.pack_id}@${row.pack_version}\n`);
      });
    });

  const pack = org.command('pack').description("The organization's own policy pack");
  withConfigOptions(pack.command('set').argument('<file>', "the organization's own pack, YAML or JSON (it may extend a built-in pack)")
    .description("Bind an organization to a version of its own pack; everyone is asked to sign it again"))
    .requiredOption('--org <slug>', 'organization')
    .action(async (file: string, o: Record<string, unknown>) => {
      let source: string;
      try {
        source = await readFile(file, 'utf8');
      } catch {
        throw new UsageError(`cannot read ${file}`);
      }
      const { setOrganizationPack } = await import('../../app/organizations/organization-pack.js');
      await withApp(o, async (app) => {
        const target = await orgBySlug(app, String(o.org));
        const adopted = await setOrganizationPack(app, target.id, null, { source, fileName: basename(file) });
        process.stdout.write(adopted.changed
          ? `${String(o.org)} is now on pack ${adopted.packId}@${adopted.packVersion} (was ${adopted.previous.packId}@${adopted.previous.packVersion}); everyone is asked to sign it\n`
          : `${String(o.org)} is already on pack ${adopted.packId}@${adopted.packVersion}; nothing changed\n`);
      });
    });

  withConfigOptions(org.command('list').description('List organizations'))
    .action(async (o: Record<string, unknown>) => {
      await withApp(o, async (app) => {
        for (const row of await app.store.organizations.list()) {
          process.stdout.write(`${row.slug}\t${row.name}\t${row.pack_id}@${row.pack_version}\t${row.id}\n`);
        }
      });
    });

  registerOrgOidcCommand(org);
}
