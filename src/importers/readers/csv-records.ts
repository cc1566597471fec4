import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { iteratePipeline } from '../json/stream-elements.js';
import { ArchiveError } from '../types.js';

export interface CsvRecord {
  /** Line of the file where the record starts, from 1 (the header is line 1). */
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Streams the records of a CSV file with a header row, keyed by column name. Quoted fields
 * may span lines. Rows with a wrong number of fields are reported, not silently padded.
 */
export async function* streamCsvRecords(input: Readable, displayPath: string): AsyncGenerator<CsvRecord> {
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map((name) => name.trim()),
    skip_empty_lines: true,
    info: true,
  });
  let previousEnd = 1;
  try {
    for await (const row of iteratePipeline<{ record: Record<string, string>; info: { lines: number } }>([input, parser])) {
      yield { line: previousEnd + 1, fields: row.record };
      previousEnd = row.info.lines;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as Partial<CsvError>).code;
    const hint = code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' ? ' (a quote may be unbalanced)' : '';
    throw new ArchiveError(displayPath, `invalid CSV: ${reason}${hint}`, { cause: error });
  }
}

/** Looks a column up by name, ignoring case; returns the first of `names` present. */
export function pickColumn(fields: Readonly<Record<string, string>>, names: readonly string[]): string | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  for (const name of wanted) {
    for (const [column, value] of Object.entries(fields)) {
      if (column.toLowerCase() === name) return value;
    }
  }
  return undefined;
}
