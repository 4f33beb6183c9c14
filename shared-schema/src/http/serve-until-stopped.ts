import type { Server } from 'node:http';
import { createLogger, type Logger } from '../logger.ts';
import { DEFAULT_HOST, listen } from './http-server.ts';

export interface ServeOptions {
  /** The service's name in its logs. */
  name: string;
  port: number;
  /** The address to listen on (`HOST`, default `DEFAULT_HOST`: this machine only). */
  host?: string;
  /** Builds the service's HTTP server (not listening yet). */
  create: (logger: Logger) => Promise<{ server: Server; stop(): Promise<void> }>;
  /** Runs after the server has stopped, e.g. closing the database pool. */
  afterStop?: () => Promise<void>;
}

/** The `main` of every service: build, listen, log `ready`, and on SIGINT/SIGTERM stop cleanly. */
export async function serveUntilStopped(options: ServeOptions): Promise<void> {
  const logger = createLogger(options.name);
  const { server, stop } = await options.create(logger);
  const host = options.host ?? DEFAULT_HOST;
  const port = await listen(server, options.port, host);
  logger.info('ready', { url: `http://localhost:${port}/graphql`, host });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop()
        .then(options.afterStop)
        .finally(() => process.exit(0));
    });
  }
}
