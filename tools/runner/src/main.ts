/**
 * `npm start`: the whole hub on one machine. With no DATABASE_URL it runs on the embedded
 * database under .data/ (kept across restarts); Ctrl-C stops every process.
 */
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { REPO_ROOT } from './hub-layout.ts';
import { startHub } from './start-hub.ts';

const startedAt = performance.now();
const dataDir = resolve(process.env.JIGUAN_DATA_DIR ?? resolve(REPO_ROOT, '.data'));
const say = (message: string) => console.log(`[jiguan] ${message}`);

const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
const hub = await startHub({
  dataDir,
  databaseUrl: process.env.DATABASE_URL,
  biDatabasePassword: process.env.BI_DATABASE_PASSWORD,
  report: (message) => say(`${message} (${elapsed()})`),
  // A crashed process is started again on its own; the others, and the browser's shell, stay up.
  supervision: {
    restarting: ({ name, code, delayMs, crashes, logTail }) =>
      console.error(`[jiguan] ${name} stopped unexpectedly (exit code ${code}, crash ${crashes}); starting it again in ${delayMs} ms. Last lines of its log:\n${logTail}`),
    gaveUp: ({ name, code, crashes, logFile, logTail }) =>
      console.error(`[jiguan] ${name} crashed ${crashes} times in a row (last exit code ${code}); it stays stopped, the rest of the hub runs on. Last lines of ${logFile}:\n${logTail}`),
  },
}).catch((error: Error) => {
  console.error(`[jiguan] start failed: ${error.message}`);
  process.exit(1);
});

const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
say(`ready in ${seconds} s`);
say(`GraphQL gateway  ${hub.gatewayUrl}`);
for (const [name, url] of Object.entries(hub.frontendUrls)) say(`${name === 'shell' ? '门户 shell      ' : `${name.padEnd(16)} `} ${url}`);
if (!hub.frontendUrls.shell) say('frontends are not built: run `npm run build` first (npm start does it)');
say('demo logins:');
for (const { username, password, label } of DEMO_ACCOUNTS) say(`  ${username.padEnd(9)} ${password.padEnd(11)} ${label}`);
say(`logs in ${resolve(dataDir, 'logs')}; Ctrl-C stops everything`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await hub.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
