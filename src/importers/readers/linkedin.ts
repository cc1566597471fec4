import { createInterface } from 'node:readline';
import { normalizeDate } from '../text/dates.js';
import { ArchiveError, type ArchiveFile, type ArchiveItem } from '../types.js';
import { pickColumn, streamCsvRecords } from './csv-records.js';
import { compact } from './fields.js';

/**
 * LinkedIn wraps every line of a multi-line post in its own quotes, so after a standard
 * CSV parse the text reads `line one"\n"line two"\n""\n"line three`. When every line
 * boundary shows that pattern, the stray quotes are removed; any other text is kept as is.
 */
export function repairLinkedInLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  const last = lines.length - 1;
  const wrapped = lines.every((line, i) =>
    (i === 0 || line.startsWith('"')) && (i === last || line.endsWith('"')) && (i === 0 || i === last || line.length >= 2));
  if (!wrapped) return text;
  return lines.map((line, i) => line.slice(i === 0 ? 0 : 1, i === last ? line.length : -1)).join('\n');
}

/** Reads `Shares.csv` (or `Shares_<id>.csv`): one record per post. */
export async function* readLinkedInShares(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  let index = 0;
  for await (const { line, fields } of streamCsvRecords(await file.open(), file.displayPath)) {
    const commentary = pickColumn(fields, ['ShareCommentary', 'Commentary', 'Content', 'Text']);
    if (commentary === undefined) {
      throw new ArchiveError(file.displayPath, `line ${line}: no ShareCommentary column (columns: ${Object.keys(fields).join(', ')})`);
    }
    const text = repairLinkedInLines(commentary);
    const sharedUrl = pickColumn(fields, ['SharedUrl']) || undefined;
    yield compact({
      id: pickColumn(fields, ['ShareLink']) || String(index),
      // With no words of their own, a share of a link is spreading someone else's content.
      action: !text && sharedUrl ? 'share' : 'post',
      text,
      at: normalizeDate(pickColumn(fields, ['Date'])),
      platform: 'linkedin',
      url: pickColumn(fields, ['ShareLink']) || sharedUrl,
      source: `${file.displayPath}:${line}`,
    } satisfies ArchiveItem);
    index++;
  }
}

/** A LinkedIn comment record starts with its date and the link of the post commented on. */
const RECORD_START = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),("?)(https?:\/\/[^,"]*)\2,(.*)$/;

function unquoteMessage(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const inner = raw.endsWith('"') && raw.length >= 2 ? raw.slice(1, -1) : raw.slice(1);
  // LinkedIn escapes quotes as \" in this file; standard CSV doubling also appears.
  return inner.replace(/\\"/g, '"').replace(/""/g, '"');
}

/**
 * Reads `Comments.csv`. Its quotes are escaped `\"` instead of `""`, which breaks CSV
 * parsers, so records are split where a line starts with a date and a LinkedIn link.
 */
export async function* readLinkedInComments(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const lines = createInterface({ input: await file.open(), crlfDelay: Infinity });
  let lineNumber = 0;
  let current: { start: number; date: string; link: string; message: string[] } | undefined;
  const toItem = (record: NonNullable<typeof current>): ArchiveItem => compact({
    id: `${record.link}#${record.date}`,
    action: 'comment',
    text: unquoteMessage(record.message.join('\n')),
    at: normalizeDate(record.date),
    platform: 'linkedin',
    url: record.link,
    source: `${file.displayPath}:${record.start}`,
  } satisfies ArchiveItem);
  for await (const line of lines) {
    lineNumber++;
    if (lineNumber === 1) {
      if (!/date/i.test(line) || !/message/i.test(line)) {
        throw new ArchiveError(file.displayPath, `line 1: expected a "Date,Link,Message" header, found "${line.slice(0, 60)}"`);
      }
      continue;
    }
    const start = RECORD_START.exec(line);
    if (start) {
      if (current) yield toItem(current);
      current = { start: lineNumber, date: start[1] ?? '', link: start[3] ?? '', message: [start[4] ?? ''] };
    } else if (current) {
      current.message.push(line);
    } else if (line.trim()) {
      throw new ArchiveError(file.displayPath, `line ${lineNumber}: expected a record starting "YYYY-MM-DD HH:MM:SS,https://…"`);
    }
  }
  if (current) yield toItem(current);
}
