import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One file of a Prisma schema. */
export interface PrismaSchemaFile {
  /** Its path inside the schema folder (for a one-file schema, the file's name). */
  path: string;
  text: string;
}

/**
 * The files of a Prisma schema: the one file, or every `.prisma` file under a multi-file schema's
 * folder (sub-folders included, as Prisma reads them), sorted by path.
 */
export function readPrismaSchema(schemaPath: string): PrismaSchemaFile[] {
  if (!statSync(schemaPath).isDirectory()) return [{ path: basename(schemaPath), text: readFileSync(schemaPath, 'utf8') }];
  return readdirSync(schemaPath, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.prisma'))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(schemaPath, path), 'utf8') }));
}
