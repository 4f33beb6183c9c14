/**
 * jiguan-migrate: applies a subgraph's committed Prisma migrations into its own schema.
 *
 *   DATABASE_URL=postgres://… jiguan-migrate --schema directory --dir subgraphs/directory/prisma/migrations
 *
 * Options:
 *   --schema <name>        PostgreSQL schema owned by the subgraph (required)
 *   --dir <path>           migrations directory (default prisma/migrations, for running in a subgraph folder)
 *   --database-url <url>   default: the DATABASE_URL environment variable
 *
 * Exit status 0 when the schema is up to date afterwards, 1 when a migration failed or was refused.
 */
import { parseArgs } from 'node:util';
import { applyMigrations } from './apply-migrations.ts';

const usage = 'usage: jiguan-migrate --schema <name> [--dir prisma/migrations] [--database-url <url>]';

const { values } = parseArgs({
  options: {
    schema: { type: 'string' },
    dir: { type: 'string', default: 'prisma/migrations' },
    'database-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
if (!values.schema || !databaseUrl) {
  console.error(`${usage}\n(${values.schema ? 'DATABASE_URL is not set' : '--schema is required'})`);
  process.exit(2);
}

const started = performance.now();
try {
  const applied = await applyMigrations({
    databaseUrl,
    schema: values.schema,
    migrationsDir: values.dir,
    log: (line) => console.error(line),
  });
  console.error(`${values.schema}: ${applied.length} applied in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
