import type { PrismaSchemaFile } from './read-prisma-schema.ts';

/**
 * Turns a subgraph's Prisma 7 schema (its one file, or the files of its multi-file folder) into one
 * the Prisma 6 CLI accepts for `migrate diff`: the generator blocks go (nothing is generated, and
 * Prisma 6 does not know the `prisma-client` options), and the datasource gets the
 * `url = env("DATABASE_URL")` Prisma 6 requires and Prisma 7 rejects. Models, enums, views and
 * comments stay as they are, each in its file.
 */
export function derivePrisma6Schema(files: readonly PrismaSchemaFile[]): PrismaSchemaFile[] {
  let datasources = 0;
  const derived = files.map(({ path, text }) => {
    const withoutGenerators = text.replace(/^generator\s+\w+\s*\{[^}]*\}[ \t]*\r?\n?/gm, '');
    const withUrl = withoutGenerators.replace(/^datasource\s+\w+\s*\{([^}]*)\}/gm, (block: string, body: string) => {
      datasources += 1;
      if (/^\s*url\s*=/m.test(body)) return block;
      return block.replace(/\}$/, '  url = env("DATABASE_URL")\n}');
    });
    return { path, text: withUrl };
  });
  if (datasources !== 1) throw new Error(`expected one datasource block in the Prisma schema, found ${datasources}`);
  return derived;
}
