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
  /** Shared empty map until the node gets a child: most nodes are leaves. */
  children: ReadonlyMap<string, TrieNode>;
  readonly claims: Claim[];
  /** The sequence of tokens leading here, space-joined. */
  readonly key: string;
  readonly depth: number;
  /** The entry index when every claim here is one person's; -1 when ambiguous or none. */
  soleOwner: number;
  /** Every token is an everyday word or two letters or less: needs name-like capitalization. */
  wordLike: boolean;
  /** The roles of the claims, one bit each (`ROLE_BIT`): a common given name has thousands of claims. */
  roles: number;
}

const ROLE_BIT: Readonly<Record<Role, number>> = { name: 1, alias: 2, first: 4, surname: 8 };

/** Whether some claim at the node has this role. */
export function hasRole(node: TrieNode, role: Role): boolean {
  return (node.roles & ROLE_BIT[role]) !== 0;
}

const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();

function newNode(key: string, depth: number): TrieNode {
  return { children: NO_CHILDREN, claims: [], key, depth, soleOwner: -1, wordLike: false, roles: 0 };
}

export function newTrie(): TrieNode {
  return newNode('', 0);
}

export function isWordLikeToken(token: string): boolean {
  return token.length <= 2 || COMMON_WORDS.has(token);
}

export function addSequence(root: TrieNode, tokens: readonly string[], claim: Claim): void {
  let node = root;
  for (const token of tokens) {
    let child = node.children.get(token);
    if (child === undefined) {
      child = newNode(node.depth === 0 ? token : `${node.key} ${token}`, node.depth + 1);
      if (node.children === NO_CHILDREN) node.children = new Map();
      (node.children as Map<string, TrieNode>).set(token, child);
    }
    node = child;
  }
  if (node.claims.some((c) => c.entry === claim.entry && c.role === claim.role)) return;
  if (node.claims.length === 0) {
    node.soleOwner = claim.entry;
    node.wordLike = tokens.every(isWordLikeToken);
  } else if (node.soleOwner !== claim.entry) {
    node.soleOwner = -1;
  }
  node.claims.push(claim);
  node.roles |= ROLE_BIT[claim.role];
}
