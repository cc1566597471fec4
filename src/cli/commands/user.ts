import type { Command } from 'commander';
import { UsageError } from '../run.js';
import { orgBySlug, withApp, withConfigOptions } from './shared.js';

/** Reads a password from `POSTWISE_PASSWORD`-free sources: the flag, or one line on stdin. */
async function passwordFrom(o: Record<string, unknown>): Promise<string | undefined> {
  if (typeof o.password === 'string') return o.password;
  if (!o.passwordStdin) return undefined;
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

/** `postwise user add|password`. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('People of an organization');

  withConfigOptions(user.command('add').description('Add a person with a role (and a local password)'))
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', 'staff, supervisor, executive-director, communications-delegate, …')
    .option('--supervisor <email>', 'their supervisor, by email')
    .option('--admin', 'may manage people, the roster, tokens and read the audit trail')
    .option('--password <password>', 'local password (visible in the process list: prefer --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (o: Record<string, unknown>) => {
      const { addPerson } = await import('../../app/people/add-person.js');
      await withApp(o, async (app) => {
        const org = await orgBySlug(app, String(o.org));
        let supervisorId: string | undefined;
        if (typeof o.supervisor === 'string') {
          const sup = await app.store.people.byEmail(org.id, o.supervisor.toLowerCase());
          if (!sup) throw new UsageError(`no person ${o.supervisor} in ${String(o.org)}`);
          supervisorId = sup.id;
        }
        const password = await passwordFrom(o);
        const row = await addPerson(app, org.id, null, {
          email: String(o.email), name: String(o.name), role: String(o.role) as never, admin: o.admin === true,
          ...(supervisorId ? { supervisorId } : {}), ...(password !== undefined ? { password } : {}),
        });
        process.stdout.write(`added ${row.email} as ${row.role}${row.is_admin ? ' (admin)' : ''} (${row.id})\n`);
      });
    });

  withConfigOptions(user.command('password').description("Reset a person's password"))
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--email <email>', 'sign-in email')
    .option('--password <password>', 'new password (prefer --password-stdin)')
    .option('--password-stdin', 'read the password from standard input')
    .action(async (o: Record<string, unknown>) => {
      const { changePassword } = await import('../../app/people/change-password.js');
      await withApp(o, async (app) => {
        const org = await orgBySlug(app, String(o.org));
        const person = await app.store.people.byEmail(org.id, String(o.email).toLowerCase());
        if (!person) throw new UsageError(`no person ${String(o.email)} in ${String(o.org)}`);
        const password = await passwordFrom(o);
        if (password === undefined) throw new UsageError('give --password or --password-stdin');
        await changePassword(app, org.id, person.id, { next: password, by: 'cli', actorId: null });
        process.stdout.write(`password changed for ${person.email}; their sessions have ended\n`);
      });
    });
}
