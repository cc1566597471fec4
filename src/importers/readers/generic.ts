import { createInterface } from 'node:readline';
import { normalizeDate } from '../text/dates.js';
import { ArchiveError, type ArchiveFile, type ArchiveItem } from '../types.js';
import { pickColumn, streamCsvRecords } from './csv-records.js';
import { compact, isObject, stringField, type JsonObject } from './fields.js';

const ACTIONS: readonly ArchiveItem['action'][] = ['post', 'comment', 'reply', 'share', 'like', 'message'];

type Lookup = (names: readonly string[]) => string | undefined;

/** Builds an item from a flat record (a CSV row or a JSONL object) with a `text` field. */
function recordToItem(lookup: Lookup, where: string, index: number): ArchiveItem {
  const text = lookup(['text']);
  if (text === undefined) throw new Error('no "text" field');
  const action = (lookup(['action']) || 'post').toLowerCase();
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new Error(`unknown action "${action}" (expected one of ${ACTIONS.join(', ')})`);
  }
  const rawDate = lookup(['at', 'date', 'created_at', 'createdAt', 'timestamp']);
  const at = normalizeDate(rawDate);
  if (rawDate && !at) throw new Error(`unreadable date "${rawDate}" (use ISO 8601, e.g. 2026-11-21T10:15:00-05:00)`);
  return compact({
    id: lookup(['id']) || String(index + 1),
    action: action as ArchiveItem['action'],
    text,
    at,
    platform: lookup(['platform']) || 'unknown',
    targetText: lookup(['targetText', 'target_text']) || undefined,
    url: lookup(['url', 'link']) || undefined,
    source: where,
  } satisfies ArchiveItem);
}

/** Reads a plain CSV with a header row and a `text` column (others optional). */
export async function* readPlainCsv(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  let index = 0;
  for await (const { line, fields } of streamCsvRecords(await file.open(), file.displayPath)) {
    try {
      yield recordToItem((names) => pickColumn(fields, names), `${file.displayPath}:${line}`, index++);
    } catch (error) {
      const columns = Object.keys(fields).join(', ');
      throw new ArchiveError(file.displayPath, `line ${line}: ${(error as Error).message} (columns: ${columns})`);
    }
  }
}

function jsonLookup(object: JsonObject): Lookup {
  return (names) => {
    for (const name of names) {
      const value = stringField(object, name);
      if (value !== undefined) return value;
    }
    return undefined;
  };
}

/** Reads JSON Lines: one object per line with a `text` string; blank lines are skipped. */
export async function* readJsonLines(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const lines = createInterface({ input: await file.open(), crlfDelay: Infinity });
  let lineNumber = 0;
  let index = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      // Editors on Windows may start the file with a byte-order mark, which JSON.parse rejects.
      const value: unknown = JSON.parse(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line);
      if (!isObject(value)) throw new Error('expected a JSON object');
      if (typeof value.text !== 'string') throw new Error('no "text" string');
      yield recordToItem(jsonLookup(value), `${file.displayPath}:${lineNumber}`, index++);
    } catch (error) {
      throw new ArchiveError(file.displayPath, `line ${lineNumber}: ${(error as Error).message}`);
    }
  }
}
