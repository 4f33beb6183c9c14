import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The fixture's Prisma client is generated, not committed (`npm run generate` does it under turbo):
 * when it is missing or older than its schema, generate it with the package's own bin.
 */
export default function setup(): void {
  const fixture = fileURLToPath(new URL('./fixtures/sample', import.meta.url));
  const client = join(fixture, 'prisma', 'generated', 'client.ts');
  if (!existsSync(client) || statSync(client).mtimeMs < statSync(join(fixture, 'prisma', 'schema.prisma')).mtimeMs) {
    const bin = fileURLToPath(new URL('../bin/jiguan-prisma-generate.mjs', import.meta.url));
    const generate = spawnSync(process.execPath, [bin], { cwd: fixture, encoding: 'utf8' });
    if (generate.status !== 0) throw new Error(`jiguan-prisma-generate failed:\n${generate.stdout}\n${generate.stderr}`);
  }
}
