import type { RosterEntry } from '../contract/context.js';
import { foldText } from './fold.js';
import { scanHandles } from './handles.js';
import { judgeInitialPair } from './initials.js';
import { orderMentions } from './order-mentions.js';
import { buildRosterIndex, type RosterIndex } from './roster-index.js';
import { Scan } from './scan.js';
import { tokenizeFolded } from './tokenize.js';
import type { RosterMatcher, RosterMention } from './types.js';
import { walkNamesFrom } from './walk-names.js';

/**
 * Compiles a roster once into hash maps and a token trie, so that `find` costs time in
 * proportion to the text, not to the roster.
 */
export function compileRoster(entries: readonly RosterEntry[]): RosterMatcher {
  const index = buildRosterIndex(entries);
  const byId = new Map<string, RosterEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return {
    size: entries.length,
    find: (text: string) => findMentions(index, text),
    entry: (id: string) => byId.get(id),
  };
}

function findMentions(index: RosterIndex, text: string): RosterMention[] {
  if (text.length === 0 || index.entries.length === 0) return [];
  const folded = foldText(text);
  const scan = new Scan(text, folded, tokenizeFolded(folded), index);
  for (let i = 0; i < scan.tokens.count; i++) {
    walkNamesFrom(scan, i);
    judgeInitialPair(scan, i);
  }
  if (index.handles.size > 0) {
    for (const hit of scanHandles(folded)) {
      for (const entry of index.handles.get(hit.handle) ?? []) scan.add(entry, hit.span[0], hit.span[1], 'handle');
    }
  }
  return orderMentions(scan.mentions).map((mention) => ({
    entryId: index.entries[mention.entry]?.id ?? '',
    span: [mention.start, mention.end] as const,
    how: mention.how,
  }));
}
