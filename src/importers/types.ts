import type { Readable } from 'node:stream';

/** One thing a person did on a platform, as read from their archive export. */
export interface ArchiveItem {
  /** The platform's id, or a stable index when the export has none. */
  id: string;
  action: 'post' | 'comment' | 'reply' | 'share' | 'like' | 'message';
  text: string;
  /** ISO 8601 with an offset. */
  at?: string;
  platform: string;
  /** The liked or shared content, when the archive has it. */
  targetText?: string;
  url?: string;
  /** The file (and record within it) the item came from. */
  source: string;
}

export const ARCHIVE_FORMATS = [
  'twitter', 'facebook', 'instagram', 'mastodon', 'linkedin', 'bluesky', 'csv', 'jsonl',
] as const;
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

export interface OpenArchiveOptions {
  /** Skip detection and read the archive as this format. */
  format?: ArchiveFormat;
  /** Called as bytes are read, so that a caller can draw a progress bar. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** A file of an archive, whether it sits in a folder, in a zip or alone. */
export interface ArchiveFile {
  /** Path inside the archive, with `/` separators (the base name for a lone file). */
  readonly relPath: string;
  /** How reports name the file: the archive argument joined with `relPath`. */
  readonly displayPath: string;
  /** Uncompressed size in bytes. */
  readonly size: number;
  open(): Promise<Readable>;
}

/** Reads one file of an archive into items. */
export type FileReader = (file: ArchiveFile) => AsyncIterable<ArchiveItem>;

/** Input that cannot be read: the message names the file and what is wrong with it. */
export class ArchiveError extends Error {
  override readonly name = 'ArchiveError';
  constructor(readonly file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
  }
}

export function isArchiveFormat(value: string): value is ArchiveFormat {
  return (ARCHIVE_FORMATS as readonly string[]).includes(value);
}
