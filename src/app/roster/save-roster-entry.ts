import type { AppContext } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { noReply, type SealReply } from '../idempotent-reply.js';
import { iso } from '../ports.js';
import { parseInput } from '../validate.js';
import { rosterEntryInput, sealPersonal, toView, type RosterEntryInput, type RosterEntryView } from './roster-entry.js';

/** Adds one entry to an organization's roster. */
export async function addRosterEntry(
  app: AppContext, orgId: string, actorId: string | null, input: RosterEntryInput, seal: SealReply<{ id: string }> = noReply,
): Promise<RosterEntryView> {
  const e = parseInput(rosterEntryInput, input);
  const id = app.ids.uuid();
  const now = iso(app.clock.now());
  const row = {
    id, org_id: orgId, ref: e.ref ?? null, kind: e.kind, minor_under_youth_protection: e.minorUnderYouthProtection ? 1 as const : 0 as const,
    personal: sealPersonal(app.keyring, orgId, id, { name: e.name, aliases: e.aliases, handles: e.handles, dateOfBirth: e.dateOfBirth ?? null }),
    created_at: now, updated_at: now, archived_at: null,
  };
  await app.store.transaction(async (tx) => {
    if (row.ref && (await tx.roster.byRef(orgId, row.ref))) throw conflict(`an entry with ref ${row.ref} exists`, 'ref');
    await tx.roster.insert(row);
    await tx.organizations.bumpRosterVersion(orgId, now);
    await tx.audit.record(orgId, { kind: 'roster-entry.created', actorId, subjectId: id, data: { kind: e.kind } });
    await seal(tx, { id });
  });
  return toView(app.keyring, row);
}

/** Changes some fields of an entry; the others keep their values. */
export async function updateRosterEntry(
  app: AppContext, orgId: string, actorId: string | null, id: string, patch: Partial<RosterEntryInput>,
): Promise<RosterEntryView> {
  return app.store.transaction(async (tx) => {
    const row = await tx.roster.byId(orgId, id);
    if (!row) throw notFound('roster entry');
    const before = toView(app.keyring, row);
    const merged = parseInput(rosterEntryInput, {
      ref: before.ref, name: before.name, aliases: before.aliases, handles: before.handles, dateOfBirth: before.dateOfBirth,
      kind: before.kind, minorUnderYouthProtection: before.minorUnderYouthProtection, ...patch,
    });
    if (merged.ref && merged.ref !== row.ref && (await tx.roster.byRef(orgId, merged.ref))) {
      throw conflict(`an entry with ref ${merged.ref} exists`, 'ref');
    }
    const now = iso(app.clock.now());
    const personal = { name: merged.name, aliases: merged.aliases, handles: merged.handles, dateOfBirth: merged.dateOfBirth ?? null };
    const next = { ...row, ref: merged.ref ?? null, kind: merged.kind, minor_under_youth_protection: merged.minorUnderYouthProtection ? 1 as const : 0 as const,
      personal: sealPersonal(app.keyring, orgId, id, personal), updated_at: now };
    await tx.roster.update(orgId, id, next);
    await tx.organizations.bumpRosterVersion(orgId, now);
    await tx.audit.record(orgId, { kind: 'roster-entry.updated', actorId, subjectId: id, data: { fields: Object.keys(patch).sort() } });
    return toView(app.keyring, next);
  });
}

/** Archives an entry: it stays on file but is no longer matched in checks. */
export async function archiveRosterEntry(app: AppContext, orgId: string, actorId: string | null, id: string): Promise<RosterEntryView> {
  return app.store.transaction(async (tx) => {
    const row = await tx.roster.byId(orgId, id);
    if (!row) throw notFound('roster entry');
    const now = iso(app.clock.now());
    const next = { ...row, archived_at: row.archived_at ?? now, updated_at: now };
    if (!row.archived_at) {
      await tx.roster.update(orgId, id, { archived_at: now, updated_at: now });
      await tx.organizations.bumpRosterVersion(orgId, now);
      await tx.audit.record(orgId, { kind: 'roster-entry.archived', actorId, subjectId: id, data: {} });
    }
    return toView(app.keyring, next);
  });
}
