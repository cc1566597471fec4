import { VERDICTS } from '../../engine/contract/enums.js';
import { groupFindings, segmentBySpans, VERDICT_LABEL } from './highlight.js';
import { REPORT_CSS } from './html-style.js';
import type { Renderer, ScanSummary, ScreenedPost } from './types.js';

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A stable anchor for a post, from its source (FNV-1a), so the summary can link to it. */
function anchor(post: ScreenedPost): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < post.item.source.length; i++) hash = Math.imul(hash ^ post.item.source.charCodeAt(i), 0x01000193);
  return `post-${(hash >>> 0).toString(16)}`;
}

function badge(verdict: keyof typeof VERDICT_LABEL): string {
  return `<span class="badge ${verdict}">${VERDICT_LABEL[verdict]}</span>`;
}

/** Only web links are made clickable; anything else (javascript:, data:) stays text. */
function link(url: string | undefined): string {
  if (!url) return '';
  return /^https?:\/\//i.test(url) ? ` · <a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(url)}</a>` : ` · ${escapeHtml(url)}`;
}

function head(summary: ScanSummary): string {
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Postwise scan: ${escapeHtml(summary.archive)}</title><style>${REPORT_CSS}</style></head><body><main>\n`;
}

function summaryHtml(summary: ScanSummary): string {
  const cards = [...VERDICTS].reverse()
    .map((verdict) => `<div class="card ${verdict}"><strong>${summary.byVerdict[verdict]}</strong>${VERDICT_LABEL[verdict]}</div>`).join('');
  const categories = Object.entries(summary.byCategory).sort((a, b) => b[1] - a[1])
    .map(([category, n]) => `<tr><td>${escapeHtml(category)}</td><td class="n">${n}</td></tr>`).join('');
  const kinds = Object.entries(summary.byKind).map(([kind, n]) => `${n} ${escapeHtml(kind)}`).join(', ');
  const worst = summary.worst.slice(0, 10).map((post) => `<li>${badge(post.result.verdict)} <a href="#${anchor(post)}">${escapeHtml(post.item.platform)} ${escapeHtml(post.item.action)}${post.item.at ? ` of ${escapeHtml(post.item.at.slice(0, 10))}` : ''}</a>: ${escapeHtml([...new Set(post.result.findings.map((f) => f.category))].join(', '))}</li>`).join('');
  const problems = summary.problemCount === 0 ? '' : `<h2 class="problems">${summary.problemCount} items could not be screened</h2><ul>${summary.problems.map((p) => `<li>${escapeHtml(p.source)}: ${escapeHtml(p.message)}</li>`).join('')}</ul>`;
  return `<h1>Social media screening report</h1>
<p class="meta">Archive <strong>${escapeHtml(summary.archive)}</strong>, policy pack <strong>${escapeHtml(summary.pack)}</strong>, ${escapeHtml(summary.generatedAt)}</p>
<p class="meta">${summary.total} items read${kinds ? `: ${kinds}` : ''}</p>
<div class="cards">${cards}</div>
${categories ? `<h2>Categories</h2><table><thead><tr><th>Category</th><th>Posts</th></tr></thead><tbody>${categories}</tbody></table>` : ''}
${worst ? `<h2>Worst posts</h2><ol class="worst">${worst}</ol>` : ''}${problems}\n`;
}

function postHtml(post: ScreenedPost): string {
  const { item, result } = post;
  const own = Boolean(item.text);
  const body = segmentBySpans(own ? item.text : item.targetText ?? '', own ? result.findings : [])
    .map((segment) => (segment.marked ? `<mark>${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text))).join('');
  const findings = groupFindings(item.text, result.findings).map(({ finding, matches }) => `<li>${badge(finding.severity)} <strong>${escapeHtml(finding.category)}</strong>${finding.approver ? ` (approval: ${escapeHtml(finding.approver)})` : ''}${matches.length > 0 ? ` [${matches.map((words) => `<mark>${escapeHtml(words)}</mark>`).join(', ')}]` : ''}: ${escapeHtml(finding.message)}
<div class="remedy">${escapeHtml(finding.remedy)}</div><div class="clause">${escapeHtml(finding.clause.pack)} § ${escapeHtml(finding.clause.section)}: “${escapeHtml(finding.clause.text)}”</div></li>`).join('');
  return `<article class="${result.verdict}" id="${anchor(post)}"><div>${badge(result.verdict)} ${escapeHtml(item.platform)} ${escapeHtml(item.action)}${item.at ? ` · ${escapeHtml(item.at)}` : ''}</div>
<div class="where">${escapeHtml(item.source)}${link(item.url)}</div>
${body ? `<blockquote${own ? '' : ' class="shared"'}>${body}</blockquote>` : ''}<ul class="findings">${findings}</ul></article>\n`;
}

/** One self-contained HTML file (inline CSS, no scripts, no external assets) for a manager to open. */
export const renderHtml: Renderer = async (report, sink) => {
  await sink.write(head(report.summary) + summaryHtml(report.summary));
  let first = true;
  for await (const post of report.flagged) {
    if (first) await sink.write('<h2>Findings, worst first</h2>\n');
    first = false;
    await sink.write(postHtml(post));
  }
  if (first) await sink.write('<h2>No findings</h2>\n');
  await sink.write('</main></body></html>\n');
};
