import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { createAssetsServer } from './server.ts';

const config = loadConfig();
await serveUntilStopped({ name: 'assets', port: config.port, host: config.host, create: (logger) => createAssetsServer(config, logger), afterStop: closeDatabase });
