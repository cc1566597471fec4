import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** The service's configuration, parsed once at start-up by the composition root. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL connection string; absent means the embedded SQLite file under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** The 32-byte field-encryption key from `POSTWISE_KEY`; absent means the key file in `dataDir`. */
  readonly key: Buffer | undefined;
  /** Whether session cookies carry `Secure`; on by default, off only for plain-HTTP development. */
  readonly secureCookies: boolean;
  /** The site's public origin (`https://postwise.example.org`), for the OpenID Connect callback; absent: the request's own. */
  readonly publicUrl: string | undefined;
  /** `postwise serve` processes sharing the port (node:cluster); 1 serves from this process alone. */
  readonly workers: number;
}

/** Flags given on the command line; each one wins over its environment variable. */
export interface ConfigFlags {
  readonly port?: string | number | undefined;
  readonly host?: string | undefined;
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
  readonly workers?: string | number | undefined;
}

/** Thrown when one or more settings are invalid; `problems` lists every one of them. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const schema = z.object({
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65_535).default(3000)),
  HOST: z.preprocess(blankToUndefined, z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  ),
  POSTWISE_DATA_DIR: z.preprocess(blankToUndefined, z.string().min(1).default('./data')),
  POSTWISE_KEY: z.preprocess(
    blankToUndefined,
    z.string()
      .refine((s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length === 32, 'must be 32 bytes in base64')
      .transform((s) => Buffer.from(s, 'base64'))
      .optional(),
  ),
  POSTWISE_SECURE_COOKIES: z.preprocess(
    blankToUndefined,
    z.enum(['true', 'false', '1', '0']).default('true').transform((s) => s === 'true' || s === '1'),
  ),
  POSTWISE_PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/ }).transform((s) => new URL(s).origin).optional(),
  ),
  POSTWISE_WORKERS: z.preprocess(
    (v) => (v === 'auto' ? availableParallelism() : blankToUndefined(v)),
    z.coerce.number().int().min(1).max(64).default(1),
  ),
});

/**
 * Parses the configuration from environment variables and flags, listing every invalid
 * variable at once rather than stopping at the first.
 *
 * @example
 * const config = parseConfig(process.env, { port: '8080' });
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, flags: ConfigFlags = {}): Config {
  const input = {
    PORT: flags.port ?? env.PORT,
    HOST: flags.host ?? env.HOST,
    DATABASE_URL: flags.databaseUrl ?? env.DATABASE_URL,
    POSTWISE_DATA_DIR: flags.dataDir ?? env.POSTWISE_DATA_DIR,
    POSTWISE_KEY: env.POSTWISE_KEY,
    POSTWISE_SECURE_COOKIES: env.POSTWISE_SECURE_COOKIES,
    POSTWISE_PUBLIC_URL: env.POSTWISE_PUBLIC_URL,
    POSTWISE_WORKERS: flags.workers ?? env.POSTWISE_WORKERS,
  };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // Never echo the value: POSTWISE_KEY and DATABASE_URL may hold secrets.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.POSTWISE_DATA_DIR,
    key: c.POSTWISE_KEY,
    secureCookies: c.POSTWISE_SECURE_COOKIES,
    publicUrl: c.POSTWISE_PUBLIC_URL,
    workers: c.POSTWISE_WORKERS,
  };
}
