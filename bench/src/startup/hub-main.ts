/**
 * The runner's main (tools/runner/src/main.ts) as the start-up benchmark runs it when the hub's
 * default ports are taken: the same startHub call and the same progress and "ready in" lines, but
 * with the bench's port offset (BENCH_PORT_OFFSET) and without the frontends, whose ports
 * main.ts cannot move.
 */
import { resolve } from 'node:path';
import { startHub } from '../../../tools/runner/src/start-hub.ts';

const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
const say = (message: string) => console.log(`[jiguan] ${message}`);
const dataDir = resolve(process.env.JIGUAN_DATA_DIR ?? '.data');
const hub = await startHub({
  dataDir,
  databaseUrl: process.env.DATABASE_URL,
  frontends: false,
  portOffset: Number(process.env.BENCH_PORT_OFFSET ?? 3300),
  report: (message) => say(`${message} (${elapsed()})`),
});
say(`ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
say(`GraphQL gateway  ${hub.gatewayUrl}`);
const shutdown = async () => {
  await hub.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
