import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { offlinePrismaEnv, prismaEngineStub } from '../src/offline-prisma-env.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = join(packageDir, 'bin', 'jiguan-prisma-generate.mjs');

describe('jiguan-prisma-generate', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'jiguan-generate-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('runs Prisma 7 generate offline: the client (TypeScript) and the Pothos types', () => {
    const schema = join(workDir, 'schema.prisma');
    copyFileSync(join(packageDir, 'tests', 'fixtures', 'sample', 'prisma', 'schema.prisma'), schema);
    // Run from the package (it resolves `prisma` from the current folder), for a schema elsewhere.
    const result = spawnSync(process.execPath, [bin, '--schema', schema], { cwd: packageDir, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/binaries\.prisma\.sh|download/i);
    expect(result.status).toBe(0);
    expect(existsSync(join(workDir, 'generated', 'client.ts'))).toBe(true);
    expect(existsSync(join(workDir, 'generated', 'pothos-types.ts'))).toBe(true);
  });

  it('points Prisma at an engine stub that fails, so nothing is downloaded and nothing fakes success', () => {
    expect(offlinePrismaEnv().PRISMA_SCHEMA_ENGINE_BINARY).toBe(prismaEngineStub);
    expect(spawnSync(prismaEngineStub, ['--version']).status).toBe(1);
  });
});
