import type { Compilable, CompiledQuery, DialectAdapter, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema.js';

/** Where, in the arguments, each parameter of a compiled query comes from. */
type Path = readonly (string | number)[];

interface Compiled {
  readonly query: CompiledQuery;
  /** For each parameter: the path of its argument, or null for a constant of the query itself. */
  readonly sources: readonly (Path | null)[];
}

const MARK = '\u0000pw-slot:';

/**
 * The SQL text of every prepared query compiled so far, with a name: PostgreSQL connections
 * prepare these on the server once (`connect.ts`), instead of parsing and planning them anew
 * on every run.
 */
export const serverStatementNames = new Map<string, string>();

/** Names a statement built without `preparedQuery` (SQL text, one per shape), so that PostgreSQL connections prepare it once too. */
export function nameServerStatement(sql: string): void {
  if (!serverStatementNames.has(sql)) serverStatementNames.set(sql, `pw_${serverStatementNames.size}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !Buffer.isBuffer(v);

/** Whether two values have one shape (the same keys with values, at every depth, in any order): cheaper than comparing shapes as text. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameShape(v, b[i]));
  const record = isRecord(a);
  if (!record || !isRecord(b)) return !record && !isRecord(b);
  let keys = 0;
  for (const key in a) {
    if (a[key] === undefined) continue;
    keys += 1;
    if (b[key] === undefined || !sameShape(a[key], b[key])) return false;
  }
  for (const key in b) if (b[key] !== undefined) keys -= 1;
  return keys === 0;
}

/**
 * The arguments' shape: keys and lengths, without values (undefined values are left out, as
 * Kysely leaves them). The rows of an insert mostly share one shape: it is written once, with
 * their count. Each value is found by its keys' path (`marked`), so keys in another order are
 * the same shape.
 */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) {
    const [first] = value;
    if (value.length > 1 && value.every((v) => sameShape(v, first))) return `[${value.length}*${shapeOf(first)}]`;
    return `[${value.map(shapeOf).join(',')}]`;
  }
  if (!isRecord(value)) return '.';
  let shape = '{';
  for (const key in value) if (value[key] !== undefined) shape += `${key}:${shapeOf(value[key])},`;
  return `${shape}}`;
}

/** The same structure as the arguments, each value replaced by a marker; `paths` maps markers to where the values are. */
function marked(value: unknown, path: Path, paths: Map<string, Path>): unknown {
  if (Array.isArray(value)) return value.map((v, i) => marked(v, [...path, i], paths));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = marked(v, [...path, key], paths);
    return out;
  }
  const marker = `${MARK}${paths.size}`;
  paths.set(marker, path);
  return marker;
}

function valueAt(args: unknown, path: Path): unknown {
  let v = args;
  for (const step of path) v = (v as Record<string | number, unknown>)[step];
  return v;
}

/**
 * A query that Kysely builds and compiles once per dialect and shape of its arguments (which
 * keys, how many rows), then runs with each call's values. Building a query costs Kysely more
 * than SQLite spends running a small one; the hot path of a check runs several.
 *
 * `build` must pass every argument value into the query as a value (a parameter), never into
 * `sql.raw`, `sql.lit` or an `is null` test; compiling checks that each one became a parameter.
 *
 * @example
 * const byId = preparedQuery((db, a: { id: string }) => db.selectFrom('organizations').selectAll().where('id', '=', a.id));
 * const row = (await byId.run(db, { id })).rows[0];
 */
export function preparedQuery<A extends object, R>(build: (db: Kysely<Database>, args: A) => Compilable<R>) {
  const compiled = new WeakMap<DialectAdapter, Map<string, Compiled>>();

  function compile(db: Kysely<Database>, args: A): Compiled {
    const shape = shapeOf(args);
    const adapter = db.getExecutor().adapter;
    let byShape = compiled.get(adapter);
    if (!byShape) compiled.set(adapter, (byShape = new Map()));
    const hit = byShape.get(shape);
    if (hit) return hit;
    const paths = new Map<string, Path>();
    const query = build(db, marked(args, [], paths) as A).compile();
    const sources = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? paths.get(p) ?? null : null));
    const used = new Set(query.parameters.filter((p) => typeof p === 'string' && p.startsWith(MARK)));
    if (used.size !== paths.size) throw new Error(`prepared query: an argument did not become a parameter in ${query.sql}`);
    const made = { query, sources };
    byShape.set(shape, made);
    nameServerStatement(query.sql);
    return made;
  }

  return {
    /** Runs the query with these values, on the pool or in a transaction. */
    run(db: Kysely<Database>, args: A): Promise<QueryResult<R>> {
      const { query, sources } = compile(db, args);
      const parameters = sources.map((path, i) => (path ? valueAt(args, path) : query.parameters[i]));
      return db.executeQuery<R>({ ...query, parameters } as CompiledQuery<R>);
    },
  };
}
