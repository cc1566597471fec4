import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { ArchiveFile } from '../types.js';

function fileAt(absolute: string, relPath: string, displayPath: string, size: number): ArchiveFile {
  return {
    relPath,
    displayPath,
    size,
    open: () => Promise.resolve(createReadStream(absolute, { highWaterMark: 256 * 1024 })),
  };
}

/** Every file under `root`, depth first, in a stable (sorted) order; symlinks are not followed. */
export async function listFolder(root: string): Promise<ArchiveFile[]> {
  const files: ArchiveFile[] = [];
  async function walk(folder: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const entry of entries) {
      const absolute = join(folder, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else if (entry.isFile()) {
        const relPath = relative(root, absolute).split(sep).join('/');
        files.push(fileAt(absolute, relPath, join(root, relPath), (await stat(absolute)).size));
      }
    }
  }
  await walk(root);
  return files;
}

export async function singleFile(path: string): Promise<ArchiveFile> {
  return fileAt(path, basename(path), path, (await stat(path)).size);
}
