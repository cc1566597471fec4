/**
 * An organization's own pack may extend a built-in one: its rules replace the base's rules of the
 * same id, `removeRules` drops base rules, and everything else it gives overrides the base.
 */
export function mergePackData(base: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const baseRules = Array.isArray(base.rules) ? (base.rules as Array<{ id?: unknown }>) : [];
  const ownRules = Array.isArray(own.rules) ? (own.rules as Array<{ id?: unknown }>) : [];
  const removed = new Set(Array.isArray(own.removeRules) ? own.removeRules : []);
  const replaced = new Set(ownRules.map((r) => r.id));
  const rules = [...baseRules.filter((r) => !removed.has(r.id) && !replaced.has(r.id)), ...ownRules];
  const both = (key: string): unknown[] => [...(Array.isArray(base[key]) ? base[key] : []), ...(Array.isArray(own[key]) ? own[key] : [])];
  const { extends: _extends, removeRules: _removed, ...rest } = own;
  return { ...base, ...rest, rules, handledElsewhere: both('handledElsewhere'), notPrescriptive: both('notPrescriptive') };
}
