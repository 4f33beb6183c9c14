import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface ProcessSpec {
  /** Shown in every message about the process. */
  name: string;
  args: string[];
  env?: Record<string, string>;
  cwd: string;
  /** Polled until it answers 200. */
  readyUrl?: string;
  /** Or: a line on stdout that says the process is ready; its first capture group is returned. */
  readyLine?: RegExp;
}

export interface SupervisedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  /** Resolves with the exit code when the process ends, for whatever reason. */
  exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

/** Starts `node <args>` with its output appended to `<logDir>/<name>.log`. */
export function startProcess(spec: ProcessSpec, logDir: string): SupervisedProcess {
  const logFile = join(logDir, `${spec.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null))));
  void exited.then(() => log.end());
  return {
    name: spec.name,
    child,
    logFile,
    exited,
    async stop(timeoutMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until the process is ready; rejects, naming it, when it exits first or takes too long. */
export async function waitUntilReady(proc: SupervisedProcess, spec: ProcessSpec, timeoutMs = 60_000): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  const died = proc.exited.then((code) => {
    throw new Error(`${proc.name} exited with code ${code} before it was ready; see ${proc.logFile}`);
  });
  const ready = spec.readyLine ? readyByLine(proc, spec.readyLine) : readyByUrl(spec.readyUrl ?? '', deadline);
  const timeout = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`${proc.name} was not ready after ${timeoutMs} ms; see ${proc.logFile}`)), timeoutMs);
    timer.unref();
  });
  return Promise.race([ready, died, timeout]);
}

function readyByLine(proc: SupervisedProcess, pattern: RegExp): Promise<string | undefined> {
  return new Promise((resolve) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const match = pattern.exec(buffered);
      if (match) {
        proc.child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    proc.child.stdout?.on('data', onData);
  });
}

async function readyByUrl(url: string, deadline: number): Promise<undefined> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return undefined;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
