import pc from 'picocolors';
import type { Finding, ScreeningResult } from '../../engine/index.js';

const VERDICT_LABEL: Record<string, (s: string) => string> = {
  allow: pc.green, warn: pc.yellow, needs_approval: pc.magenta, block: pc.red,
};

/** The text with each finding's words marked, so the person sees exactly what to change. */
function highlight(text: string, findings: readonly Finding[]): string {
  const spans = findings.flatMap((f) => (f.span ? [f.span] : [])).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out += text.slice(at, start) + pc.bold(pc.underline(pc.red(`[${text.slice(start, end)}]`)));
    at = end;
  }
  return out + text.slice(at);
}

/** A readable report: the verdict, the text with offending words marked, each clause and remedy. */
export function renderHuman(result: ScreeningResult, text: string | undefined): string {
  const lines = [`${pc.bold('Verdict:')} ${(VERDICT_LABEL[result.verdict] ?? pc.white)(result.verdict.replace('_', ' ').toUpperCase())}`];
  if (text && result.findings.some((f) => f.span)) lines.push('', highlight(text, result.findings));
  const seen = new Set<string>();
  for (const f of result.findings) {
    if (seen.has(f.rule)) continue;
    seen.add(f.rule);
    const words = f.span && text ? ` — "${text.slice(f.span[0], f.span[1])}"` : '';
    lines.push('', `${(VERDICT_LABEL[f.severity] ?? pc.white)(`● ${f.severity}`)} ${pc.bold(f.category)}${words}`,
      `  ${f.message}`,
      `  ${pc.dim(`§ ${f.clause.section}: “${f.clause.text}”`)}`,
      `  ${pc.cyan('What to do:')} ${f.remedy}${f.approver ? ` ${pc.dim(`(approver: ${f.approver})`)}` : ''}`);
  }
  if (result.findings.length === 0) lines.push('', 'Nothing in this activity goes against the policy.');
  return lines.join('\n');
}
