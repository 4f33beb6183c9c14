import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlinePrismaEnv } from '@jiguan/db/offline-prisma-env';

export interface RunPrisma6Options {
  /** Database the wasm schema engine connects to. */
  databaseUrl: string;
  /** A Prisma 6 schema, file or folder (see derivePrisma6Schema). */
  schema: string;
}

export interface Prisma6Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

const require = createRequire(import.meta.url);
/** The Prisma 6 CLI, run by path: `node_modules/.bin/prisma` is Prisma 7's. */
const cli = join(dirname(require.resolve('prisma6/package.json')), 'build', 'index.js');
const config = fileURLToPath(new URL('./prisma6.config.ts', import.meta.url));

/** Runs the Prisma 6 CLI offline (js engine, engine binaries stubbed) with the given arguments. */
export function runPrisma6(args: string[], options: RunPrisma6Options): Promise<Prisma6Result> {
  const child = spawn(process.execPath, [cli, ...args, '--config', config], {
    cwd: dirname(options.schema),
    env: {
      ...process.env,
      ...offlinePrismaEnv(),
      JIGUAN_PRISMA6_DATABASE_URL: options.databaseUrl,
      JIGUAN_PRISMA6_SCHEMA: options.schema,
      // The derived schema's `url = env("DATABASE_URL")` must resolve; the adapter decides the connection.
      DATABASE_URL: options.databaseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}
