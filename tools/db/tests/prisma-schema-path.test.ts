import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prismaSchemaPath } from '../src/prisma-schema-path.ts';

describe('prismaSchemaPath', () => {
  const workDir = mkdtempSync(join(tmpdir(), 'jiguan-schema-path-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));
  const packageWith = (layout: 'file' | 'folder' | 'none') => {
    const dir = mkdtempSync(join(workDir, `${layout}-`));
    mkdirSync(join(dir, 'prisma'));
    if (layout === 'file') writeFileSync(join(dir, 'prisma', 'schema.prisma'), '');
    if (layout === 'folder') mkdirSync(join(dir, 'prisma', 'schema'));
    return dir;
  };

  it('finds prisma/schema.prisma, or else the multi-file folder prisma/schema/', () => {
    const file = packageWith('file');
    const folder = packageWith('folder');
    expect(prismaSchemaPath(file)).toBe(join(file, 'prisma', 'schema.prisma'));
    expect(prismaSchemaPath(folder)).toBe(join(folder, 'prisma', 'schema'));
  });

  it('is null for a package without a Prisma schema', () => {
    expect(prismaSchemaPath(packageWith('none'))).toBeNull();
    expect(prismaSchemaPath(join(workDir, 'missing'))).toBeNull();
  });
});
