import { compileContext, evaluate, formatProblems, parseActivity, parseContext, type CompiledContext, type CompiledPack, type Finding } from '../../engine/index.js';
import { loadPack } from '../../packs/load.js';

export interface CaseDefaults {
  readonly pack?: string;
  readonly context?: CompiledContext;
}

export type CaseLine =
  | { id: string; verdict: string; categories: string[]; findings: readonly Finding[] }
  | { id: string; error: string };

/** The categories of a result, each once, in the order the findings raise them. */
export function categoriesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.category))];
}

/**
 * Screens one evaluation case (contract: "Evaluation cases"). A case that cannot be evaluated
 * gives an error line naming the field; it never throws.
 */
export function screenCase(raw: unknown, index: number, defaults: CaseDefaults): CaseLine {
  const record = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : `line-${index + 1}`;
  if (record !== raw) return { id, error: 'case: a case is a JSON object' };
  const packId = typeof record.pack === 'string' ? record.pack : defaults.pack;
  if (packId === undefined) return { id, error: 'pack: missing (give it in the case or with --pack)' };
  let pack: CompiledPack;
  try {
    pack = loadPack(packId);
  } catch (error) {
    return { id, error: `pack: ${(error as Error).message}` };
  }
  const activity = parseActivity(record.activity);
  if (!activity.ok) return { id, error: formatProblems(activity.error) };
  let context = defaults.context;
  if (record.context !== undefined || context === undefined) {
    const parsed = parseContext(record.context);
    if (!parsed.ok) return { id, error: formatProblems(parsed.error) };
    context = compileContext(parsed.value);
  }
  const result = evaluate(pack, activity.value, context);
  return { id, verdict: result.verdict, categories: categoriesOf(result.findings), findings: result.findings };
}
