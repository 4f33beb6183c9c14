/**
 * Prisma 6 CLI configuration for @jiguan/prisma-migrate (passed with `--config`; see runPrisma6):
 * the wasm schema engine (`engine: 'js'`) over `@prisma/adapter-pg` 6, so nothing native is needed.
 *
 * Read from the environment that runPrisma6 sets:
 *   JIGUAN_PRISMA6_DATABASE_URL  database the engine connects to (PostgreSQL or the embedded one)
 *   JIGUAN_PRISMA6_SCHEMA        the derived Prisma 6 schema (a file, or the folder of a multi-file one)
 */
import { PrismaPg } from '@prisma/adapter-pg-v6';
import { defineConfig } from 'prisma6/config';
import { Prisma6CompatibleClient } from './prisma6-compatible-client.ts';

const url = new URL(required('JIGUAN_PRISMA6_DATABASE_URL'));

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: required('JIGUAN_PRISMA6_SCHEMA'),
  adapter: async () =>
    // Discrete settings, not a connection string: with a string the adapter uses the main database
    // as the shadow database. A short idle timeout lets the CLI exit right after its work (else ~10 s).
    new PrismaPg({
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username) || 'postgres',
      password: decodeURIComponent(url.password) || undefined,
      database: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
      idleTimeoutMillis: 50,
      Client: Prisma6CompatibleClient,
    }),
});

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run the Prisma 6 CLI through runPrisma6)`);
  return value;
}
