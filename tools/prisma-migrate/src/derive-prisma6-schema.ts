/**
 * Turns a subgraph's Prisma 7 schema into one the Prisma 6 CLI accepts for `migrate diff`: the
 * generator blocks go (nothing is generated, and Prisma 6 does not know the `prisma-client` options),
 * and the datasource gets the `url = env("DATABASE_URL")` Prisma 6 requires and Prisma 7 rejects.
 * Models, enums, views and comments stay as they are.
 */
export function derivePrisma6Schema(prisma7Schema: string): string {
  const withoutGenerators = prisma7Schema.replace(/^generator\s+\w+\s*\{[^}]*\}[ \t]*\r?\n?/gm, '');
  let datasources = 0;
  const result = withoutGenerators.replace(/^datasource\s+\w+\s*\{([^}]*)\}/gm, (block: string, body: string) => {
    datasources += 1;
    if (/^\s*url\s*=/m.test(body)) return block;
    return block.replace(/\}$/, '  url = env("DATABASE_URL")\n}');
  });
  if (datasources !== 1) throw new Error(`expected one datasource block in the Prisma schema, found ${datasources}`);
  return result;
}
