import { sql, type Kysely } from 'kysely';
import { parse } from 'yaml';

/** The built-in packs when this migration was written: an own pack could extend only these. */
const BUILT_IN = ['valoris', 'iwso', 'stass', 'chc-wales', 'cisss-gaspesie'];

/**
 * `organizations.practice_pack_id`: the built-in pack whose workflow practice (approvers,
 * deadlines, password rules…) an organization's own pack follows — the one it extends. Null
 * for a built-in pack (its own practice) and for an own pack that extends none (the
 * conservative default). Organizations already bound to an own pack get the pack their
 * current version extends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('practice_pack_id', 'text').execute();
  const bound = await sql<{ id: string; source: string }>`
    select o.id, p.source from organizations o
    join organization_packs p on p.org_id = o.id and p.version = o.pack_version and p.pack_id = o.pack_id`.execute(db);
  for (const row of bound.rows) {
    const base = extendsOf(row.source);
    if (base) await sql`update organizations set practice_pack_id = ${base} where id = ${row.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organizations').dropColumn('practice_pack_id').execute();
}

function extendsOf(source: string): string | undefined {
  try {
    const data = parse(source) as { extends?: unknown } | null;
    return typeof data?.extends === 'string' && BUILT_IN.includes(data.extends) ? data.extends : undefined;
  } catch {
    return undefined;
  }
}
