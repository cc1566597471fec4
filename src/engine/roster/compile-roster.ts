import type { RosterEntry } from '../contract/context.js';
import { foldText } from './fold.js';
import { scanHandles } from './handles.js';
import { judgeInitialPair } from './initials.js';
import { orderMentions } from './order-mentions.js';
import { buildRosterIndex, type RosterIndex } from './roster-index.js';
import { Scan } from './scan.js';
import { tokenizeForScan } from './tokenize.js';
import type { RosterMatcher, RosterMention } from './types.js';
import { walkNamesFrom } from './walk-names.js';

/**
 * Compiles a roster once into hash maps and a token trie, so that `find` costs time in
 * proportion to the text, not to the roster.
 *
 * The engine blocks posts on these mentions, so weak signs must be unambiguous:
 * - a full name or multi-word alias counts in any case, for everyone who bears it;
 * - a lone given name, surname or one-word alias counts only when one roster person has it,
 *   a surname or nickname only with its capital, and a name that is also an everyday word
 *   ("Grace", "Rose", "Côté") only capitalized where a capital means a name (mid-sentence,
 *   after "Mme" or "Dr"), never as a month, a street ("Marsh Lane") or half of someone
 *   else's full name ("Chantal Lefebvre");
 * - one typo is allowed in words of 5+ letters of a full name, or of a capitalized surname,
 *   never in a lone given name nor when the text word is itself a name or an everyday word;
 * - initials count only when they fit exactly one person.
 */
export function compileRoster(entries: readonly RosterEntry[]): RosterMatcher {
  const index = buildRosterIndex(entries);
  const byId = new Map<string, RosterEntry>();
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return {
    size: entries.length,
    find: (text: string, folded?: string) => findMentions(index, text, folded ?? foldText(text)),
    entry: (id: string) => byId.get(id),
  };
}

function findMentions(index: RosterIndex, text: string, folded: string): RosterMention[] {
  if (text.length === 0 || index.entries.length === 0) return [];
  const scan = new Scan(text, folded, tokenizeForScan(folded), index);
  for (let i = 0; i < scan.tokens.count; i++) {
    // Both checked here first: most words start no name nor initials, and a call costs more than the check.
    if (scan.mayStartName(i)) walkNamesFrom(scan, i);
    if (scan.isDottedInitial(i)) judgeInitialPair(scan, i);
  }
  if (index.handles.size > 0) {
    for (const hit of scanHandles(folded)) {
      for (const entry of index.handles.get(hit.handle) ?? []) scan.add(entry, hit.span[0], hit.span[1], 'handle');
    }
  }
  if (scan.mentions.length === 0) return [];
  return orderMentions(scan.mentions).map((mention) => ({
    entryId: index.entries[mention.entry]?.id ?? '',
    span: [mention.start, mention.end] as const,
    how: mention.how,
  }));
}
