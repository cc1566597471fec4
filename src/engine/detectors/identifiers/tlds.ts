/**
 * Top-level domains accepted for a bare host name written without `http://` or `www.` (IANA root zone).
 * The list is deliberately short: generic TLDs people write in posts and the country codes of the
 * regions Postwise serves and their neighbours. File extensions (`.pdf`, `.md`, `.py`) stay out, so
 * "report.pdf" is not a link.
 */
export const BARE_HOST_TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'io', 'app', 'dev', 'ai', 'me', 'tv', 'ly',
  'co', 'site', 'online', 'blog', 'news', 'health', 'care', 'social', 'club', 'shop', 'store', 'xyz', 'link',
  'ca', 'uk', 'us', 'eu', 'fr', 'be', 'ch', 'de', 'ie', 'il', 'in', 'au', 'nz', 'es', 'it', 'nl', 'pt', 'se',
  'no', 'dk', 'fi', 'pl', 'at', 'br', 'mx', 'jp', 'cn', 'kr', 'za', 'ng', 'ph', 'gg', 'je', 'im',
  'quebec', 'wales', 'cymru', 'london', 'scot', 'nhs',
]);
