import type { DemoReport } from '../../app/demo/create-demo.js';

/** Quotes a value for a POSIX shell. */
const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
}

/**
 * What `postwise demo` prints: the organizations, a table of who signs in with what, the address
 * of the API and a curl example. Passwords set by an earlier run are not known: it says how to get new ones.
 */
export function renderDemo(report: DemoReport, baseUrl: string): string {
  const out: string[] = [];
  const people = report.organizations.flatMap((o) => o.people.map((p) => ({ org: o.slug, ...p })));
  const shown = people.filter((p) => p.password !== null);
  for (const o of report.organizations) {
    const what = o.created ? 'created' : o.clientsAdded > 0 || o.workflowsSeeded ? 'completed' : 'exists already';
    out.push(`${o.slug.padEnd(20)} ${o.packId.padEnd(15)} ${what.padEnd(15)} ${o.name}`);
  }
  out.push('');
  if (shown.length === 0) {
    out.push('The demo exists already; its passwords were shown when it was created.',
      'Run `postwise demo --reset` to give its people new passwords.');
    return `${out.join('\n')}\n`;
  }
  out.push(...table([
    ['organization', 'email', 'role', 'password'],
    ...people.map((p) => [p.org, p.email, `${p.role}${p.admin ? ' (admin)' : ''}`, p.password ?? '(unchanged)']),
  ]));
  const first = shown.find((p) => p.admin) ?? shown[0];
  if (first) {
    const body = JSON.stringify({ organization: first.org, email: first.email, password: first.password });
    out.push('', `Sign in at ${baseUrl} (start the server with \`postwise serve\`; API docs at ${baseUrl}/api/docs):`,
      `  curl -c cookies.txt -H 'content-type: application/json' -d ${shellQuote(body)} ${baseUrl}/api/auth/sign-in`,
      `  curl -b cookies.txt ${baseUrl}/api/auth/session`,
      '', 'These passwords are shown once; `postwise demo --reset` sets new ones.');
  }
  return `${out.join('\n')}\n`;
}
