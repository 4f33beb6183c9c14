import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { createServicesServer } from './server.ts';

const config = loadConfig();
await serveUntilStopped({ name: 'services', port: config.port, host: config.host, create: (logger) => createServicesServer(config, logger), afterStop: closeDatabase });
