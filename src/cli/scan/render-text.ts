import pc from 'picocolors';
import { VERDICTS } from '../../engine/contract/enums.js';
import { groupFindings, segmentBySpans, VERDICT_LABEL } from './highlight.js';
import type { Renderer, ScanSummary, ScreenedPost } from './types.js';

type Colors = ReturnType<typeof pc.createColors>;

const EXCERPT = 280;

function verdictColor(colors: Colors, verdict: keyof typeof VERDICT_LABEL): (text: string) => string {
  return { allow: colors.green, warn: colors.yellow, needs_approval: colors.magenta, block: colors.red }[verdict];
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** Keeps a post on one line (newlines shown as ⏎) and its control characters out of the terminal. */
function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ⏎ ').replace(CONTROL, ' ');
}

function postHeading(post: ScreenedPost, colors: Colors): string {
  const { item, result } = post;
  const label = verdictColor(colors, result.verdict)(colors.bold(VERDICT_LABEL[result.verdict]));
  const when = item.at ? ` ${item.at.slice(0, 10)}` : '';
  return `${label}  ${item.platform} ${item.action}${when}  ${colors.dim(item.source)}`;
}

function excerpt(post: ScreenedPost, colors: Colors): string {
  const text = post.item.text || post.item.targetText || '';
  const segments = segmentBySpans(text, post.item.text ? post.result.findings : []);
  let shown = '';
  for (const segment of segments) {
    const room = EXCERPT - shown.length;
    if (room <= 0) break;
    const piece = oneLine(segment.text.slice(0, room));
    shown += segment.marked ? colors.bold(colors.underline(piece)) : piece;
  }
  const prefix = post.item.text ? '' : colors.dim('(shared) ');
  return `${prefix}${shown}${text.length > EXCERPT ? '…' : ''}`;
}

function summaryText(summary: ScanSummary, colors: Colors): string {
  const lines = [
    colors.bold(`Scan of ${summary.archive} against pack ${summary.pack}`),
    `${summary.total} items read (${Object.entries(summary.byKind).map(([kind, n]) => `${n} ${kind}`).join(', ')})`,
    '',
    colors.bold('Verdicts'),
    ...[...VERDICTS].reverse().map((verdict) => `  ${VERDICT_LABEL[verdict].padEnd(15)} ${summary.byVerdict[verdict]}`),
  ];
  const categories = Object.entries(summary.byCategory).sort((a, b) => b[1] - a[1]);
  if (categories.length > 0) {
    lines.push('', colors.bold('Categories (posts)'), ...categories.map(([category, n]) => `  ${category.padEnd(27)} ${n}`));
  }
  if (summary.problemCount > 0) {
    lines.push('', colors.bold(colors.red(`${summary.problemCount} items could not be screened`)),
      ...summary.problems.map((problem) => `  ${problem.source}: ${problem.message}`));
  }
  if (summary.worst.length > 0) {
    lines.push('', colors.bold('Worst posts'));
    summary.worst.slice(0, 10).forEach((post, i) => lines.push(`${String(i + 1).padStart(3)}. ${postHeading(post, colors)}`, `     ${excerpt(post, colors)}`));
  }
  return `${lines.join('\n')}\n`;
}

function postText(post: ScreenedPost, colors: Colors): string {
  const lines = [postHeading(post, colors), `  ${excerpt(post, colors)}`];
  if (post.item.url) lines.push(`  ${colors.dim(post.item.url)}`);
  for (const { finding, matches } of groupFindings(post.item.text, post.result.findings)) {
    const label = verdictColor(colors, finding.severity)(VERDICT_LABEL[finding.severity]);
    const approver = finding.approver ? ` (approval: ${finding.approver})` : '';
    const where = matches.length > 0 ? ` [${matches.map((words) => `“${oneLine(words)}”`).join(', ')}]` : '';
    lines.push(`  - ${label} ${colors.bold(finding.category)}${approver}${where}: ${oneLine(finding.message)}`);
    if (finding.remedy) lines.push(`      → ${oneLine(finding.remedy)}`);
    lines.push(colors.dim(`      ${finding.clause.pack} § ${finding.clause.section}: “${oneLine(finding.clause.text)}”`));
  }
  return `${lines.join('\n')}\n\n`;
}

/** A plain-text report for the terminal: summary first, then every flagged post. */
export const renderText: Renderer = async (report, sink, { color }) => {
  const colors = pc.createColors(color);
  await sink.write(summaryText(report.summary, colors));
  let first = true;
  for await (const post of report.flagged) {
    if (first) await sink.write(`\n${colors.bold('Findings, worst first')}\n\n`);
    first = false;
    await sink.write(postText(post, colors));
  }
  if (first) await sink.write('\nNo findings.\n');
};
