import type pg from 'pg';

/** Number of SQL statements sent to the database since the last reset. */
export interface StatementCounter {
  count(): number;
  reset(): void;
}

/**
 * Counts every statement the pool's connections send (queries, BEGIN/COMMIT included), so tests and
 * benchmarks can check that the statements per GraphQL request do not grow with the rows returned.
 * Counting at the driver sees exactly what reaches PostgreSQL, whatever Prisma batches or joins.
 * Only connections opened after this call are counted: call it before the pool is used.
 */
export function countStatements(pool: pg.Pool): StatementCounter {
  let statements = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        statements += 1;
        return query(...args);
      },
    });
  });
  return {
    count: () => statements,
    reset: () => {
      statements = 0;
    },
  };
}
