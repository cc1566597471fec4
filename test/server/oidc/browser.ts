/**
 * A browser for tests: real HTTP (fetch) with redirects followed by hand and a cookie jar
 * per host and port, so a test can stop at any step, look, change a parameter and go on.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** The cookies this browser holds for an origin. */
  cookies(origin: string): ReadonlyMap<string, string> {
    return this.jar.get(new URL(origin).host) ?? new Map();
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const host = new URL(url).host;
    const cookies = [...(this.jar.get(host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'), redirect: 'manual',
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    this.store(host, response.headers.getSetCookie());
    return response;
  }

  private store(host: string, setCookies: readonly string[]): void {
    const jar = this.jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      // Cleared cookies: an empty value, Max-Age=0 or an expiry in 1970. Other expiry dates are
      // ignored: the server under test runs on a fixed clock, not on this machine's.
      const cleared = (a: string): boolean => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.UTC(2000, 0, 1));
      const gone = value === '' || attributes.some(cleared);
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(host, jar);
  }
}

/** Where a redirect leads, resolved against the URL that sent it. */
export function locationOf(response: Response, from: string): string {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect from ${from}, got ${response.status}: no Location`);
  return new URL(location, from).href;
}

/**
 * Signs in at the test provider as `login`: follows its redirects, fills its login and
 * consent forms (or cancels at the login form when `cancel`), and stops at the first redirect
 * to `until` (Postwise's callback), which it returns without following.
 */
export async function authorizeAt(browser: TestBrowser, authorizationUrl: string, login: string, until: string, cancel = false): Promise<string> {
  let url = authorizationUrl;
  for (let step = 0; step < 20; step += 1) {
    if (url.startsWith(until)) return url;
    const response = await browser.request(url);
    if (response.status >= 300 && response.status < 400) {
      url = locationOf(response, url);
      continue;
    }
    const html = await response.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (response.status !== 200 || !prompt) throw new Error(`the provider answered ${response.status} at ${url}: ${html.slice(0, 300)}`);
    const submitted = cancel
      ? await browser.request(`${url}/abort`)
      : await browser.request(url, { form: prompt === 'login' ? { prompt, login, password: 'any' } : { prompt } });
    url = locationOf(submitted, url);
  }
  throw new Error('the provider never redirected back');
}
