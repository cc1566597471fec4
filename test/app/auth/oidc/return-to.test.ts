import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../../../src/app/auth/oidc/return-to.js';

describe('safeReturnTo: where a browser may land after signing in', () => {
  it('keeps a path of this site, with its query and fragment; defaults to /', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('')).toBe('/');
    expect(safeReturnTo('/checks?mine=1#top')).toBe('/checks?mine=1#top');
    expect(safeReturnTo('/a/../b')).toBe('/b');
  });

  it('refuses anything a browser could read as another site', () => {
    for (const wanted of [
      'https://evil.example/', '//evil.example', '///evil.example', '/\\evil.example', '\\\\evil.example',
      '/\t/evil.example', '/\n/evil.example', 'javascript:alert(1)', 'evil.example', `/${'a'.repeat(2_001)}`,
    ]) expect(safeReturnTo(wanted), JSON.stringify(wanted)).toBeNull();
  });
});
