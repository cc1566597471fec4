import type { RosterEntry } from '../contract/context.js';
import { HashFilter, hashRange } from './hash-filter.js';
import { normalizeHandle } from './handles.js';
import { aliasForms, nameForms } from './name-parts.js';
import { addSequence, newTrie, type Role, type TrieNode } from './sequence-trie.js';
import { buildTypoIndex, type TypoIndex } from './typo-index.js';

/** Everything `find` looks up, built once from the roster: hash maps and a token trie. */
export interface RosterIndex {
  readonly entries: readonly RosterEntry[];
  readonly trie: TrieNode;
  /** Every token of every name form: such a word is a name as written, never a typo of one. */
  readonly nameTokens: ReadonlySet<string>;
  /**
   * Two bits per name token in a small bit set: most words of a text are no name,
   * and the bit set says so from the token's hash, without a look-up in the large set of name tokens.
   */
  readonly tokenFilter: HashFilter;
  readonly typos: TypoIndex;
  /** Folded handle → entry indexes. */
  readonly handles: ReadonlyMap<string, readonly number[]>;
  /** "jt" → entries whose given name starts with j and surname with t. */
  readonly initialPairs: ReadonlyMap<string, readonly number[]>;
  /** "jayden|t" → entries with that given name and a surname starting with t. */
  readonly firstThenInitial: ReadonlyMap<string, readonly number[]>;
  /** "a|gagnon" → entries with a given name starting with a and that surname. */
  readonly initialThenSurname: ReadonlyMap<string, readonly number[]>;
}

/**
 * Longer "names" are left out of the trie: no person's name has this many words, and the
 * cost of a search grows with the longest name.
 */
const MAX_NAME_TOKENS = 12;

/** Whether `token` may be a name token: false means it certainly is not one. */
export function mayBeNameToken(filter: HashFilter, token: string): boolean {
  return filter.has(hashRange(token, 0, token.length));
}

function filterOf(tokens: ReadonlySet<string>): HashFilter {
  const filter = new HashFilter(tokens.size);
  for (const token of tokens) filter.add(hashRange(token, 0, token.length));
  return filter;
}

function addTo(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else if (list[list.length - 1] !== entry) list.push(entry);
}

export function buildRosterIndex(entries: readonly RosterEntry[]): RosterIndex {
  const trie = newTrie();
  const typoSource = new Set<string>();
  const nameTokens = new Set<string>();
  const handles = new Map<string, number[]>();
  const initialPairs = new Map<string, number[]>();
  const firstThenInitial = new Map<string, number[]>();
  const initialThenSurname = new Map<string, number[]>();

  const add = (tokens: readonly string[], entry: number, role: Role): void => {
    if (tokens.length > MAX_NAME_TOKENS) return;
    addSequence(trie, tokens, { entry, role });
    for (const token of tokens) nameTokens.add(token);
    // Typos are looked for in full names and surnames only, never in a lone given name.
    if (role === 'surname' || tokens.length > 1) for (const token of tokens) typoSource.add(token);
  };

  entries.forEach((entry, index) => {
    const forms = nameForms(entry.name);
    for (const tokens of forms.full) add(tokens, index, 'name');
    for (const tokens of forms.first) add(tokens, index, 'first');
    for (const tokens of forms.surname) add(tokens, index, 'surname');
    for (const alias of entry.aliases ?? []) {
      for (const tokens of aliasForms(alias)) add(tokens, index, 'alias');
    }
    for (const handle of entry.handles ?? []) {
      const normalized = normalizeHandle(handle);
      if (normalized.length > 0) addTo(handles, normalized, index);
    }
    if (forms.initials !== undefined) {
      const [givenInitial, surnameInitial] = forms.initials;
      addTo(initialPairs, givenInitial + surnameInitial, index);
      for (const tokens of forms.first) addTo(firstThenInitial, `${tokens.join(' ')}|${surnameInitial}`, index);
      for (const tokens of forms.surname) addTo(initialThenSurname, `${givenInitial}|${tokens.join(' ')}`, index);
    }
  });
  return {
    entries, trie, nameTokens, tokenFilter: filterOf(nameTokens), typos: buildTypoIndex(typoSource), handles,
    initialPairs, firstThenInitial, initialThenSurname,
  };
}
