import type { Command } from 'commander';
import { withApp, withConfigOptions } from './shared.js';

/** `postwise demo`: one demo organization per built-in pack, and how to sign in to each. */
export function registerDemoCommand(program: Command): void {
  withConfigOptions(program.command('demo')
    .description('Create one demo organization per built-in pack (people in every role, clients, consents, accounts, grants, approvals, incidents) and print how to sign in'))
    .option('--password <password>', 'one password for every demo person (default: a strong random one each)')
    .option('--reset', 'the demo exists: give its people new passwords and print them again')
    .action(async (o: Record<string, unknown>) => {
      // Loaded here, not at start-up: other commands do not pay for the platform's modules.
      const [{ createDemo }, { renderDemo }] = await Promise.all([import('../../app/demo/create-demo.js'), import('./demo-output.js')]);
      await withApp(o, async (app) => {
        const report = await createDemo(app, { password: typeof o.password === 'string' ? o.password : undefined, reset: o.reset === true });
        process.stdout.write(renderDemo(report, `http://localhost:${app.config.port}`));
      });
    });
}
