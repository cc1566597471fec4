import { COMMON_WORDS } from './common-words.js';

/** What a token sequence is, for one roster entry. */
export type Role = 'name' | 'alias' | 'first' | 'surname';

export interface Claim {
  /** Index of the entry in the compiled roster. */
  readonly entry: number;
  readonly role: Role;
}

/**
 * A trie over folded name tokens: one hash-map step per text token, so finding every name
 * that starts at a token costs at most the length of the longest name, whatever the roster size.
 */
export interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly claims: Claim[];
  /** The sequence of tokens leading here, space-joined. */
  readonly key: string;
  readonly depth: number;
  /** The entry index when every claim here is one person's; -1 when ambiguous or none. */
  soleOwner: number;
  /** Every token is an everyday word or two letters or less: needs name-like capitalization. */
  wordLike: boolean;
}

function newNode(key: string, depth: number): TrieNode {
  return { children: new Map(), claims: [], key, depth, soleOwner: -1, wordLike: false };
}

export function newTrie(): TrieNode {
  return newNode('', 0);
}

export function addSequence(root: TrieNode, tokens: readonly string[], claim: Claim): void {
  let node = root;
  for (const token of tokens) {
    let child = node.children.get(token);
    if (child === undefined) {
      child = newNode(node.depth === 0 ? token : `${node.key} ${token}`, node.depth + 1);
      node.children.set(token, child);
    }
    node = child;
  }
  const duplicate = node.claims.some((c) => c.entry === claim.entry && c.role === claim.role);
  if (!duplicate) node.claims.push(claim);
}

export function isWordLikeToken(token: string): boolean {
  return token.length <= 2 || COMMON_WORDS.has(token);
}

/** Computes `soleOwner` and `wordLike` on every node, once all sequences are added. */
export function finishTrie(root: TrieNode): void {
  const stack: TrieNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as TrieNode;
    if (node.claims.length > 0) {
      const owner = node.claims[0]?.entry ?? -1;
      node.soleOwner = node.claims.every((c) => c.entry === owner) ? owner : -1;
      node.wordLike = node.key.split(' ').every(isWordLikeToken);
    }
    for (const child of node.children.values()) stack.push(child);
  }
}
