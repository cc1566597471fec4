import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ArchiveError, type ArchiveFile } from '../types.js';

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error) reject(new ArchiveError(path, `not a readable zip file: ${error.message}`, { cause: error }));
      else resolve(zip);
    });
  });
}

function readEntries(zip: yauzl.ZipFile, path: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      // Folders end with a slash and hold no data.
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new ArchiveError(path, `broken zip: ${error.message}`, { cause: error })));
    zip.readEntry();
  });
}

/**
 * Lists the files of a zip from its central directory, without inflating anything;
 * each file is inflated as a stream only when a reader opens it.
 */
export async function listZip(zipPath: string, displayName: string): Promise<{ files: ArchiveFile[]; close(): void }> {
  const zip = await openZip(zipPath);
  const entries = await readEntries(zip, zipPath);
  const files = entries.map((entry): ArchiveFile => ({
    relPath: entry.fileName,
    displayPath: `${displayName}/${entry.fileName}`,
    size: entry.uncompressedSize,
    open: () => new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) reject(new ArchiveError(`${displayName}/${entry.fileName}`, `cannot inflate: ${error.message}`, { cause: error }));
        else resolve(stream);
      });
    }),
  }));
  return { files, close: () => zip.close() };
}
