import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/embedded-postgres.ts';
import { dropSchema, query, uniqueSchema } from '../src/testing/sql.ts';

describe('startEmbeddedPostgres', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jiguan-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its data on disk across a stop and a restart, and locks the data directory while open', async () => {
    const first = await startEmbeddedPostgres({ dataDir: join(dataDir, 'db') });
    await query(first.url, 'CREATE TABLE kept (id int PRIMARY KEY, note text)');
    await query(first.url, "INSERT INTO kept VALUES (1, 'survives a restart')");
    await expect(startEmbeddedPostgres({ dataDir: join(dataDir, 'db') })).rejects.toThrow(/already (in use|open)/);
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir: join(dataDir, 'db') });
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'survives a restart' }]);
    } finally {
      await second.stop();
    }
  });

  it('keeps concurrent parameterised queries and transactions of many connections apart', async () => {
    // pglite-socket's own queue interleaves Parse/Bind/Execute of different connections (pglite#1046).
    const url = inject('pgliteUrl');
    const schema = uniqueSchema('concurrency');
    await query(url, `CREATE SCHEMA ${schema}`);
    await query(url, `CREATE TABLE ${schema}.item (id int PRIMARY KEY, label text NOT NULL)`);
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: url, max: 8 }));
    try {
      const work = Array.from({ length: 600 }, async (_, i) => {
        const pool = pools[i % pools.length]!;
        if (i % 4 !== 0) {
          const { rows } = await pool.query('SELECT $1::int AS n, $2::text AS label', [i, `label ${i}`]);
          return rows[0]?.n === i && rows[0]?.label === `label ${i}`;
        }
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(`INSERT INTO ${schema}.item VALUES ($1, $2)`, [i, `item ${i}`]);
          const { rows } = await client.query(`SELECT label FROM ${schema}.item WHERE id = $1`, [i]);
          // Every other transaction fails and rolls back: its row must not stay.
          if (i % 8 === 0) {
            await expect(client.query('SELECT 1 / 0')).rejects.toThrow(/division by zero/);
            await client.query('ROLLBACK');
          } else {
            await client.query('COMMIT');
          }
          return rows[0]?.label === `item ${i}`;
        } finally {
          client.release();
        }
      });
      const results = await Promise.all(work);
      expect(results.filter((ok) => !ok)).toEqual([]);
      const [{ count }] = (await pools[0]!.query(`SELECT count(*)::int AS count FROM ${schema}.item`)).rows;
      expect(count).toBe(75);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await dropSchema(url, schema);
    }
  });

  it('answers connections beyond maxConnections with a PostgreSQL error, and stop() ends open connections', async () => {
    const postgres = await startEmbeddedPostgres({ maxConnections: 2 });
    const clients = [new pg.Client(postgres.url), new pg.Client(postgres.url)];
    for (const client of clients) {
      client.on('error', () => {});
      await client.connect();
    }
    const third = new pg.Client(postgres.url);
    await expect(third.connect()).rejects.toThrow(/too many clients/);

    await postgres.stop();
    await expect(clients[0]!.query('SELECT 1')).rejects.toThrow();
  });
});
