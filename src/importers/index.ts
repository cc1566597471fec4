import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { planReading, type PlannedFile } from './detect.js';
import { ByteCounter } from './progress.js';
import { listFolder, singleFile } from './source/filesystem.js';
import { listZip } from './source/zip.js';
import { ArchiveError, type ArchiveFile, type ArchiveItem, type OpenArchiveOptions } from './types.js';

export type { ArchiveFile, ArchiveFormat, ArchiveItem, OpenArchiveOptions } from './types.js';
export { ARCHIVE_FORMATS, ArchiveError, isArchiveFormat } from './types.js';

async function listArchive(path: string): Promise<{ files: ArchiveFile[]; close(): void }> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ArchiveError(path, error.code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${error.message}`);
  });
  if (info.isDirectory()) {
    const files = await listFolder(path).catch((error: Error) => {
      throw new ArchiveError(path, `cannot list the folder: ${error.message}`, { cause: error });
    });
    return { files, close: () => undefined };
  }
  if (/\.zip$/i.test(path)) return listZip(path, path);
  return { files: [await singleFile(path)], close: () => undefined };
}

/** Bytes the readers will stream; a Bluesky repository is read twice. */
function totalBytes(plan: readonly PlannedFile[]): number {
  return plan.reduce((sum, { file, format }) => sum + file.size * (format === 'bluesky' ? 2 : 1), 0);
}

/** Any failure while reading a file (EACCES, a corrupt zip entry) is reported with the file's name. */
async function* readingErrorsNamed(file: ArchiveFile, items: AsyncIterable<ArchiveItem>): AsyncGenerator<ArchiveItem> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(file.displayPath, `cannot read: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Streams the activity of an archive export: a folder, a `.zip` or a single file, of
 * X/Twitter, Facebook, Instagram, Mastodon, LinkedIn, Bluesky, plain CSV or JSONL.
 * Items are produced one at a time, so memory stays flat whatever the archive's size.
 * Unreadable input throws an `ArchiveError` naming the file and the problem.
 */
export async function* openArchive(path: string, options: OpenArchiveOptions = {}): AsyncGenerator<ArchiveItem> {
  const archive = await listArchive(path);
  try {
    const plan = planReading(archive.files, options.format);
    if (plan.length === 0) {
      const wanted = options.format ? `${options.format} files` : 'posts, comments or likes of a known export';
      throw new ArchiveError(path, `found no ${wanted} (looked at ${archive.files.length} file(s) in ${basename(path)})`);
    }
    const counter = new ByteCounter(totalBytes(plan), options.onProgress);
    for (const { file, read } of plan) {
      const counted: ArchiveFile = { ...file, open: async () => counter.wrap(await file.open()) };
      yield* readingErrorsNamed(file, read(counted));
    }
  } finally {
    archive.close();
  }
}
