import { SUBGRAPHS, subgraphDir } from './hub-layout.ts';
import { startProcess, type SupervisedProcess } from './supervised-process.ts';

/**
 * Loads the demo dataset: every subgraph's `prisma/seed.ts`, one after another, each its own
 * process (logged to `<logDir>/<name>-seed.log`); a seed leaves an already seeded schema alone.
 * `running` holds the seed running at the moment, so a caller that gives up can stop it.
 */
export async function seedHubDatabase(databaseUrl: string, logDir: string, running: SupervisedProcess[] = []): Promise<void> {
  for (const { name } of SUBGRAPHS) {
    const seed = startProcess({ name: `${name}-seed`, cwd: subgraphDir(name), args: ['--import', 'tsx', 'prisma/seed.ts'], env: { DATABASE_URL: databaseUrl } }, logDir);
    running.push(seed);
    const code = await seed.exited;
    running.splice(running.indexOf(seed), 1);
    if (code !== 0) throw new Error(`${name} seed failed (exit ${code}); see ${seed.logFile}`);
  }
}
