import { createHash } from 'node:crypto';

/** The `prev_hash` of each organization's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an entry that its hash covers: everything but the hash itself. */
export interface ChainedFields {
  readonly orgId: string;
  readonly seq: number;
  readonly id: string;
  readonly kind: string;
  readonly actorId: string | null;
  readonly subjectId: string | null;
  /** The details as stored: canonical JSON text. */
  readonly data: string;
  readonly at: string;
  readonly prevHash: string;
}

/**
 * JSON with object keys sorted at every depth and no whitespace, so that the same value
 * always yields the same text (and hash) whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`not JSON: ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) over the canonical JSON of an entry, which includes the previous entry's hash. */
export function hashEntry(fields: ChainedFields): string {
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}
