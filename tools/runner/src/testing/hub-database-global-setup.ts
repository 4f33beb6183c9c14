/**
 * Vitest globalSetup for tests that read the hub's database directly (the BI views): an in-memory
 * embedded PostgreSQL, and the real server of TEST_DATABASE_URL when set, each migrated as
 * `npm start` migrates (every subgraph, then their BI views) and seeded with the demo dataset.
 * Test files pick the targets with `databaseTargets()` from @jiguan/embedded-postgres.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@jiguan/embedded-postgres/embedded-postgres';
import type {} from '@jiguan/embedded-postgres/testing/pglite-global-setup';
import { migrateHubDatabase } from '../migrate-hub-database.ts';
import { seedHubDatabase } from '../seed-hub-database.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logDir = await mkdtemp(join(tmpdir(), 'jiguan-hub-database-'));
  const postgres = await startEmbeddedPostgres();
  try {
    const urls = [postgres.url, ...(process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [])];
    for (const url of urls) {
      await migrateHubDatabase(url);
      await seedHubDatabase(url, logDir);
    }
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  project.provide('pgliteUrl', postgres.url);
  return async () => {
    await postgres.stop();
    await rm(logDir, { recursive: true, force: true });
  };
}
