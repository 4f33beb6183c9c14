/**
 * `npm start`: the whole hub on one machine. With no DATABASE_URL it runs on the embedded
 * database under .data/ (kept across restarts); Ctrl-C stops every process.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { REPO_ROOT } from './hub-layout.ts';
import { startHub } from './start-hub.ts';


const startedAt = performance.now();
const dataDir = resolve(process.env.JIGUAN_DATA_DIR ?? resolve(REPO_ROOT, '.data'));
const say = (message: string) => console.log(`[jiguan] ${message}`);

const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
const hub = await startHub({ dataDir, databaseUrl: process.env.DATABASE_URL, report: (message) => say(`${message} (${elapsed()})`) }).catch((error: Error) => {
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
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await hub.stop();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const dead = await hub.firstExit;
if (!stopping) {
  const tail = (await readFile(dead.logFile, 'utf8').catch(() => '')).trimEnd().split('\n').slice(-15).join('\n');
  console.error(`[jiguan] ${dead.name} stopped unexpectedly (exit code ${dead.code}); last lines of ${dead.logFile}:\n${tail}`);
  await shutdown(1);
}
