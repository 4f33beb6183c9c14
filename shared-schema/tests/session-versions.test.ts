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

  it('in the directory’s own table, only ever rise', () => {
    const table = localSessionVersions();
    table.load({ a1: 3 });
    table.raise('a1', 2);
    expect(table.table()).toEqual({ a1: 3 });
    table.raise('a1', 4);
    expect(table.isCurrent(at(3))).toBe(false);
    expect(table.isCurrent(at(4))).toBe(true);
  });
});
