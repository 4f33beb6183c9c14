import { listen } from '@jiguan/shared-schema/http/http-server';
import { createLogger } from '@jiguan/shared-schema/logger';
import { loadConfig } from './config.ts';
import { createGateway } from './create-gateway.ts';

const logger = createLogger('gateway');
const config = loadConfig();
const { server, stop } = await createGateway(config, logger);
const port = await listen(server, config.port);
logger.info('ready', { url: `http://localhost:${port}/graphql`, supergraph: config.supergraphPath });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stop().finally(() => process.exit(0)));
}
