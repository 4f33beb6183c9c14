import { createRequire } from 'node:module';
import { startProcess, waitUntilReady, type SupervisedProcess } from '@jiguan/runner/supervised-process';

const staticServerMain = createRequire(import.meta.url).resolve('@jiguan/static-server/main');

export interface ServeFrontendOptions {
  name: string;
  dist: string;
  port: number;
  gatewayOrigin: string;
  logDir: string;
}

/** Serves a built frontend with the static server, as `npm start` does; resolves once it is ready. */
export async function serveFrontend(options: ServeFrontendOptions): Promise<SupervisedProcess> {
  const spec = {
    name: `frontend-${options.name}`,
    cwd: process.cwd(),
    args: ['--import', 'tsx', staticServerMain, '--dir', options.dist, '--port', String(options.port)],
    env: { GATEWAY_URL: options.gatewayOrigin },
    readyLine: /ready (\S+)/,
  };
  const server = startProcess(spec, options.logDir);
  try {
    await waitUntilReady(server, spec, 15_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
