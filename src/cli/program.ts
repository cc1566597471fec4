import { Command } from 'commander';
import { registerCheckCommand } from './check/check-command.js';
import { registerPacksCommand } from './packs/packs-command.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerDbCommand } from './commands/db.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerOrgCommand } from './commands/org.js';
import { registerRosterCommand } from './commands/roster.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUserCommand } from './commands/user.js';
import { registerScanCommand } from './scan/command.js';

/**
 * The `postwise` program with every command registered. Each command lives in its own module,
 * declares its options here and loads what it needs only when it runs: building the program is cheap.
 */
export function buildProgram(): Command {
  const program = new Command('postwise')
    .description('Screen social media activity against your organization\'s policy, and run the practice around it.')
    .version('0.1.0');
  registerCheckCommand(program);
  registerPacksCommand(program);
  registerDbCommand(program);
  registerOrgCommand(program);
  registerUserCommand(program);
  registerRosterCommand(program);
  registerAuditCommand(program);
  registerScanCommand(program);
  registerServeCommand(program);
  registerDemoCommand(program);
  return program;
}
