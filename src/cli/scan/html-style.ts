/** The report's only styling, inlined so that the HTML file needs nothing else to display. */
export const REPORT_CSS = `
:root { --block: #b42318; --approval: #8e24aa; --warn: #b54708; --allow: #067647; --line: #d0d5dd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #101828; margin: 0; background: #f9fafb; }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 12px; }
.meta { color: #475467; margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 150px; }
.card strong { display: block; font-size: 26px; }
.card.block strong { color: var(--block); } .card.needs_approval strong { color: var(--approval); }
.card.warn strong { color: var(--warn); } .card.allow strong { color: var(--allow); }
table { border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; padding: 6px 12px; border-bottom: 1px solid var(--line); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
ol.worst li { margin-bottom: 6px; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px; font-weight: 600; letter-spacing: .02em; }
.badge.block { background: var(--block); } .badge.needs_approval { background: var(--approval); }
.badge.warn { background: var(--warn); } .badge.allow { background: var(--allow); }
article { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; padding: 12px 16px; margin-bottom: 12px; }
article.block { border-left-color: var(--block); } article.needs_approval { border-left-color: var(--approval); }
article.warn { border-left-color: var(--warn); }
.where { color: #475467; font-size: 13px; word-break: break-all; }
blockquote { white-space: pre-wrap; overflow-wrap: anywhere; margin: 8px 0; padding: 8px 12px; background: #f2f4f7; border-radius: 6px; }
blockquote.shared::before { content: "Shared: "; color: #475467; }
mark { background: #fee4e2; color: inherit; border-bottom: 2px solid var(--block); }
ul.findings { margin: 8px 0 0; padding-left: 20px; }
ul.findings li { margin-bottom: 8px; }
.remedy { color: #344054; } .clause { color: #475467; font-size: 13px; font-style: italic; }
.problems { color: var(--block); }
@media print { body { background: #fff; } article { break-inside: avoid; } }
`;
