import { compileContext, evaluate, parseActivity, parseContext, type ScreeningResult } from '../../src/engine/index.js';
import { loadPack } from '../../src/packs/load.js';

/** Screens a raw activity and context (validated as a caller's would be) against a built-in pack. */
export function screen(packId: string, activity: Record<string, unknown>, context: Record<string, unknown> = {}): ScreeningResult & { categories: string[] } {
  const a = parseActivity(activity);
  const c = parseContext({ now: '2026-11-21T10:00:00-05:00', ...context });
  if (!a.ok || !c.ok) throw new Error(JSON.stringify(a.ok ? (c as { error: unknown }).error : a.error));
  const result = evaluate(loadPack(packId), a.value, compileContext(c.value));
  return { ...result, categories: [...new Set(result.findings.map((f) => f.category))].sort() };
}
