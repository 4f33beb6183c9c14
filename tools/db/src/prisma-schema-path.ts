import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Prisma schema of a package folder (a subgraph) is: the file `prisma/schema.prisma`, or
 * the folder `prisma/schema/` of a multi-file schema (one `.prisma` file an aggregate, the generators
 * and the datasource in one of them). Null when it has neither. Prisma's CLI finds only the file by
 * itself, so the tools pass the folder to it explicitly.
 */
export function prismaSchemaPath(packageDir: string): string | null {
  const file = join(packageDir, 'prisma', 'schema.prisma');
  if (existsSync(file)) return file;
  const folder = join(packageDir, 'prisma', 'schema');
  return existsSync(folder) && statSync(folder).isDirectory() ? folder : null;
}
