import type { RosterEntry } from '../../../src/engine/contract/context.js';
import { compileRoster } from '../../../src/engine/roster/compile-roster.js';
import type { RosterMatcher } from '../../../src/engine/roster/types.js';

/** A small roster in the spirit of the evaluation cases: French and English names. */
export const ROSTER: RosterEntry[] = [
  { id: 'c1', name: 'Jayden Tremblay', kind: 'client', minorUnderYouthProtection: true },
  { id: 'c2', name: 'Amélie Gagnon', aliases: ['Amy'], kind: 'client' },
  { id: 's1', name: 'Jean-François Côté', kind: 'staff' },
  { id: 'c3', name: 'Grace Hope', kind: 'client' },
  { id: 'c4', name: 'Rose Dupuis', kind: 'client' },
  { id: 'c5', name: 'Ann Smith', kind: 'client' },
  { id: 'c6', name: 'Noah Lalonde', kind: 'client', handles: ['@noah_l', 'https://instagram.com/NoahLal/'] },
  { id: 'c7', name: 'Noah Brisson', kind: 'client' },
  { id: 'c8', name: "Siobhan O'Brien", kind: 'client' },
  { id: 'f1', name: 'Julie Cyr', kind: 'client-family' },
  { id: 'c9', name: 'Léa Cyr', aliases: ['Léa'], kind: 'client' },
  { id: 'f2', name: 'Nathalie Ouellet', kind: 'client-family' },
];

export function matcher(entries: readonly RosterEntry[] = ROSTER): RosterMatcher {
  return compileRoster(entries);
}

/** Mentions as "id:how:matched words", easy to read in assertions. */
export function found(text: string, roster: RosterMatcher = matcher()): string[] {
  return roster.find(text).map((m) => `${m.entryId}:${m.how}:${text.slice(m.span[0], m.span[1])}`);
}
