import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { createFinanceServer } from './server.ts';

const config = loadConfig();
await serveUntilStopped({ name: 'finance', port: config.port, host: config.host, create: (logger) => createFinanceServer(config, logger), afterStop: closeDatabase });
