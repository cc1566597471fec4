import { spanText } from './highlight.js';
import type { Renderer } from './types.js';

const COLUMNS = [
  'verdict', 'severity', 'category', 'rule', 'approver', 'platform', 'action', 'at', 'id', 'url', 'source',
  'span_start', 'span_end', 'matched', 'message', 'remedy', 'clause_section', 'clause_text', 'text',
] as const;

/**
 * Quotes a CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is prefixed with ' : posts are untrusted text.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per finding of every flagged post, worst verdict first. Starts with a UTF-8
 * byte-order mark, without which Excel reads accented names as Latin-1.
 */
export const renderCsv: Renderer = async (report, sink) => {
  await sink.write(`\uFEFF${COLUMNS.join(',')}\r\n`);
  for await (const { item, result } of report.flagged) {
    for (const finding of result.findings) {
      const row: Record<(typeof COLUMNS)[number], unknown> = {
        verdict: result.verdict, severity: finding.severity, category: finding.category, rule: finding.rule,
        approver: finding.approver, platform: item.platform, action: item.action, at: item.at, id: item.id,
        url: item.url, source: item.source, span_start: finding.span?.[0], span_end: finding.span?.[1],
        matched: spanText(item.text, finding), message: finding.message, remedy: finding.remedy,
        clause_section: finding.clause.section, clause_text: finding.clause.text, text: item.text || item.targetText,
      };
      await sink.write(`${COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`);
    }
  }
};
