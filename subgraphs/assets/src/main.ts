import { listen } from '@jiguan/shared-schema/http/http-server';
import { createLogger } from '@jiguan/shared-schema/logger';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { createAssetsServer } from './server.ts';

const logger = createLogger('assets');
const config = loadConfig();
const { server, stop } = await createAssetsServer(config, logger);
const port = await listen(server, config.port);
logger.info('ready', { url: `http://localhost:${port}/graphql` });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stop()
      .then(closeDatabase)
      .finally(() => process.exit(0));
  });
}
