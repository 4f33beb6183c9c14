import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { query } from '../src/testing/sql.ts';

const main = fileURLToPath(new URL('../src/embedded-postgres-main.ts', import.meta.url));

/** Spawns the CLI like the runner does; resolves once it printed its `ready <url>` line. */
async function startProcess(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => (line.startsWith('ready ') ? resolve(line.slice(6)) : reject(new Error(line))));
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready`)));
  });
  return { child, url, exited };
}

describe('embedded-postgres-main (the process the runner spawns)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jiguan-pglite-main-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints `ready <url>`, serves, exits 0 on SIGTERM, and reopens its data', async () => {
    const first = await startProcess(dataDir);
    expect(first.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    await query(first.url, "CREATE TABLE note AS SELECT 'still here' AS text");
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = await startProcess(dataDir);
    try {
      expect(await query(second.url, 'SELECT text FROM note')).toEqual([{ text: 'still here' }]);
    } finally {
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  }, 60_000);
});
