import type { SelectQueryBuilder } from 'kysely';

/** One page of a list, and the cursor of the next one when there is more. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** A request for one page: at most `limit` items after `cursor`. */
export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** Thrown for a cursor that this service did not issue. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

interface CursorRow { created_at: string; id: string }

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch { /* reported below */ }
  throw new InvalidCursorError('invalid cursor');
}

/**
 * Keyset pagination over `(created_at, id)`: stable under concurrent inserts and as fast on
 * the last page as on the first, unlike OFFSET. `order` is the direction of both keys.
 */
export async function paginate<DB, TB extends keyof DB, O extends CursorRow>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: PageRequest,
  order: 'asc' | 'desc' = 'asc',
): Promise<Page<O>> {
  let q = query;
  if (page.cursor) {
    const [at, id] = decodeCursor(page.cursor);
    const op = order === 'asc' ? '>' : '<';
    // Kysely cannot check column names of a generic table; the names are fixed here.
    q = q.where((eb) => eb.or([
      eb('created_at' as never, op, at as never),
      eb.and([eb('created_at' as never, '=', at as never), eb('id' as never, op, id as never)]),
    ]));
  }
  const rows = await q.orderBy('created_at' as never, order).orderBy('id' as never, order).limit(page.limit + 1).execute();
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > page.limit && last
    ? Buffer.from(JSON.stringify([last.created_at, last.id])).toString('base64url')
    : null;
  return { items, nextCursor };
}
