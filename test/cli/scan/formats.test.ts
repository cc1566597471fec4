import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runScan, tempPath } from './run-scan.js';

const POSTS = `${FIXTURES}posts.jsonl`;
const CONTEXT = `${FIXTURES}context.json`;

async function report(format: string): Promise<string> {
  const output = await tempPath(`report.${format}`);
  const { code } = await runScan([POSTS, '--pack', 'valoris', '--context', CONTEXT, '--format', format, '--output', output]);
  expect(code).toBe(1);
  return readFile(output, 'utf8');
}

interface JsonReport {
  summary: { total: number; byVerdict: Record<string, number>; worst: { id: string; verdict: string }[] };
  posts: { id: string; verdict: string; source: string; findings: { category: string; span?: [number, number] }[] }[];
}

describe('scan report formats (real engine, Valoris pack)', () => {
  it('json: a summary and the flagged posts, worst verdict first', async () => {
    const parsed = JSON.parse(await report('json')) as JsonReport;
    expect(parsed.summary.total).toBe(4);
    expect(parsed.summary.byVerdict.allow).toBe(1);
    expect(parsed.posts.map((post) => post.id)).not.toContain('p3');
    const ranks = parsed.posts.map((post) => ['warn', 'needs_approval', 'block'].indexOf(post.verdict));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(parsed.summary.worst[0]?.verdict).toBe('block');
  });

  it('csv: one row per finding, with a BOM and a header, and formulas defused', async () => {
    const csv = await report('csv');
    const [header] = csv.split('\r\n');
    expect(header).toBe('\uFEFFverdict,severity,category,rule,approver,platform,action,at,id,url,source,span_start,span_end,matched,message,remedy,clause_section,clause_text,text');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('html: one self-contained file, every post text escaped', async () => {
    const html = await report('html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|@import|url\(/i);
    expect(html).toContain('&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("default-src 'none'");
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
