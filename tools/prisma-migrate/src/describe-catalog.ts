import pg from 'pg';
import { quoteIdentifier } from '@jiguan/db/quote-identifier';

/**
 * What a schema holds, as sorted lines that do not mention the schema's name, so two schemas built
 * from different SQL can be compared line by line. Covers relations (tables, views, sequences),
 * columns (type, nullability, default, identity/generated), enums and their values, indexes and
 * constraints (primary, unique, foreign keys with their actions, checks, exclusions). Prisma's
 * `_prisma_migrations` is left out.
 */
export async function describeCatalog(databaseUrl: string, schema: string): Promise<string[]> {
  const client = new pg.Client(databaseUrl);
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('BEGIN');
    // With the schema on the search path, format_type, pg_get_expr and pg_get_constraintdef print
    // its objects unqualified.
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}`);
    const lines: string[] = [];
    for (const [kind, sql] of Object.entries(QUERIES)) {
      const { rows } = await client.query<{ line: string }>(sql, [schema]);
      lines.push(...rows.map((row) => `${kind} ${row.line}`));
    }
    await client.query('COMMIT');
    return lines.sort();
  } finally {
    await client.end();
  }
}

const RELATIONS = `
  SELECT c.oid, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relname <> '_prisma_migrations'`;

const QUERIES: Record<string, string> = {
  relation: `SELECT format('%I (%s)', relname, relkind) AS line FROM (${RELATIONS}) r`,

  column: `
    SELECT format('%I.%I %s %s%s%s%s', r.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                  CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END,
                  coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), ''),
                  CASE a.attidentity WHEN 'a' THEN ' IDENTITY ALWAYS' WHEN 'd' THEN ' IDENTITY BY DEFAULT' ELSE '' END,
                  CASE a.attgenerated WHEN 's' THEN ' GENERATED STORED' ELSE '' END) AS line
      FROM (${RELATIONS}) r
      JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f')`,

  // Values as a sorted set: Prisma appends a new value (ADD VALUE) wherever the schema lists it.
  enum: `
    SELECT format('%I (%s)', t.typname, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumlabel)) AS line
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
     WHERE n.nspname = $1 GROUP BY t.typname`,

  // pg_get_indexdef qualifies the table whatever the search path: drop the qualifier.
  index: `
    SELECT format('%I: %s', i.relname, replace(pg_get_indexdef(i.oid), ' ON ' || quote_ident($1) || '.', ' ON ')) AS line
      FROM (${RELATIONS}) r JOIN pg_index x ON x.indrelid = r.oid JOIN pg_class i ON i.oid = x.indexrelid`,

  // NOT NULL constraints (PostgreSQL 18 lists them here) are already part of the column lines.
  constraint: `
    SELECT format('%I.%I %s%s', r.relname, c.conname, pg_get_constraintdef(c.oid),
                  CASE WHEN c.condeferrable THEN ' DEFERRABLE' ELSE '' END) AS line
      FROM (${RELATIONS}) r JOIN pg_constraint c ON c.conrelid = r.oid
     WHERE c.contype <> 'n'`,

  view: `SELECT format('%I: %s', relname, pg_get_viewdef(oid)) AS line FROM (${RELATIONS}) r WHERE relkind IN ('v', 'm')`,
};
