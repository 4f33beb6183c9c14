import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { createDirectoryServer } from './server.ts';

const config = loadConfig();
await serveUntilStopped({ name: 'directory', port: config.port, host: config.host, create: (logger) => createDirectoryServer(config, logger), afterStop: closeDatabase });
