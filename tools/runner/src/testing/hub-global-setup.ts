/**
 * Vitest globalSetup that runs the real hub (embedded database, every subgraph, the gateway; each
 * a process, as `npm start` runs them) on a fresh temporary data dir, shifted by 1000 ports so it
 * can run beside `npm start`. Test files read the URLs with `inject('hub')`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startHub } from '../start-hub.ts';
import './test-hub.ts';
import { TEST_PORT_SHIFT } from './test-port-shift.ts';

export const TEST_PORT_OFFSET = 1000 + TEST_PORT_SHIFT;

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'jiguan-test-'));
  const hub = await startHub({ dataDir, frontends: false, portOffset: TEST_PORT_OFFSET, env: { LOG_LEVEL: 'warn' } });
  project.provide('hub', { gatewayUrl: hub.gatewayUrl, subgraphUrls: hub.subgraphUrls, databaseUrl: hub.databaseUrl, dataDir });
  return async () => {
    await hub.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
