import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/**
 * Opens PGlite on a data directory (reopened when it holds a database) or in memory (dataDir
 * omitted). A new database starts from a cached copy of a freshly initialised data directory:
 * initialising (initdb) is most of PGlite's cold start (~5 s and ~800 MB RSS here), loading the copy
 * ~1.5 s and ~500 MB. The copy is made once per PGlite version, in the OS temp directory.
 *
 * The contrib extensions the migrations create (`CREATE EXTENSION`) are loaded on every open:
 * `btree_gist`, for exclusion constraints that mix equality and range overlap (a room's bookings).
 */
const EXTENSIONS = { btree_gist };

export async function createPglite(dataDir?: string): Promise<PGlite> {
  if (dataDir !== undefined && existsSync(join(dataDir, 'PG_VERSION'))) return PGlite.create({ dataDir, extensions: EXTENSIONS });

  const template = templatePath();
  if (existsSync(template)) {
    try {
      return await PGlite.create({ dataDir, extensions: EXTENSIONS, loadDataDir: new Blob([readFileSync(template)]) });
    } catch {
      // A damaged copy: initialise from scratch and make a new one below.
    }
  }
  const db = await PGlite.create({ dataDir, extensions: EXTENSIONS });
  const dump = await db.dumpDataDir('gzip');
  // Written aside and renamed, so a concurrent reader never sees half a file.
  const partial = `${template}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, template);
  return db;
}

function templatePath(): string {
  // The package does not export its package.json; it sits next to dist/, where the entry point is.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return join(tmpdir(), `jiguan-pglite-${version}-initdb.tar.gz`);
}
