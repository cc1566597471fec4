import { compileContext, evaluate, formatProblems, parseActivity, parseContext } from '../../engine/index.js';
import { loadPack, PackLoadError } from '../../packs/load.js';
import { EXIT, UsageError } from '../run.js';
import type { CheckOptions } from './check-command.js';
import { readInput, readJson } from './read-input.js';
import { loadContextFile, runCases } from './run-cases.js';
import { renderHuman } from './render-human.js';

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

/** Screens one activity (or a file of cases) and returns the exit code. */
export async function check(o: CheckOptions): Promise<number> {
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
