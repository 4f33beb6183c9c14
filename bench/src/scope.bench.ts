/**
 * What the data-scope layer costs a subgraph: operations sent straight to the directory and the
 * assets subgraph by a viewer who sees every row (the leader: the plain Prisma client) and by one
 * whose scope is a unit (区审计局: the scoped client, every list filtered, every to-one row checked),
 * with the subgraph's CPU per request and its SQL statements per request.
 *
 *   npm run bench:scope --prefix bench
 */
import { sqlStatementCount } from '../../tools/runner/src/testing/graphql-client.ts';
import { measureOperation, type OperationFigures, type Target } from './lib/measure.ts';
import type { Operation } from './lib/operations.ts';
import { hasTaskset, LOAD_CORE, pinSelf } from './lib/pinning.ts';
import { writeResult } from './lib/results.ts';
import { runBench } from './lib/run-bench.ts';
import { formatSpread } from './lib/stats.ts';
import { textTable } from './lib/table.ts';
import { distinctTokens } from './lib/viewers.ts';

const OPERATIONS: (Operation & { subgraph: 'directory' | 'assets' })[] = [
  {
    name: 'people',
    subgraph: 'directory',
    description: 'people(first: 200) with their unit: one list, its to-one relation',
    query: 'query People { people(first: 200) { edges { node { name organization { name } } } } }',
    subgraphs: ['directory'],
  },
  {
    name: 'rooms',
    subgraph: 'assets',
    description: 'buildings(first: 50) → floors → rooms → their holders: lists nested four deep',
    query:
      'query Rooms { buildings(first: 50) { edges { node { code owningUnit { id } floors(first: 10) { edges { node { label rooms(first: 20) { edges { node { number allocations(first: 1) { edges { node { organization { id } } } } } } } } } } } } } }',
    subgraphs: ['assets'],
  },
  {
    name: 'bookings',
    subgraph: 'assets',
    description: 'vehicleBookings(first: 100) with their vehicle: to-one rows checked one by one',
    query: 'query Bookings { vehicleBookings(first: 100) { edges { node { purpose organization { id } vehicle { plateNumber } } } } }',
    subgraphs: ['assets'],
  },
];

const VIEWERS = [
  { name: 'every row (leader)', username: 'leader' },
  { name: 'one unit (unit)', username: 'unit' },
];

await runBench('scope', async ({ options, bench, say }) => {
  if (options.pin) pinSelf(LOAD_CORE);
  const pid = (name: string) => bench.hub.processes().find((p) => p.name === name)?.child.pid ?? -1;
  const figures: (OperationFigures & { viewer: string; sqlPerRequest: number })[] = [];
  for (const viewer of VIEWERS) {
    const tokens = await distinctTokens(bench.hub.gatewayUrl, options.connections, viewer.username);
    for (const op of OPERATIONS) {
      if (options.only.operations && !options.only.operations.includes(op.name)) continue;
      const url = bench.hub.subgraphUrls[op.subgraph] ?? '';
      const target: Target = { name: op.subgraph, url, pid: pid(op.subgraph) };
      const before = await sqlStatementCount(url);
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` }, body: JSON.stringify({ query: op.query }) });
      const sqlPerRequest = (await sqlStatementCount(url)) - before;
      const [measured] = await measureOperation([target], op, { name: 'distinct viewers', tokens }, options, [target.pid], say);
      if (measured) figures.push({ ...measured, viewer: viewer.name, sqlPerRequest });
    }
  }
  const pinned = options.pin && hasTaskset ? `load on core ${LOAD_CORE}, subgraphs unpinned` : 'unpinned';
  console.log(`\nData-scope layer (${bench.database}; ${options.rounds} × ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up; distinct tokens; ${pinned})\n`);
  console.log(
    textTable(
      ['operation', 'subgraph', 'viewer', 'req/s', 'p50 ms', 'p99 ms', 'subgraph CPU ms/req', 'SQL/request'],
      figures.map((f) => [f.operation, f.target, f.viewer, formatSpread(f.requestsPerSecond), formatSpread(f.p50Ms, 1), formatSpread(f.p99Ms, 1), formatSpread(f.cpuMsPerRequest, 2), String(f.sqlPerRequest)]),
    ),
  );
  for (const op of OPERATIONS) console.log(`${op.name}: ${op.description}`);
  const file = await writeResult('scope', { settings: { ...options, database: bench.database }, figures: { operations: OPERATIONS, results: figures } });
  say(`written ${file}`);
});
