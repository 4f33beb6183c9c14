/**
 * jiguan-prisma-generate: `prisma generate` with Prisma 7's CLI, offline. A subgraph's
 * `"generate": "jiguan-prisma-generate"` script runs it in the subgraph folder, on its
 * `prisma/schema.prisma` or its multi-file `prisma/schema/` folder; extra arguments go to
 * `prisma generate` (e.g. `--schema other/schema.prisma`).
 *
 * The Prisma CLI is the one the current folder resolves (the subgraph's `prisma` devDependency).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { offlinePrismaEnv } from './offline-prisma-env.ts';
import { prismaSchemaPath } from './prisma-schema-path.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const manifestPath = require.resolve('prisma/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; bin: { prisma: string } };
if (!manifest.version.startsWith('7.')) {
  console.error(`jiguan-prisma-generate expects Prisma 7, found prisma@${manifest.version} (${manifestPath})`);
  process.exit(1);
}

const cli = join(dirname(manifestPath), manifest.bin.prisma);
const args = process.argv.slice(2);
const schema = prismaSchemaPath(process.cwd());
if (!args.some((arg) => arg.startsWith('--schema')) && schema !== null) args.push('--schema', schema);
const result = spawnSync(process.execPath, [cli, 'generate', ...args], {
  stdio: 'inherit',
  env: { ...process.env, ...offlinePrismaEnv(), PATH: withPackageBins(process.env.PATH ?? '') },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);

/**
 * Prisma runs generators such as `prisma-pothos-types` as commands: put every node_modules/.bin from
 * here up to the root on PATH, as `npm run` does, so it also works when called directly.
 */
function withPackageBins(path: string): string {
  const bins: string[] = [];
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const bin = join(dir, 'node_modules', '.bin');
    if (existsSync(bin)) bins.push(bin);
    if (dirname(dir) === dir) break;
  }
  return [...bins, path].filter(Boolean).join(delimiter);
}
