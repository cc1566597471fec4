import type { CaseLine } from '../src/cli/check/screen-case.js';

export interface EvalCase { id: string; pack?: string; expect: { verdict: string; categories: string[] } }

export interface Score {
  total: number; verdictAccuracy: number; blockRecall: number; falseBlockRate: number; errors: number;
  microF1: number; perCategory: Array<{ category: string; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }>;
  mistakes: string[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Verdict accuracy, block recall, false blocks on allow cases, and per-category precision/recall/F1. */
export function scoreCases(cases: readonly EvalCase[], outputs: readonly CaseLine[]): Score {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (c: string, k: 'tp' | 'fp' | 'fn'): void => {
    const entry = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    entry[k]++;
    counts.set(c, entry);
  };
  let right = 0, blocks = 0, blocksFound = 0, allows = 0, falseBlocks = 0, errors = 0;
  const mistakes: string[] = [];
  cases.forEach((c, i) => {
    const out = outputs[i]!;
    // A case the engine could not evaluate is a miss, never left out of the denominators.
    if (c.expect.verdict === 'block') blocks++;
    if ('error' in out) { errors++; mistakes.push(`${c.id}: error ${out.error}`); return; }
    if (out.verdict === c.expect.verdict) right++;
    if (c.expect.verdict === 'block' && out.verdict === 'block') blocksFound++;
    if (c.expect.verdict === 'allow') { allows++; if (out.verdict === 'block') falseBlocks++; }
    const want = new Set(c.expect.categories);
    const got = new Set(out.categories);
    for (const cat of got) bump(cat, want.has(cat) ? 'tp' : 'fp');
    for (const cat of want) if (!got.has(cat)) bump(cat, 'fn');
    if (out.verdict !== c.expect.verdict || want.size !== got.size || [...want].some((x) => !got.has(x))) {
      mistakes.push(`${c.id}: expected ${c.expect.verdict} [${[...want].join(', ')}], got ${out.verdict} [${[...got].join(', ')}]`);
    }
  });
  let tp = 0, fp = 0, fn = 0;
  const perCategory = [...counts.entries()].sort().map(([category, k]) => {
    tp += k.tp; fp += k.fp; fn += k.fn;
    const precision = ratio(k.tp, k.tp + k.fp), recall = ratio(k.tp, k.tp + k.fn);
    return { category, ...k, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  });
  const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn);
  return { total: cases.length, verdictAccuracy: ratio(right, cases.length), blockRecall: ratio(blocksFound, blocks), falseBlockRate: allows === 0 ? 0 : falseBlocks / allows,
    errors, microF1: p + r === 0 ? 0 : (2 * p * r) / (p + r), perCategory, mistakes };
}

const pct = (x: number): string => x.toFixed(3);

export function formatScore(s: Score, withMistakes: boolean): string {
  const target = (ok: boolean): string => (ok ? 'meets target' : 'BELOW TARGET');
  const lines = [
    `verdict accuracy   ${pct(s.verdictAccuracy)}   (target ≥ 0.90: ${target(s.verdictAccuracy >= 0.9)})`,
    `block recall       ${pct(s.blockRecall)}   (target ≥ 0.97: ${target(s.blockRecall >= 0.97)})`,
    `false blocks       ${pct(s.falseBlockRate)}   of allow cases (target ≤ 0.03: ${target(s.falseBlockRate <= 0.03)})`,
    `category micro-F1  ${pct(s.microF1)}   (target ≥ 0.90: ${target(s.microF1 >= 0.9)})`,
    `errors             ${s.errors}`, '',
    'category                     tp   fp   fn  precision  recall     F1',
    ...s.perCategory.map((c) => `${c.category.padEnd(27)} ${String(c.tp).padStart(3)}  ${String(c.fp).padStart(3)}  ${String(c.fn).padStart(3)}     ${pct(c.precision)}   ${pct(c.recall)}  ${pct(c.f1)}`),
  ];
  if (withMistakes) lines.push('', `${s.mistakes.length} cases differ:`, ...s.mistakes);
  return lines.join('\n');
}

/** The headline figures for each pack's cases, so that a weak pack is not hidden by the others. */
export function formatPackTable(cases: readonly EvalCase[], outputs: readonly CaseLine[]): string {
  const packs = [...new Set(cases.map((c) => c.pack ?? '-'))];
  const rows = packs.map((pack) => {
    const idx = cases.flatMap((c, i) => ((c.pack ?? '-') === pack ? [i] : []));
    const s = scoreCases(idx.map((i) => cases[i]!), idx.map((i) => outputs[i]!));
    return `${pack.padEnd(16)} ${String(s.total).padStart(5)}   ${pct(s.verdictAccuracy)}      ${pct(s.blockRecall)}      ${pct(s.falseBlockRate)}     ${pct(s.microF1)}`;
  });
  return ['pack             cases   verdict   block rec.   false bl.   micro-F1', ...rows].join('\n');
}
