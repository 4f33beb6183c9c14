import pg from 'pg';

/**
 * A pg client for Prisma 6's wasm schema engine (js mode, `@prisma/adapter-pg` 6.19) that lets it read
 * catalogs it otherwise chokes on, when it describes a database (`migrate diff --from-migrations`):
 *
 * - adapter-pg 6 rejects catalog column types such as `name` and `"char"` ("Column type 'name' could
 *   not be deserialized"), on any PostgreSQL version: they are passed on as text.
 * - PostgreSQL 18 (PGlite) lists NOT NULL constraints in pg_constraint (contype 'n'), which Prisma 6
 *   predates and panics on ("RuntimeError: unreachable"): its constraint query skips them.
 */
export class Prisma6CompatibleClient extends pg.Client {
  // pg's query() has many overloads; this forwards all of them and only touches text and results.
  override query(...args: unknown[]): never {
    const [config, ...rest] = args;
    const forward = super.query.bind(this) as (...forwarded: unknown[]) => unknown;
    if (isSubmittable(config)) return forward(config, ...rest) as never;

    const patched =
      typeof config === 'string' ? patchSql(config) : isQueryConfig(config) ? { ...config, text: patchSql(config.text) } : config;
    const callbackIndex = rest.findIndex((arg) => typeof arg === 'function');
    if (callbackIndex >= 0) {
      const callback = rest[callbackIndex] as (error: Error | null, result?: unknown) => void;
      rest[callbackIndex] = (error: Error | null, result?: unknown) =>
        callback(error, error ? result : textifyFields(result));
      return forward(patched, ...rest) as never;
    }
    return (forward(patched, ...rest) as Promise<unknown>).then(textifyFields) as never;
  }
}

const TEXT_OID = 25;

/**
 * Catalog types adapter-pg 6 cannot map: "char" (18), name (19), int2vector (22), regproc (24),
 * oidvector (30), pg_node_tree (194).
 */
const READ_AS_TEXT = new Set([18, 19, 22, 24, 30, 194]);

const CONSTRAINT_FILTER = "contype NOT IN ('p', 'u', 'f')";

function patchSql(sql: string): string {
  return sql.replaceAll(CONSTRAINT_FILTER, "contype NOT IN ('p', 'u', 'f', 'n')");
}

function textifyFields(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    const fields = (one as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? [];
    for (const field of fields) if (READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function isSubmittable(value: unknown): boolean {
  return typeof (value as { submit?: unknown } | null)?.submit === 'function';
}

function isQueryConfig(value: unknown): value is { text: string } {
  return typeof (value as { text?: unknown } | null)?.text === 'string';
}
