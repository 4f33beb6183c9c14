import { createServer } from 'node:net';
import { SUBGRAPHS } from '../../../shared-schema/src/subgraphs.ts';

/** First port of the servers under test (before the offset): ours, then each peer or variant. */
export const GATEWAYS_BASE_PORT = 4200;
/** Most servers under test in one run. */
export const MAX_SERVERS = 10;

/** Every port a bench run listens on: the hub's (gateway 4000, subgraphs) and the gateways under test, shifted by the offset. */
export function benchPorts(offset: number): number[] {
  const servers = Array.from({ length: MAX_SERVERS }, (_, i) => GATEWAYS_BASE_PORT + i);
  return [4000, ...SUBGRAPHS.map((s) => s.port), ...servers].map((p) => p + offset);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/** Fails at once, naming them, when ports the run needs are taken (another run, or `npm start` moved by an offset). */
export async function assertPortsFree(ports: readonly number[]): Promise<void> {
  const taken = [];
  for (const port of ports) if (!(await isFree(port))) taken.push(port);
  if (taken.length) throw new Error(`ports in use: ${taken.join(', ')}; stop what uses them or set BENCH_PORT_OFFSET`);
}
