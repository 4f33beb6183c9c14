import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './create-static-server.ts';

/**
 * node --import tsx tools/static-server/src/main.ts --dir frontends/admin/dist --port 4101
 * Gateway: GATEWAY_URL (default http://127.0.0.1:4000). Listens on HOST (default 127.0.0.1: this
 * machine only). Prints `ready http://localhost:PORT`.
 */
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '0' },
  },
});

if (!values.dir || !existsSync(join(values.dir, 'index.html'))) {
  console.error(`static-server: --dir must be a built frontend (no index.html in ${values.dir ?? '(missing)'}); run its build first`);
  process.exit(1);
}

const server = createStaticServer({
  dir: values.dir,
  gatewayUrl: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000',
});

server.listen(Number(values.port), process.env.HOST || '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`ready http://localhost:${port}`);
});

/** Lets requests in flight finish, then exits; gives up on slow ones after this long. */
const shutdownGraceMs = 5_000;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, shutdownGraceMs).unref();
  });
}
