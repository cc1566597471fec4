import type { RosterEntry } from '../../contract/context.js';
import type { CompiledContext } from '../../context/compile.js';

function surname(name: string): string {
  const parts = name.trim().toLowerCase().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

/**
 * A child followed under youth protection, or one of the child's parents (CISSS, LPJ art. 11.2.1).
 * The roster links no families, so a client-family member sharing a protected child's surname is
 * taken as a parent: the cautious reading, since a wrong "no" would expose the child.
 */
/** Whether an entry passes a detector's `youthProtection` setting: `only` protected people, everyone else, or anyone. */
export function matchesYouthProtection(entry: RosterEntry, context: CompiledContext, mode: 'only' | 'exclude' | 'any'): boolean {
  return mode === 'any' || (mode === 'only') === isProtectedChildOrParent(entry, context);
}

export function isProtectedChildOrParent(entry: RosterEntry, context: CompiledContext): boolean {
  if (entry.minorUnderYouthProtection === true) return true;
  if (entry.kind !== 'client-family') return false;
  const family = surname(entry.name);
  for (const other of context.rosterById.values()) {
    if (other.minorUnderYouthProtection === true && surname(other.name) === family) return true;
  }
  return false;
}
