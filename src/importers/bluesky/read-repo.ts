import { normalizeDate } from '../text/dates.js';
import { ArchiveError, type ArchiveFile, type ArchiveItem } from '../types.js';
import { compact } from '../readers/fields.js';
import { asLink, decodeBlock, openCar } from './car-blocks.js';
import { looksLikeTreeNode, walkTree } from './mst.js';

/** The collections screened, and the action each record is. */
const COLLECTIONS = new Set(['app.bsky.feed.post', 'app.bsky.feed.like', 'app.bsky.feed.repost']);

type RecordValue = Record<string, unknown>;

function atUriToWeb(uri: unknown): string | undefined {
  if (typeof uri !== 'string') return undefined;
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri);
  return match ? `https://bsky.app/profile/${match[1]}/post/${match[2]}` : uri;
}

function recordToItem(key: string, record: RecordValue, did: string, source: string): ArchiveItem {
  const [collection = '', rkey = ''] = key.split('/');
  const base = {
    id: `at://${did}/${key}`,
    text: '',
    at: normalizeDate(record.createdAt),
    platform: 'bluesky',
    source: `${source}#${key}`,
  };
  if (collection === 'app.bsky.feed.post') {
    return {
      ...base,
      action: record.reply ? 'reply' : 'post',
      text: typeof record.text === 'string' ? record.text : '',
      url: `https://bsky.app/profile/${did}/post/${rkey}`,
    };
  }
  const subject = record.subject as { uri?: unknown } | undefined;
  return { ...base, action: collection === 'app.bsky.feed.like' ? 'like' : 'share', url: atUriToWeb(subject?.uri) };
}

/** Pass 1: the commit and the tree nodes, kept as raw bytes (records are skipped). */
async function readTree(file: ArchiveFile): Promise<{ did: string; dataCid: string; nodes: Map<string, Uint8Array> }> {
  const { roots, blocks } = await openCar(await file.open());
  const rootCid = roots[0];
  if (!rootCid) throw new Error('the CAR header names no root commit');
  const nodes = new Map<string, Uint8Array>();
  let commit: RecordValue | undefined;
  for await (const block of blocks) {
    if (block.cid === rootCid) commit = decodeBlock(block.bytes) as RecordValue | undefined;
    else if (looksLikeTreeNode(block.bytes)) nodes.set(block.cid, block.bytes);
  }
  const dataCid = asLink(commit?.data);
  if (!commit || !dataCid || typeof commit.did !== 'string') {
    throw new Error('the root block is not a repository commit (no did or data)');
  }
  return { did: commit.did, dataCid, nodes };
}

/**
 * Reads a Bluesky repository export (`.car`, commit version 2 or 3). Posts become posts
 * and replies, likes and reposts become likes and shares; other collections and lexicons
 * are skipped. Two passes over the file: the tree first, then the records it names.
 */
export async function* readBlueskyRepo(file: ArchiveFile): AsyncGenerator<ArchiveItem> {
  let wanted: Map<string, string[]>;
  let did: string;
  try {
    const tree = await readTree(file);
    did = tree.did;
    wanted = new Map();
    for (const { key, cid } of walkTree(tree.dataCid, tree.nodes)) {
      if (!COLLECTIONS.has(key.split('/')[0] ?? '')) continue;
      wanted.set(cid, [...(wanted.get(cid) ?? []), key]);
    }
  } catch (error) {
    throw new ArchiveError(file.displayPath, `not a readable Bluesky repository: ${(error as Error).message}`, { cause: error });
  }
  try {
    const { blocks } = await openCar(await file.open());
    for await (const block of blocks) {
      const keys = wanted.get(block.cid);
      const record = keys && decodeBlock(block.bytes);
      if (!keys || record === null || typeof record !== 'object') continue;
      for (const key of keys) yield compact(recordToItem(key, record as RecordValue, did, file.displayPath));
    }
  } catch (error) {
    throw new ArchiveError(file.displayPath, `broken CAR file: ${(error as Error).message}`, { cause: error });
  }
}
