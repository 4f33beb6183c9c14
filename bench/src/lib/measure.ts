import { measureCpu } from './cpu.ts';
import { runLoad, type LoadResult } from './load.ts';
import { sampleTreeRss } from './memory.ts';
import type { Operation } from './operations.ts';
import type { BenchOptions } from './options.ts';
import { spread, type Spread } from './stats.ts';
import type { ViewerScenario } from './viewers.ts';

/** Something that serves GraphQL over HTTP and is measured: a gateway, or a subgraph called directly. */
export interface Target {
  name: string;
  url: string;
  /** Its process, whose resident memory and CPU time (with its children's) are sampled during the load. */
  pid: number;
}

export interface RoundResult extends LoadResult {
  /** CPU time the target's processes used per request served, ms. */
  cpuMsPerRequest: number;
  /** CPU time the subgraph processes used per request served, ms (a gateway that deduplicates saves here). */
  subgraphCpuMsPerRequest: number;
}

export interface OperationFigures {
  target: string;
  operation: string;
  viewers: ViewerScenario['name'];
  rounds: RoundResult[];
  requestsPerSecond: Spread;
  p50Ms: Spread;
  p99Ms: Spread;
  cpuMsPerRequest: Spread;
  subgraphCpuMsPerRequest: Spread;
  /** Highest resident memory of the target's process tree while this operation ran, MiB. */
  peakRssMiB: number;
  errors: number;
  /** The answer's size as JSON. */
  responseBytes: number;
  /** Bytes on the wire per answer, headers included (smaller than the JSON when compressed). */
  wireBytesPerResponse: number;
}

/**
 * Sends the operation once to every target, with every token, and checks that each answers 200 with
 * data and no errors, and that they all return the same data. Returns each target's exact answer,
 * which the load generator then expects of every request.
 */
export async function checkAnswers(
  targets: readonly Target[],
  op: Operation,
  tokens: readonly string[],
  warn: (message: string) => void,
): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  let reference: { name: string; data: string } | undefined;
  const ask = async (target: Target, token: string) => {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    const text = await response.text();
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    return { ok: response.status === 200 && !parsed.errors && !!parsed.data, status: response.status, text, parsed };
  };
  for (const target of targets) {
    for (const token of tokens) {
      let answer = await ask(target, token);
      // A failure is reported, and the question asked again: a server that fails once (e.g. on a
      // connection its subgraph closed while it was idle) is measured, with the failure noted.
      for (let attempt = 2; !answer.ok && attempt <= 3; attempt++) {
        warn(`${target.name} failed ${op.name} (HTTP ${answer.status}: ${answer.text.slice(0, 200)}); asking again (${attempt}/3)`);
        answer = await ask(target, token);
      }
      const { text, parsed } = answer;
      if (!answer.ok) throw new Error(`${target.name} answered ${op.name} with ${answer.status}: ${text.slice(0, 500)}`);
      const data = JSON.stringify(parsed.data);
      if (reference && data !== reference.data) throw new Error(`${target.name} and ${reference.name} return different data for ${op.name}`);
      reference ??= { name: target.name, data };
      if (bodies.has(target.name) && bodies.get(target.name) !== text) throw new Error(`${target.name} answers ${op.name} differently for different tokens`);
      bodies.set(target.name, text);
    }
  }
  return bodies;
}

/**
 * Measures one operation on several targets side by side: a warm-up for each, then the rounds,
 * interleaved (round r runs every target once, in a rotated order) so that a drift of the machine
 * touches them all alike. `subgraphPids`: the subgraph processes, whose CPU time is reported too.
 */
export async function measureOperation(
  targets: readonly Target[],
  op: Operation,
  viewers: ViewerScenario,
  options: BenchOptions,
  subgraphPids: readonly number[],
  progress: (message: string) => void,
  warn: (message: string) => void = progress,
): Promise<OperationFigures[]> {
  const bodies = await checkAnswers(targets, op, viewers.tokens, warn);
  const rounds = new Map<string, RoundResult[]>(targets.map((t) => [t.name, []]));
  const peaks = new Map<string, number>(targets.map((t) => [t.name, 0]));
  const run = async (target: Target, durationSeconds: number, record: boolean) => {
    const rss = sampleTreeRss(target.pid);
    const cpu = measureCpu([target.pid]);
    const subgraphCpu = measureCpu(subgraphPids);
    const load = await runLoad(
      {
        url: target.url,
        tokens: viewers.tokens,
        body: JSON.stringify({ query: op.query, variables: op.variables }),
        connections: options.connections,
        durationSeconds,
        acceptEncoding: options.acceptEncoding,
        // A compressed answer cannot be compared as text; then only its status is checked.
        expectBody: options.acceptEncoding ? undefined : bodies.get(target.name),
      },
      options.pin,
    );
    const result: RoundResult = {
      ...load,
      cpuMsPerRequest: cpu.stop() / Math.max(1, load.requests),
      subgraphCpuMsPerRequest: subgraphCpu.stop() / Math.max(1, load.requests),
    };
    peaks.set(target.name, Math.max(peaks.get(target.name) ?? 0, rss.stop()));
    if (record) rounds.get(target.name)?.push(result);
    return result;
  };
  const label = `${op.name} (${viewers.name})`;
  for (const target of targets) {
    if (options.warmupSeconds > 0) {
      progress(`${label}: warming up ${target.name}`);
      await run(target, options.warmupSeconds, false);
    }
  }
  for (let r = 0; r < options.rounds; r++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(i + r) % targets.length] as Target;
      const x = await run(target, options.durationSeconds, true);
      progress(
        `${label} round ${r + 1}/${options.rounds} ${target.name}: ${x.requestsPerSecond.toFixed(0)} req/s, p50 ${x.p50Ms.toFixed(1)} ms, p99 ${x.p99Ms.toFixed(1)} ms, ` +
          `CPU ${x.cpuMsPerRequest.toFixed(2)} ms/req (subgraphs ${x.subgraphCpuMsPerRequest.toFixed(2)})${x.errors ? `, ${x.errors} ERRORS` : ''}`,
      );
    }
  }
  return targets.map((target) => {
    const results = rounds.get(target.name) ?? [];
    return {
      target: target.name,
      operation: op.name,
      viewers: viewers.name,
      rounds: results,
      requestsPerSecond: spread(results.map((x) => x.requestsPerSecond)),
      p50Ms: spread(results.map((x) => x.p50Ms)),
      p99Ms: spread(results.map((x) => x.p99Ms)),
      cpuMsPerRequest: spread(results.map((x) => x.cpuMsPerRequest)),
      subgraphCpuMsPerRequest: spread(results.map((x) => x.subgraphCpuMsPerRequest)),
      peakRssMiB: Math.round(peaks.get(target.name) ?? 0),
      errors: results.reduce((sum, x) => sum + x.errors, 0),
      responseBytes: Buffer.byteLength(bodies.get(target.name) ?? ''),
      wireBytesPerResponse: Math.round(spread(results.map((x) => x.bytesPerSecond / Math.max(1, x.requestsPerSecond))).median),
    };
  });
}
