import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { startProcess, waitUntilReady, type ProcessSpec, type SupervisedProcess } from './supervised-process.ts';

/** How a crashed process is brought back: after a growing delay, and not forever. */
export interface RestartPolicy {
  /** Delay before the first restart; it doubles with each crash of the same streak. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** More crashes than this within `withinMs` is a crash loop: the process is left stopped. */
  crashLoop: { crashes: number; withinMs: number };
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { firstDelayMs: 500, maxDelayMs: 10_000, crashLoop: { crashes: 5, withinMs: 60_000 } };

/** What a supervisor reports: a restart, or giving up on a crash loop; each with the end of the log. */
export interface SupervisionEvents {
  restarting?: (event: { name: string; code: number | null; delayMs: number; crashes: number; logTail: string }) => void;
  gaveUp?: (event: { name: string; code: number | null; crashes: number; logFile: string; logTail: string }) => void;
}

export interface KeptProcess {
  name: string;
  /** What the first start said when ready (the capture of `readyLine`). */
  ready: string | undefined;
  /** The process running now (a new one after each restart). */
  current(): SupervisedProcess;
  /** Resolves when the supervisor gave up on a crash loop (never, while it keeps the process up). */
  gaveUp: Promise<{ name: string; code: number | null; logFile: string }>;
  /** Stops the process and its supervision. */
  stop(): Promise<void>;
}

async function logTail(logFile: string, lines = 15): Promise<string> {
  return (await readFile(logFile, 'utf8').catch(() => '')).trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Starts a long-running process, waits until it is ready (a first start that fails throws, as a
 * misconfigured hub should not come up), and from then on restarts it whenever it exits on its
 * own — after a delay that doubles per crash up to `maxDelayMs` — until it crashes more than the
 * crash-loop limit in its window; then it is left stopped and `gaveUp` resolves. The other
 * processes of the hub are not touched either way.
 */
export async function keepRunning(spec: ProcessSpec, logDir: string, events: SupervisionEvents = {}, policy: RestartPolicy = DEFAULT_RESTART_POLICY): Promise<KeptProcess> {
  let current = startProcess(spec, logDir);
  let stopping = false;
  let ready: string | undefined;
  try {
    ready = await waitUntilReady(current, spec);
  } catch (error) {
    await current.stop();
    throw error;
  }

  let resolveGaveUp: (value: { name: string; code: number | null; logFile: string }) => void = () => {};
  const gaveUp = new Promise<{ name: string; code: number | null; logFile: string }>((resolve) => (resolveGaveUp = resolve));
  const crashes: number[] = [];

  const supervise = async () => {
    for (;;) {
      const code = await current.exited;
      if (stopping) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && (crashes[0] ?? 0) < now - policy.crashLoop.withinMs) crashes.shift();
      if (crashes.length > policy.crashLoop.crashes) {
        events.gaveUp?.({ name: spec.name, code, crashes: crashes.length, logFile: current.logFile, logTail: await logTail(current.logFile) });
        resolveGaveUp({ name: spec.name, code, logFile: current.logFile });
        return;
      }
      const delayMs = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (crashes.length - 1));
      events.restarting?.({ name: spec.name, code, delayMs, crashes: crashes.length, logTail: await logTail(current.logFile) });
      await sleep(delayMs);
      if (stopping) return;
      current = startProcess(spec, logDir);
      // A restart that is not ready in time counts as a crash once it exits; one that exits first, at once.
      await waitUntilReady(current, spec).catch(() => undefined);
    }
  };
  void supervise();

  return {
    name: spec.name,
    ready,
    current: () => current,
    gaveUp,
    async stop() {
      stopping = true;
      await current.stop();
    },
  };
}
