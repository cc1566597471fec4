import type { z } from 'zod';
import type { Detector } from '../detectors/types.js';
import { fail, ok, type Outcome } from '../result-type.js';
import { packSchema, type PackData, type RuleData } from './schema.js';

export interface CompiledDetectorUse {
  readonly detector: Detector<unknown>;
  readonly params: unknown;
  /** Identifies detector + params, so the same check is run once per evaluation however many rules use it. */
  readonly key: string;
  /** The key's number within the pack (0 … `slots` − 1): where an evaluation keeps the check's hits. */
  readonly slot: number;
}

export interface CompiledRule extends RuleData {
  readonly qualifiedId: string;
  readonly detectors: readonly CompiledDetectorUse[];
  readonly unlessDetectors: readonly CompiledDetectorUse[];
}

export interface CompiledPack {
  readonly data: PackData;
  readonly id: string;
  readonly rules: readonly CompiledRule[];
  /** How many distinct detector uses (detector + params) the rules have. */
  readonly slots: number;
}

/** A problem in a pack file, naming the file, the rule and the field at fault. */
export interface PackProblem {
  readonly file: string;
  readonly rule?: string;
  readonly field: string;
  readonly message: string;
}

export function formatPackProblem(p: PackProblem): string {
  return `${p.file}${p.rule ? ` rule "${p.rule}"` : ''}: ${p.field}: ${p.message}`;
}

function zodProblems(file: string, data: unknown, error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let rule: string | undefined;
    if (path[0] === 'rules' && path[1] !== undefined) {
      const raw = (data as { rules?: Array<{ id?: unknown }> }).rules?.[Number(path[1])];
      rule = typeof raw?.id === 'string' ? raw.id : `#${Number(path[1]) + 1}`;
    }
    return { file, rule, field: path.join('.') || '(root)', message: issue.message };
  });
}

/**
 * Validates a pack's data (already parsed from YAML or JSON) and binds each rule to its detectors.
 * `registry` maps detector ids to detectors; params are validated by each detector's schema.
 */
export function compilePack(
  raw: unknown,
  file: string,
  registry: ReadonlyMap<string, Detector<unknown>>,
): Outcome<CompiledPack, PackProblem[]> {
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) return fail(zodProblems(file, raw, parsed.error));
  const data = parsed.data;
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  const slots = new Map<string, number>();
  const slotOf = (key: string): number => slots.get(key) ?? (slots.set(key, slots.size), slots.size - 1);
  data.rules.forEach((rule, index) => {
    if (seen.has(rule.id)) problems.push({ file, rule: rule.id, field: `rules.${index}.id`, message: 'duplicate rule id' });
    seen.add(rule.id);
    const bind = (list: RuleData['detect'], field: string): CompiledDetectorUse[] =>
      list.flatMap((use, i) => {
        const detector = registry.get(use.detector);
        if (!detector) {
          problems.push({ file, rule: rule.id, field: `rules.${index}.${field}.${i}.detector`, message: `unknown detector "${use.detector}" (known: ${[...registry.keys()].sort().join(', ')})` });
          return [];
        }
        const params = detector.paramsSchema.safeParse(use.params ?? {});
        if (!params.success) {
          for (const issue of params.error.issues) {
            problems.push({ file, rule: rule.id, field: [`rules.${index}.${field}.${i}.params`, ...issue.path.map(String)].join('.'), message: issue.message });
          }
          return [];
        }
        const key = `${use.detector}:${JSON.stringify(params.data)}`;
        return [{ detector, params: params.data, key, slot: slotOf(key) }];
      });
    const detectors = bind(rule.detect, 'detect');
    const unlessDetectors = bind(rule.unless ?? [], 'unless');
    if (rule.severity === 'needs_approval' && rule.approver === null) {
      problems.push({ file, rule: rule.id, field: `rules.${index}.approver`, message: 'a needs_approval rule must name the approver role' });
    }
    rules.push({ ...rule, qualifiedId: `${data.id}/${rule.id}`, detectors, unlessDetectors });
  });
  if (problems.length > 0) return fail(problems);
  return ok(Object.freeze({ data, id: data.id, rules: Object.freeze(rules), slots: slots.size }));
}
