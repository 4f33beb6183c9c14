/**
 * The load generator, run as its own process (pinned to the load core by load.ts): autocannon with
 * keep-alive connections POSTing one GraphQL request over and over. With one token, all connections
 * send it (one viewer, many tabs: identical requests at the same moment); with several, connection
 * i sends token i (distinct viewers). Latencies are collected here from every response and their
 * percentiles computed exactly. Takes a LoadJob as JSON in argv[2]; prints a LoadResult as JSON.
 */
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load.ts';

const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob;
const latencies: number[] = [];
const started = performance.now();
// One autocannon instance per token: with distinct tokens, each instance has its own connections.
const perInstance = job.tokens.length === 1 ? job.connections : 1;
const runs = (job.tokens.length === 1 ? job.tokens : job.tokens.slice(0, job.connections)).map(
  (token) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: job.url,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            ...(job.acceptEncoding ? { 'accept-encoding': job.acceptEncoding } : {}),
          },
          body: job.body,
          connections: perInstance,
          duration: job.durationSeconds,
          // Every answer must be exactly the one checked before the run; anything else counts as an error.
          ...(job.expectBody ? { expectBody: job.expectBody } : {}),
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode === 200) latencies.push(responseTime);
      });
    }),
);
const results = await Promise.all(runs);
const seconds = Math.max(...results.map((r) => r.duration)) || (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
const requests = results.reduce((sum, r) => sum + r.requests.total, 0);
const out: LoadResult = {
  requests,
  seconds,
  requestsPerSecond: requests / seconds,
  p50Ms: percentile(50),
  p99Ms: percentile(99),
  errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx + (r.mismatches ?? 0), 0),
  bytesPerSecond: results.reduce((sum, r) => sum + r.throughput.average, 0),
};
console.log(JSON.stringify(out));
