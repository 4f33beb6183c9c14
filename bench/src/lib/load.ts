import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { LOAD_CORE, pinnedNode } from './pinning.ts';
import { BENCH_ROOT, TSX } from './paths.ts';

export interface LoadJob {
  url: string;
  /** One token: every connection sends it. Several: connection i sends token i (needs one per connection). */
  tokens: string[];
  body: string;
  /** Sent as Accept-Encoding when set. */
  acceptEncoding?: string;
  connections: number;
  durationSeconds: number;
  /** The exact body every answer must have (checked once before the load). */
  expectBody?: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts, non-2xx answers and answers that differ from the expected body. */
  errors: number;
  bytesPerSecond: number;
}

/** Runs one round of load from a separate process on the load core; resolves with its figures. */
export function runLoad(job: LoadJob, pin: boolean): Promise<LoadResult> {
  const [command, ...args] = pinnedNode(pin ? LOAD_CORE : null, [...TSX, resolve(BENCH_ROOT, 'src/lib/load-worker.ts'), JSON.stringify(job)]);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: BENCH_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`load generator failed (exit ${code}): ${stderr || stdout}`));
      else resolvePromise(JSON.parse(last) as LoadResult);
    });
  });
}
