import { streamJsonElements } from '../json/stream-elements.js';
import { fromEpochSeconds } from '../text/dates.js';
import { repairMojibakeDeep } from '../text/mojibake.js';
import type { ArchiveFile, ArchiveItem } from '../types.js';
import { arrayField, compact, isObject, objectField, stringField, type JsonObject } from './fields.js';

function firstMedia(entry: JsonObject): JsonObject {
  const media = arrayField(entry, 'media')[0];
  return isObject(media) ? media : {};
}

function postToItem(entry: JsonObject, file: ArchiveFile, index: number): ArchiveItem {
  // A carousel carries its caption and date on the post; a single photo only on its media.
  const media = firstMedia(entry);
  return compact({
    id: `${file.relPath}#${index + 1}`,
    action: 'post',
    text: stringField(entry, 'title') || stringField(media, 'title') || '',
    at: fromEpochSeconds(entry.creation_timestamp ?? media.creation_timestamp),
    platform: 'instagram',
    source: `${file.displayPath}#${index + 1}`,
  } satisfies ArchiveItem);
}

/** Reads `content/posts_1.json` (older exports: `media/posts_1.json`), a top-level array. */
export async function* readInstagramPosts(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  for await (const { index, value } of streamJsonElements(await file.open(), file.displayPath)) {
    if (isObject(value)) yield postToItem(repairMojibakeDeep(value), file, index);
  }
}

/** `string_map_data` holds labelled values: `{"Comment": {"value": "…"}, "Time": {"timestamp": …}}`. */
function labelled(entry: JsonObject, label: string): JsonObject {
  const map = objectField(entry, 'string_map_data') ?? {};
  return objectField(map, label) ?? {};
}

function commentToItem(entry: JsonObject, file: ArchiveFile, index: number): ArchiveItem {
  const owner = stringField(labelled(entry, 'Media Owner'), 'value');
  return compact({
    id: `${file.relPath}#${index + 1}`,
    action: 'comment',
    text: stringField(labelled(entry, 'Comment'), 'value') ?? '',
    at: fromEpochSeconds(labelled(entry, 'Time').timestamp),
    platform: 'instagram',
    url: owner ? `https://www.instagram.com/${owner}/` : undefined,
    source: `${file.displayPath}#${index + 1}`,
  } satisfies ArchiveItem);
}

/**
 * Reads `comments/post_comments_1.json` (a top-level array) and the older
 * `post_comments.json` / `reels_comments.json` (`{"comments_media_comments": [...]}`).
 */
export async function* readInstagramComments(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const keys = ['comments_media_comments', 'comments_reels_comments'];
  for await (const { index, value } of streamJsonElements(await file.open(), file.displayPath, keys)) {
    if (isObject(value)) yield commentToItem(repairMojibakeDeep(value), file, index);
  }
}
