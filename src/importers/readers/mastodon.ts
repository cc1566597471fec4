import { streamJsonElements } from '../json/stream-elements.js';
import { htmlToText } from '../text/html.js';
import { normalizeDate } from '../text/dates.js';
import type { ArchiveFile, ArchiveItem } from '../types.js';
import { compact, isObject, objectField, stringField, type JsonObject } from './fields.js';

function noteText(note: JsonObject): string {
  const body = htmlToText(stringField(note, 'content') ?? '');
  // A content warning (`summary`) is published text too, shown above the post.
  const warning = stringField(note, 'summary');
  return warning ? `${warning}\n\n${body}` : body;
}

function createToItem(activity: JsonObject, source: string, index: number): ArchiveItem | undefined {
  const note = objectField(activity, 'object');
  if (!note) return undefined;
  return compact({
    id: stringField(note, 'id') ?? stringField(activity, 'id') ?? String(index),
    action: stringField(note, 'inReplyTo') ? 'reply' : 'post',
    text: noteText(note),
    at: normalizeDate(stringField(note, 'published') ?? stringField(activity, 'published')),
    platform: 'mastodon',
    url: stringField(note, 'url') ?? stringField(note, 'id'),
    source: `${source}#${index + 1}`,
  } satisfies ArchiveItem);
}

function announceToItem(activity: JsonObject, source: string, index: number): ArchiveItem {
  // A boost's object is usually just the URL of someone else's post: there is no text to show.
  const object = activity.object;
  const boosted = isObject(object) ? object : undefined;
  return compact({
    id: stringField(activity, 'id') ?? String(index),
    action: 'share',
    text: '',
    targetText: boosted ? noteText(boosted) : undefined,
    at: normalizeDate(stringField(activity, 'published')),
    platform: 'mastodon',
    url: typeof object === 'string' ? object : boosted && stringField(boosted, 'id'),
    source: `${source}#${index + 1}`,
  } satisfies ArchiveItem);
}

/** Reads `outbox.json`: `Create` activities are posts and replies, `Announce` are boosts. */
export async function* readMastodonOutbox(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const elements = streamJsonElements(await file.open(), file.displayPath, ['orderedItems']);
  for await (const { index, value } of elements) {
    if (!isObject(value)) continue;
    const type = stringField(value, 'type');
    const item = type === 'Create' ? createToItem(value, file.displayPath, index)
      : type === 'Announce' ? announceToItem(value, file.displayPath, index)
        : undefined;
    if (item) yield item;
  }
}

/** Reads `likes.json`: only the URLs of the liked posts. */
export async function* readMastodonLikes(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  const elements = streamJsonElements(await file.open(), file.displayPath, ['orderedItems']);
  for await (const { index, value } of elements) {
    if (typeof value !== 'string') continue;
    yield { id: value, action: 'like', text: '', platform: 'mastodon', url: value, source: `${file.displayPath}#${index + 1}` };
  }
}
