import type { Renderer, ScanSummary, ScreenedPost } from './types.js';

/** A flagged post as the JSON and HTML reports show it: the item's fields and the result. */
export function postRecord(post: ScreenedPost): Record<string, unknown> {
  return { ...post.item, verdict: post.result.verdict, findings: post.result.findings };
}

function summaryRecord(summary: ScanSummary): Record<string, unknown> {
  return { ...summary, worst: summary.worst.map(postRecord) };
}

/**
 * `{"summary": {...}, "posts": [...]}`, written post by post so that a report of any
 * size streams out. `posts` holds the flagged posts, worst verdict first.
 */
export const renderJson: Renderer = async (report, sink) => {
  await sink.write(`{"summary":${JSON.stringify(summaryRecord(report.summary))},\n"posts":[`);
  let separator = '\n';
  for await (const post of report.flagged) {
    await sink.write(`${separator}${JSON.stringify(postRecord(post))}`);
    separator = ',\n';
  }
  await sink.write('\n]}\n');
};
