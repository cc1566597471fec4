import { foldText } from './fold.js';

/**
 * @handles: a roster entry's user names on the platforms. Written with or without the "@",
 * or as a profile address; compared folded, so "@Gemma_W" is "@gemma_w".
 */
export function normalizeHandle(handle: string): string {
  const folded = foldText(handle.trim());
  const lastSegment = folded.replace(/\/+$/, '').split('/').pop() ?? '';
  return lastSegment.replace(/^@+/, '').replace(/\.+$/, '');
}

const HANDLE_CHAR = /[a-z0-9_.]/;
const MAX_HANDLE_LENGTH = 64;

export interface HandleHit {
  readonly handle: string;
  readonly span: readonly [number, number];
}

/** Every "@name" in a folded text, except the "@domain" of an e-mail address. */
export function scanHandles(folded: string): HandleHit[] {
  const hits: HandleHit[] = [];
  let at = folded.indexOf('@');
  while (at !== -1) {
    const before = folded[at - 1] ?? ' ';
    let end = at + 1;
    while (end < folded.length && end - at <= MAX_HANDLE_LENGTH && HANDLE_CHAR.test(folded[end] ?? '')) end++;
    while (end > at + 1 && folded[end - 1] === '.') end--; // a sentence's full stop
    if (end > at + 1 && !/[a-z0-9_.]/.test(before)) {
      hits.push({ handle: folded.slice(at + 1, end), span: [at, end] });
    }
    at = folded.indexOf('@', end > at ? end : at + 1);
  }
  return hits;
}
