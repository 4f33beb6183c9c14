import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { createGateway } from './create-gateway.ts';

const config = loadConfig();
await serveUntilStopped({ name: 'gateway', port: config.port, host: config.host, create: (logger) => createGateway(config, logger) });
