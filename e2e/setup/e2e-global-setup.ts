/**
 * Brings up what the browser scenarios run against: the real hub (started as `npm start` starts
 * it, on a fresh data dir, ports shifted by E2E_PORT_OFFSET), production builds of the shell and
 * the remotes (admin, assets, party, services), and the shell's static server. The remotes' servers are left to the
 * scenarios, which stop the admin one to see the shell survive.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '@jiguan/runner/start-hub';
import type { TestProject } from 'vitest/node';
import { artifactsDir } from '../support/artifacts-dir.ts';
import type { E2eContext } from '../support/e2e-context.ts';
import { assertChromiumInstalled } from '../support/launch-browser.ts';
import { serveFrontend } from '../support/serve-frontend.ts';
import { buildFrontend } from './build-frontend.ts';
import { E2E_PORT_OFFSET, e2ePorts } from './e2e-ports.ts';

export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  const workDir = await mkdtemp(join(tmpdir(), 'jiguan-e2e-'));
  // Logs (and the scenarios' screenshots) outlive the run, for a failure to be looked into.
  const logDir = join(artifactsDir, 'logs');
  await rm(logDir, { recursive: true, force: true });
  await mkdir(logDir, { recursive: true });
  const adminUrl = `http://localhost:${e2ePorts.admin}`;
  const shellDist = join(workDir, 'shell-dist');
  const adminDist = join(workDir, 'admin-dist');
  const assetsUrl = `http://localhost:${e2ePorts.assets}`;
  const assetsDist = join(workDir, 'assets-dist');
  const partyUrl = `http://localhost:${e2ePorts.party}`;
  const partyDist = join(workDir, 'party-dist');
  const servicesUrl = `http://localhost:${e2ePorts.services}`;
  const servicesDist = join(workDir, 'services-dist');

  const [hub, builds] = await Promise.allSettled([
    startHub({
      dataDir: join(workDir, 'data'),
      frontends: false,
      portOffset: E2E_PORT_OFFSET,
      env: { LOG_LEVEL: 'warn', ADMIN_REMOTE_URL: adminUrl, ASSETS_REMOTE_URL: assetsUrl, PARTY_REMOTE_URL: partyUrl, SERVICES_REMOTE_URL: servicesUrl },
    }),
    Promise.all([
      buildFrontend('shell', shellDist),
      // The remote's chunks are addressed by its absolute public URL, so it is built for the test port.
      buildFrontend('admin', adminDist, { ADMIN_REMOTE_URL: adminUrl }),
      buildFrontend('assets-portal', assetsDist, { ASSETS_REMOTE_URL: assetsUrl }),
      buildFrontend('party-portal', partyDist, { PARTY_REMOTE_URL: partyUrl }),
      buildFrontend('services-portal', servicesDist, { SERVICES_REMOTE_URL: servicesUrl }),
    ]),
  ]);
  const tearDown = async () => {
    if (hub.status === 'fulfilled') await hub.value.stop();
    await cp(join(workDir, 'data/logs'), join(logDir, 'hub'), { recursive: true }).catch(() => {});
    await rm(workDir, { recursive: true, force: true });
  };
  if (hub.status === 'rejected' || builds.status === 'rejected') {
    await tearDown();
    throw hub.status === 'rejected' ? hub.reason : (builds as PromiseRejectedResult).reason;
  }

  const gatewayOrigin = new URL(hub.value.gatewayUrl).origin;
  const shell = await serveFrontend({ name: 'shell', dist: shellDist, port: e2ePorts.shell, gatewayOrigin, logDir }).catch(
    async (error: unknown) => {
      await tearDown();
      throw error;
    },
  );
  const context: E2eContext = {
    shellUrl: `http://localhost:${e2ePorts.shell}`,
    adminDist,
    adminUrl,
    adminPort: e2ePorts.admin,
    assetsDist,
    assetsUrl,
    assetsPort: e2ePorts.assets,
    partyDist,
    partyUrl,
    partyPort: e2ePorts.party,
    servicesDist,
    servicesUrl,
    servicesPort: e2ePorts.services,
    gatewayOrigin,
    logDir,
  };
  project.provide('e2e', context);
  return async () => {
    await shell.stop();
    await tearDown();
  };
}
