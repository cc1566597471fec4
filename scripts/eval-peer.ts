/**
 * Scores the identifier recognizers on Microsoft Presidio's recognizer test vectors
 * (shared/eval/peer/presidio-recognizers.jsonl, MIT licence, provenance in its README).
 *
 * Every record runs through the full `findIdentifiers` (all kinds, overlaps resolved), so the
 * figures include what deduplication costs. An expected span counts as found when a hit of the
 * entity's kinds has the same span after trimming both: whitespace (Presidio's NINO pattern takes a
 * leading space) and enclosing quotes (its URL pattern takes the quotes around a link).
 *
 * Run: npx tsx scripts/eval-peer.ts [file]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findIdentifiers, type IdentifierKind } from '../src/engine/detectors/identifiers/index.js';

interface PeerRecord {
  entity: string;
  text: string;
  spans: Array<[number, number]>;
}

export interface PeerEntityScore {
  entity: string;
  /** Our kinds that answer for the entity; empty when the entity is out of scope. */
  kinds: readonly IdentifierKind[];
  note?: string;
  records: number;
  expected: number;
  found: number;
  /** found / expected; null when the entity is not applicable. */
  recall: number | null;
  negatives: number;
  /** Hits of the entity's kinds on records upstream expects to have none. */
  falsePositives: number;
  /** Expected spans not found, for reading. */
  missed: string[];
  /** Hits of the entity's kinds on negative records, for reading. */
  falsePositiveValues: string[];
}

export interface PeerReport {
  file: string;
  entities: PeerEntityScore[];
}

const KINDS_BY_ENTITY: Readonly<Record<string, readonly IdentifierKind[]>> = {
  EMAIL_ADDRESS: ['email'],
  PHONE_NUMBER: ['phone'],
  CREDIT_CARD: ['credit-card'],
  IP_ADDRESS: ['ip-address'],
  URL: ['url'],
  UK_NHS: ['nhs-number'],
  UK_NINO: ['uk-nino'],
  DATE_TIME: ['date', 'date-of-birth'],
  IBAN_CODE: ['iban'],
  CA_SIN: ['ca-sin'],
  UK_POSTCODE: ['uk-postcode'],
  PERSON: [],
};

const NOT_APPLICABLE: Readonly<Record<string, string>> = {
  PERSON: 'not applicable: names come from the roster',
};

const QUOTES = /^(["'“‘«])(.*)(["'”’»])$/su;

/** Trims whitespace and one pair of enclosing quotes, moving the offsets with the text. */
function trimSpan(text: string, [start, end]: [number, number]): string {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  const quoted = QUOTES.exec(text.slice(s, e));
  if (quoted !== null) { s++; e--; }
  return `${s}:${e}`;
}

function readRecords(file: string): PeerRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PeerRecord);
}

function emptyScore(entity: string): PeerEntityScore {
  const kinds = KINDS_BY_ENTITY[entity] ?? [];
  const note = NOT_APPLICABLE[entity] ?? (kinds.length === 0 ? 'not mapped to an identifier kind' : undefined);
  return { entity, kinds, ...(note ? { note } : {}), records: 0, expected: 0, found: 0, recall: null, negatives: 0,
    falsePositives: 0, missed: [], falsePositiveValues: [] };
}

export function scorePeerVectors(file: string): PeerReport {
  const scores = new Map<string, PeerEntityScore>();
  for (const record of readRecords(file)) {
    const score = scores.get(record.entity) ?? emptyScore(record.entity);
    scores.set(record.entity, score);
    score.records++;
    if (score.kinds.length === 0) {
      score.expected += record.spans.length;
      continue;
    }
    const hits = findIdentifiers(record.text).filter((hit) => score.kinds.includes(hit.kind));
    if (record.spans.length === 0) {
      score.negatives++;
      score.falsePositives += hits.length;
      score.falsePositiveValues.push(...hits.map((hit) => `${hit.value} (in ${JSON.stringify(record.text)})`));
      continue;
    }
    const foundSpans = new Set(hits.map((hit) => trimSpan(record.text, hit.span)));
    for (const span of record.spans) {
      score.expected++;
      if (foundSpans.has(trimSpan(record.text, span))) score.found++;
      else score.missed.push(`${record.text.slice(span[0], span[1])} (in ${JSON.stringify(record.text)})`);
    }
  }
  const entities = [...scores.values()].map((s) => ({ ...s, recall: s.kinds.length === 0 || s.expected === 0 ? null : s.found / s.expected }));
  return { file, entities };
}

/** Prints the per-entity recall table, then every miss and false positive. */
export function printPeerTable(report: PeerReport): void {
  const rows = report.entities.map((s) => [
    s.entity, s.kinds.join(', ') || '-', String(s.records), String(s.expected),
    s.recall === null ? '-' : String(s.found), s.recall === null ? s.note ?? '-' : s.recall.toFixed(3),
    String(s.negatives), s.recall === null ? '-' : String(s.falsePositives),
  ]);
  const header = ['entity', 'kinds', 'records', 'expected', 'found', 'recall', 'negatives', 'false pos.'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const s of report.entities) {
    for (const missed of s.missed) console.log(`missed ${s.entity}: ${missed}`);
    for (const fp of s.falsePositiveValues) console.log(`false positive ${s.entity}: ${fp}`);
  }
}

export const DEFAULT_PEER_FILE = resolve(import.meta.dirname, '../../shared/eval/peer/presidio-recognizers.jsonl');

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printPeerTable(scorePeerVectors(process.argv[2] ?? DEFAULT_PEER_FILE));
}
