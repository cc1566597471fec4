import type { Role } from '../../src/engine/contract/enums.js';
import type { Actor } from '../../src/domain/shared/actor.js';
import type { DomainError } from '../../src/domain/shared/errors.js';
import type { WorkflowDeps } from '../../src/domain/shared/deps.js';

/** A clock that stands still until moved, and ids `id-1`, `id-2`, … */
export function fakeDeps(start = '2026-11-21T10:00:00.000Z'): WorkflowDeps & { set(at: string): void; advanceHours(h: number): void } {
  let now = new Date(start);
  let n = 0;
  return {
    now: () => new Date(now.getTime()),
    newId: () => `id-${++n}`,
    set(at: string) { now = new Date(at); },
    advanceHours(h: number) { now = new Date(now.getTime() + h * 3_600_000); },
  };
}

/** An actor in an organization bound to a pack. */
export function buildActor(role: Role, overrides: { id?: string; orgId?: string; packId?: string; packVersion?: string } = {}): Actor {
  return {
    id: overrides.id ?? `${role}-1`,
    role,
    org: { id: overrides.orgId ?? 'org-1', packId: overrides.packId ?? 'iwso', packVersion: overrides.packVersion ?? '1' },
  };
}

/** Unwraps a successful outcome or fails the test with the domain error. */
export function expectOk<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome as Extract<T, { ok: true }>;
}

/** Unwraps a failure's error or fails the test. */
export function expectError(outcome: { ok: true } | { ok: false; error: DomainError }): DomainError {
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}
