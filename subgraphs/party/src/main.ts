import { serveUntilStopped } from '@jiguan/shared-schema/http/serve-until-stopped';
import { loadConfig } from './config.ts';
import { closeDatabase } from './db.ts';
import { createPartyServer } from './server.ts';

const config = loadConfig();
await serveUntilStopped({ name: 'party', port: config.port, host: config.host, create: (logger) => createPartyServer(config, logger), afterStop: closeDatabase });
