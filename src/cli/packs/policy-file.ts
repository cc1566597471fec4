import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where a pack's policy text is: the file given, else `policy.source` beside the pack file, in
 * `POSTWISE_POLICIES_DIR`, or in `../shared/policies` (the repository's layout). Returns the places
 * looked in when it is nowhere.
 */
export function findPolicyFile(packFile: string, source: string, given?: string): { file: string } | { lookedIn: string[] } {
  if (given !== undefined) return existsSync(given) ? { file: resolve(given) } : { lookedIn: [resolve(given)] };
  const dirs = [dirname(packFile), process.env.POSTWISE_POLICIES_DIR, resolve('../shared/policies')].filter((d): d is string => Boolean(d));
  const candidates = dirs.map((dir) => join(dir, source));
  const file = candidates.find((c) => existsSync(c));
  return file ? { file } : { lookedIn: candidates };
}
