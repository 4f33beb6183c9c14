import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  /** Folder name, e.g. 20250101120000_init; migrations apply in the order of these names. */
  name: string;
  /** Contents of its migration.sql. */
  sql: string;
  /** SHA-256 of migration.sql in hex: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/**
 * Reads a Prisma migrations directory: every sub-folder holding a migration.sql, sorted by name.
 * A missing directory means no migrations yet.
 */
export function readMigrations(migrationsDir: string): Migration[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(migrationsDir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}
