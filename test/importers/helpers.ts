import { fileURLToPath } from 'node:url';
import { openArchive, type ArchiveItem, type OpenArchiveOptions } from '../../src/importers/index.js';

export const SAMPLES = '/work/shared/eval/archives';
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export async function readAll(path: string, options?: OpenArchiveOptions): Promise<ArchiveItem[]> {
  const items: ArchiveItem[] = [];
  for await (const item of openArchive(path, options)) items.push(item);
  return items;
}

export function countBy(items: readonly ArchiveItem[], key: (item: ArchiveItem) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export const byAction = (items: readonly ArchiveItem[]) => countBy(items, (item) => item.action);
