import { Option, type Command } from 'commander';
import { ACTIONS, CHANNELS, ROLES } from '../../engine/contract/enums.js';

export interface CheckOptions {
  pack?: string; context?: string; text?: string; file?: string; activity?: string; cases?: string;
  action: string; channel: string; platform?: string; role?: string; language?: string; format: string;
}

/** `postwise check`: screens one activity, or a file of evaluation cases. */
export function registerCheckCommand(program: Command): void {
  program.command('check')
    .description('Screen an activity against a policy pack: allow, warn, needs approval or block, with the clause and what to do instead.')
    .option('--pack <id|file>', 'policy pack: a built-in id or a pack file')
    .option('--context <file>', 'context JSON: organization, roster, consents, approvals, accounts, grants')
    .option('--text <text>', 'the text of the post (otherwise --file, --activity or standard input)')
    .option('--file <file>', 'read the text from a file')
    .option('--activity <file>', 'a whole activity as JSON (screening contract)')
    .option('--cases <file>', 'evaluation cases, one JSON object per line (- for standard input)')
    .addOption(new Option('--action <action>', 'what the person does').choices([...ACTIONS]).default('post'))
    .addOption(new Option('--channel <channel>', 'personal or official account').choices([...CHANNELS]).default('personal'))
    .option('--platform <name>', 'facebook, instagram, twitter, linkedin, …')
    .addOption(new Option('--role <role>', "the author's role").choices([...ROLES]))
    .option('--language <tag>', 'en, fr or cy')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json', 'jsonl']).default('human'))
    .action(async (options: CheckOptions) => {
      // The engine loads only when a check runs: `postwise --help` and the other commands start fast.
      const { check } = await import('./run-check.js');
      process.exitCode = await check(options);
    });
}
