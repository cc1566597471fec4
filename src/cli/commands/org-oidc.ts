import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { UsageError } from '../run.js';
import { orgBySlug, withApp, withConfigOptions } from './shared.js';

const CALLBACK_PATH = '/api/auth/oidc/callback';
const list = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

/** The client secret from a file (or `-`, standard input): never from the command line, which others can see. */
async function secretFrom(file: string): Promise<string> {
  try {
    if (file !== '-') return (await readFile(file, 'utf8')).trim();
    let text = '';
    for await (const chunk of process.stdin) text += String(chunk);
    return text.trim();
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
}

/** `postwise org oidc set|show|remove`: an organization's OpenID Connect sign-in. */
export function registerOrgOidcCommand(org: Command): void {
  const oidc = org.command('oidc').description("Sign-in with the organization's OpenID Connect provider");

  withConfigOptions(oidc.command('set').description('Set (or replace) the provider; checks its discovery document first'))
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--issuer <url>', 'the issuer, exactly as the provider states it (https://…)')
    .requiredOption('--client-id <id>', "Postwise's client id at the provider")
    .requiredOption('--client-secret-file <file>', 'a file holding the client secret, or - for standard input')
    .option('--allowed-domain <domains>', 'email domains that may sign in, comma-separated (default: any)', list)
    .option('--email-claim <claim>', 'the claim that carries the email', 'email')
    .option('--no-require-verified-email', 'accept emails the provider does not mark email_verified (e.g. a directory\'s upn)')
    .option('--admit-unknown-as <role>', 'add people the organization does not know yet, with this role (needs --allowed-domain); default: refuse them')
    .option('--no-discovery-check', 'save without reaching the provider')
    .action(async (o: Record<string, unknown>) => {
      const raw = {
        issuer: String(o.issuer), clientId: String(o.clientId), clientSecret: await secretFrom(String(o.clientSecretFile)),
        allowedDomains: (o.allowedDomain as string[] | undefined) ?? [], emailClaim: String(o.emailClaim),
        requireVerifiedEmail: o.requireVerifiedEmail !== false,
        unknownUserRole: typeof o.admitUnknownAs === 'string' ? o.admitUnknownAs : null,
      };
      const [{ configureOidc }, { discoverProvider }, { oidcSettingsInput }, { parseInput }] = await Promise.all([
        import('../../app/auth/oidc/configure-oidc.js'), import('../../app/auth/oidc/provider-client.js'),
        import('../../app/auth/oidc/settings.js'), import('../../app/validate.js'),
      ]);
      await withApp(o, async (app) => {
        const target = await orgBySlug(app, String(o.org));
        const settings = parseInput(oidcSettingsInput, raw);
        if (o.discoveryCheck !== false) await discoverProvider(settings);
        await configureOidc(app, target.id, null, settings);
        const callback = app.config.publicUrl ? `${app.config.publicUrl}${CALLBACK_PATH}` : `https://<this site>${CALLBACK_PATH} (set POSTWISE_PUBLIC_URL)`;
        process.stdout.write(`${String(o.org)} signs in with ${settings.issuer}\nregister this redirect URI at the provider: ${callback}\n`
          + `people sign in at /api/auth/oidc/${String(o.org)}/start\n`);
      });
    });

  withConfigOptions(oidc.command('show').description('Show the provider settings (never the secret)'))
    .requiredOption('--org <slug>', 'organization')
    .action(async (o: Record<string, unknown>) => {
      await withApp(o, async (app) => {
        const row = await app.store.oidc.providerOf((await orgBySlug(app, String(o.org))).id);
        if (!row) throw new UsageError(`${String(o.org)} has no OpenID Connect sign-in`);
        const domains = JSON.parse(row.allowed_domains) as string[];
        process.stdout.write([
          `issuer\t${row.issuer}`, `client id\t${row.client_id}`, 'client secret\t(set, encrypted)',
          `allowed domains\t${domains.length > 0 ? domains.join(', ') : 'any'}`, `email claim\t${row.email_claim}`,
          `verified email\t${row.require_verified_email ? 'required' : 'not required'}`,
          `unknown people\t${row.unknown_user_role ? `added as ${row.unknown_user_role}` : 'refused'}`, `updated\t${row.updated_at}`,
        ].join('\n') + '\n');
      });
    });

  withConfigOptions(oidc.command('remove').description('Turn OpenID Connect sign-in off (local accounts keep working)'))
    .requiredOption('--org <slug>', 'organization')
    .action(async (o: Record<string, unknown>) => {
      const { removeOidc } = await import('../../app/auth/oidc/configure-oidc.js');
      await withApp(o, async (app) => {
        await removeOidc(app, (await orgBySlug(app, String(o.org))).id, null);
        process.stdout.write(`${String(o.org)} no longer signs in with OpenID Connect\n`);
      });
    });
}
