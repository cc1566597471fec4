/**
 * The screening engine: pure, synchronous, deterministic. It does no I/O; callers load packs and
 * build contexts. See `shared/spec/screening-contract.md` for the contract.
 */
import { DETECTORS } from './detectors/registry.js';
import { compilePack as compileWith, type CompiledPack, type PackProblem } from './pack/compile.js';
import type { Outcome } from './result-type.js';

export { evaluate } from './evaluate.js';
export { compileContext, type CompiledContext } from './context/compile.js';
export { parseActivity, parseContext, formatProblems, type InputProblem } from './validate.js';
export { formatPackProblem, type CompiledPack, type CompiledRule, type PackProblem } from './pack/compile.js';
export { mergePackData } from './pack/merge.js';
export { DETECTORS } from './detectors/registry.js';
export type { Activity } from './contract/activity.js';
export type { Context, RosterEntry } from './contract/context.js';
export type { Finding, ScreeningResult, Clause } from './contract/result.js';
export * from './contract/enums.js';
export type { Outcome } from './result-type.js';

/** Validates pack data (parsed YAML or JSON) and binds its rules to the built-in detectors. */
export function compilePack(raw: unknown, file: string): Outcome<CompiledPack, PackProblem[]> {
  return compileWith(raw, file, DETECTORS);
}
