import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prismaSchemaPath } from '@jiguan/db/prisma-schema-path';

/** The monorepo's root, three levels above this file (tools/prisma-migrate/src). */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Every `subgraphs/<name>` folder that has a Prisma schema (prisma/schema.prisma or prisma/schema/), sorted by name. */
export function findPrismaSubgraphs(root: string = repoRoot): string[] {
  const subgraphs = join(root, 'subgraphs');
  if (!existsSync(subgraphs)) return [];
  return readdirSync(subgraphs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && prismaSchemaPath(join(subgraphs, entry.name)) !== null)
    .map((entry) => join(subgraphs, entry.name))
    .sort();
}
