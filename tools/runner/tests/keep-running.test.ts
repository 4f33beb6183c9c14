import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepRunning, type KeptProcess, type RestartPolicy } from '../src/keep-running.ts';

/**
 * The attack report's finding 7: one child's death stopped the hub. A kept process is restarted
 * with backoff, a crash loop is given up on with its log tail, and its neighbours run on.
 */
let dir: string;
const kept: KeptProcess[] = [];
const policy: RestartPolicy = { firstDelayMs: 50, maxDelayMs: 400, crashLoop: { crashes: 3, withinMs: 10_000 } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiguan-keep-running-'));
  // Says it is ready, counts its starts in a file, and exits after `lifeMs` (never when 0).
  await writeFile(
    join(dir, 'child.mjs'),
    `import { appendFileSync } from 'node:fs';
     appendFileSync(process.argv[2], 'start\\n');
     console.log('ready');
     console.error('working on it');
     const lifeMs = Number(process.argv[3]);
     if (lifeMs > 0) setTimeout(() => { console.error('out of memory, giving up'); process.exit(3); }, lifeMs);
     else setInterval(() => {}, 1000);`,
  );
});

afterAll(async () => {
  for (const proc of kept) await proc.stop();
  await rm(dir, { recursive: true, force: true });
});

const spec = (name: string, lifeMs: number) => ({ name, cwd: dir, args: [join(dir, 'child.mjs'), join(dir, `${name}.starts`), String(lifeMs)], readyLine: /(ready)/ });
const starts = async (name: string) => (await readFile(join(dir, `${name}.starts`), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

describe('a kept process', () => {
  it('is started again after it is killed, and its neighbour is not touched', async () => {
    const restarts: number[] = [];
    const worker = await keepRunning(spec('worker', 0), dir, { restarting: ({ delayMs }) => restarts.push(delayMs) }, policy);
    const neighbour = await keepRunning(spec('neighbour', 0), dir, {}, policy);
    kept.push(worker, neighbour);
    const firstPid = worker.current().child.pid;
    const neighbourPid = neighbour.current().child.pid;
    worker.current().child.kill('SIGKILL');
    for (let i = 0; i < 100 && (await starts('worker')) < 2; i += 1) await sleep(50);
    expect(await starts('worker')).toBe(2);
    expect(worker.current().child.pid).not.toBe(firstPid);
    expect(restarts).toEqual([50]);
    expect(neighbour.current().child.pid).toBe(neighbourPid);
    expect(neighbour.current().child.exitCode).toBeNull();
  });

  it('backs off on every crash of a streak, then gives up on a crash loop, naming it with its log tail', async () => {
    const delays: number[] = [];
    let tail = '';
    const crasher = await keepRunning(spec('crasher', 100), dir, { restarting: ({ delayMs }) => delays.push(delayMs), gaveUp: ({ logTail }) => (tail = logTail) }, policy);
    kept.push(crasher);
    const gaveUp = await Promise.race([crasher.gaveUp, sleep(8000).then(() => null)]);
    expect(gaveUp).toMatchObject({ name: 'crasher', code: 3 });
    expect(delays).toEqual([50, 100, 200]);
    expect(await starts('crasher')).toBe(4);
    expect(tail).toContain('out of memory, giving up');
  });

  it('is not started again once stopped', async () => {
    const quiet = await keepRunning(spec('quiet', 0), dir, {}, policy);
    await quiet.stop();
    await sleep(300);
    expect(await starts('quiet')).toBe(1);
  });
});
