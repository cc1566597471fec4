import { asLink, decodeBlock } from './car-blocks.js';

/** A repository record's place in the Merkle Search Tree: `collection/rkey` and its block. */
export interface RecordEntry {
  readonly key: string;
  readonly cid: string;
}

interface TreeEntry { p: number; k: Uint8Array; v: unknown; t: unknown }

const utf8 = new TextDecoder();

function isTreeNode(value: unknown): value is { l: unknown; e: TreeEntry[] } {
  return value !== null && typeof value === 'object' && Array.isArray((value as { e?: unknown }).e)
    && 'l' in value && !('$type' in value);
}

/**
 * Walks the Merkle Search Tree in key order. Each entry stores its key as the number of
 * bytes shared with the previous key (`p`) plus the rest (`k`), so keys are rebuilt as we go.
 * `nodes` maps a node's CID to its raw bytes; missing subtrees are skipped (partial exports).
 */
export function* walkTree(rootCid: string, nodes: ReadonlyMap<string, Uint8Array>): Generator<RecordEntry> {
  const visit = function* (cid: string): Generator<RecordEntry> {
    const bytes = nodes.get(cid);
    const node = bytes && decodeBlock(bytes);
    if (!isTreeNode(node)) return;
    const left = asLink(node.l);
    if (left) yield* visit(left);
    let previous = new Uint8Array(0);
    for (const entry of node.e) {
      const key = new Uint8Array(entry.p + entry.k.length);
      key.set(previous.subarray(0, entry.p));
      key.set(entry.k, entry.p);
      previous = key;
      const value = asLink(entry.v);
      if (value) yield { key: utf8.decode(key), cid: value };
      const right = asLink(entry.t);
      if (right) yield* visit(right);
    }
  };
  yield* visit(rootCid);
}

export function looksLikeTreeNode(bytes: Uint8Array): boolean {
  return isTreeNode(decodeBlock(bytes));
}
