import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { localSessionVersions, watchSessionVersions, type SessionVersionTable } from '../src/auth/session-versions.ts';
import { createLogger } from '../src/logger.ts';
import { viewerFixture } from '../src/testing/viewer-fixture.ts';

const at = (sessionVersion: number) => viewerFixture({ accountId: 'a1', sessionVersion });

describe('session versions', () => {
  it('refuse a token issued before its account’s current version, and keep the last table read while the source fails', async () => {
    let answer: SessionVersionTable | Error = {};
    const watched = await watchSessionVersions({ load: async () => (answer instanceof Error ? Promise.reject(answer) : answer), intervalMs: 20, logger: createLogger('test') });
    try {
      expect(watched.isCurrent(at(0))).toBe(true);
      answer = { a1: 2 };
      await sleep(60);
      expect(watched.isCurrent(at(1))).toBe(false);
      expect(watched.isCurrent(at(2))).toBe(true);
      expect(watched.isCurrent(viewerFixture({ accountId: 'someone-else', sessionVersion: 0 }))).toBe(true);
      answer = new Error('directory down');
      await sleep(60);
      expect(watched.isCurrent(at(1))).toBe(false);
    } finally {
      watched.stop();
    }
  });

  it('in the directory’s own table, only ever rise', async () => {
    const table = localSessionVersions();
    await table.watch({ load: async () => ({ a1: 3 }), intervalMs: 60_000, logger: createLogger('test') });
    table.raise('a1', 2);
    expect(table.table()).toEqual({ a1: 3 });
    table.raise('a1', 4);
    expect(table.isCurrent(at(3))).toBe(false);
    expect(table.isCurrent(at(4))).toBe(true);
    table.stop();
  });

  it('in the directory’s own table, take the raises another replica wrote to the database within the interval', async () => {
    let database: SessionVersionTable = {};
    const table = localSessionVersions();
    await table.watch({ load: async () => database, intervalMs: 20, logger: createLogger('test') });
    try {
      expect(table.isCurrent(at(0))).toBe(true);
      database = { a1: 1 };
      await sleep(60);
      expect(table.isCurrent(at(0))).toBe(false);
      // A stale read (a replica's lagging view) never lowers a version this replica knows.
      table.raise('a1', 5);
      await sleep(60);
      expect(table.table()).toEqual({ a1: 5 });
    } finally {
      table.stop();
    }
  });
});
