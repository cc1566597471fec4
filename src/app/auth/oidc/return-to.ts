/** Where a browser goes after signing in when it asked for nothing else. */
export const DEFAULT_RETURN_TO = '/';

/**
 * The path to send a browser to after signing in, or null when `wanted` could lead off this
 * site. Only a relative path of this origin passes: no scheme, no host, no protocol-relative
 * `//host`, no backslashes (browsers read `/\host` as `//host`), no control characters.
 */
export function safeReturnTo(wanted: string | undefined): string | null {
  if (wanted === undefined || wanted === '') return DEFAULT_RETURN_TO;
  // eslint-disable-next-line no-control-regex
  if (wanted.length > 2_000 || !wanted.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(wanted)) return null;
  if (wanted.startsWith('//')) return null;
  const base = 'https://postwise.invalid';
  const url = new URL(wanted, base);
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
