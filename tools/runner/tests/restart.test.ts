import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { applyMigrations } from '@jiguan/db/apply-migrations';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EMBEDDED_POSTGRES_MAIN, subgraphDir } from '../src/hub-layout.ts';
import { startHub } from '../src/start-hub.ts';
import { startProcess } from '../src/supervised-process.ts';
import { loginAs, postGraphQL } from '../src/testing/graphql-client.ts';
import { TEST_PORT_SHIFT } from '../src/testing/test-port-shift.ts';

/** Apart from the gateway tests' hub (offset 1000) and a developer's `npm start` (offset 0). */
const PORT_OFFSET = 3000 + TEST_PORT_SHIFT; // not 2000: fetch refuses port 6000 (X11), the gateway would be on it
const dataDirs: string[] = [];

async function freshDataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'jiguan-restart-'));
  dataDirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of dataDirs) await rm(dir, { recursive: true, force: true });
});

async function countRows(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ units: number; people: number; accounts: number }>(
      `SELECT (SELECT count(*)::int FROM directory."Organization") AS units,
              (SELECT count(*)::int FROM directory."Person") AS people,
              (SELECT count(*)::int FROM directory."UserAccount") AS accounts`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

describe('the embedded database across restarts', () => {
  it('keeps what was written and seeds nothing a second time', async () => {
    const dataDir = await freshDataDir();
    const first = await startHub({ dataDir, frontends: false, portOffset: PORT_OFFSET });
    const seeded = await countRows(first.databaseUrl);
    const admin = await loginAs(first.gatewayUrl, 'admin', 'Admin@2024');
    const created = await postGraphQL(
      first.gatewayUrl,
      'mutation { createUserAccount(input: { username: "restart.check", password: "Passw0rd1", personId: "person-sj-qczj-004", roles: [UNIT_USER], dataScope: SELF }) { id } }',
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    await first.stop();

    const second = await startHub({ dataDir, frontends: false, portOffset: PORT_OFFSET });
    try {
      expect(await countRows(second.databaseUrl)).toEqual({ ...seeded, accounts: (seeded?.accounts ?? 0) + 1 });
      await loginAs(second.gatewayUrl, 'admin', 'Admin@2024');
    } finally {
      await second.stop();
    }
  });

  it('is left consistent by a seed killed half-way, and the next start completes it', async () => {
    const dataDir = await freshDataDir();
    const postgres = startProcess(
      {
        name: 'postgres',
        cwd: subgraphDir('directory'),
        args: ['--import', 'tsx', EMBEDDED_POSTGRES_MAIN, '--data-dir', join(dataDir, 'pg'), '--port', String(5439 + PORT_OFFSET)],
      },
      dataDir,
    );
    const databaseUrl = `postgresql://postgres@127.0.0.1:${5439 + PORT_OFFSET}/postgres`;
    try {
      for (let attempt = 0; ; attempt += 1) {
        try {
          await applyMigrations({ databaseUrl, schema: 'directory', migrationsDir: join(subgraphDir('directory'), 'prisma/migrations') });
          break;
        } catch (error) {
          if (attempt > 100) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      const seed = () =>
        startProcess({ name: 'seed', cwd: subgraphDir('directory'), args: ['--import', 'tsx', 'prisma/seed.ts'], env: { DATABASE_URL: databaseUrl } }, dataDir);

      const interrupted = seed();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      interrupted.child.kill('SIGKILL');
      await interrupted.exited;
      const afterKill = await countRows(databaseUrl);
      // All or nothing: the seed is one transaction.
      expect([0, 60]).toContain(afterKill?.units);
      if (afterKill?.units === 0) expect(afterKill).toEqual({ units: 0, people: 0, accounts: 0 });

      const resumed = seed();
      expect(await resumed.exited).toBe(0);
      const complete = await countRows(databaseUrl);
      expect(complete?.units).toBe(60);
      expect(complete?.accounts).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await postgres.stop();
    }
  });
});
