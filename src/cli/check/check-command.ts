import { Option, type Command } from 'commander';
import { ACTIONS, CHANNELS, ROLES, compileContext, evaluate, formatProblems, parseActivity, parseContext } from '../../engine/index.js';
import { loadPack, PackLoadError } from '../../packs/load.js';
import { EXIT, UsageError } from '../run.js';
import { readInput, readJson } from './read-input.js';
import { loadContextFile, runCases } from './run-cases.js';
import { renderHuman } from './render-human.js';

interface CheckOptions {
  pack?: string; context?: string; text?: string; file?: string; activity?: string; cases?: string;
  action: string; channel: string; platform?: string; role?: string; language?: string; format: string;
}

function buildActivity(o: CheckOptions): unknown {
  if (o.activity) return readJson(o.activity);
  const text = o.text ?? (o.file ? readInput(o.file) : readInput('-'));
  return {
    action: o.action, channel: o.channel, text,
    ...(o.platform ? { platform: o.platform } : {}),
    ...(o.language ? { language: o.language } : {}),
    ...(o.role ? { author: { role: o.role } } : {}),
  };
}

async function check(o: CheckOptions): Promise<number> {
  if (o.cases) return runCases(o.cases, o.pack, o.context, (line) => process.stdout.write(`${line}\n`));
  if (!o.pack) throw new UsageError('--pack is required (valoris, iwso, stass, chc-wales, cisss-gaspesie, or a pack file)');
  let pack;
  try {
    pack = loadPack(o.pack);
  } catch (error) {
    if (error instanceof PackLoadError) throw new UsageError(error.message);
    throw error;
  }
  const activity = parseActivity(buildActivity(o));
  if (!activity.ok) throw new UsageError(formatProblems(activity.error));
  const context = loadContextFile(o.context) ?? compileContext((parseContext({}) as { ok: true; value: object }).value);
  const result = evaluate(pack, activity.value, context);
  process.stdout.write(o.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${renderHuman(result, activity.value.text)}\n`);
  return result.verdict === 'block' || result.verdict === 'needs_approval' ? EXIT.refused : EXIT.ok;
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
      process.exitCode = await check(options);
    });
}
