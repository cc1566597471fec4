import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.js';

describe('parseConfig', () => {
  it('applies the defaults', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, dataDir: './data', key: undefined, secureCookies: true });
  });

  it('lets flags win over the environment', () => {
    const c = parseConfig({ PORT: '4000', POSTWISE_DATA_DIR: '/a' }, { port: '5000', dataDir: '/b' });
    expect(c.port).toBe(5000);
    expect(c.dataDir).toBe('/b');
  });

  it('decodes a 32-byte key', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(parseConfig({ POSTWISE_KEY: key }).key?.length).toBe(32);
  });

  it('lists every invalid variable at once, without echoing secrets', () => {
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', POSTWISE_KEY: 'c2VjcmV0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/POSTWISE_KEY/);
      expect(problems).not.toMatch(/c2VjcmV0/);
    }
  });
});
