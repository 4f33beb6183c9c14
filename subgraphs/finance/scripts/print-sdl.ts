/** Writes schema.graphql, the SDL that composition reads (`npm run sdl`; then `npm run compose` at the root). */
import { writeSubgraphSdl } from '@jiguan/shared-schema/write-subgraph-sdl';

// Printing the schema touches no database, but db.ts wants a URL to build its (lazy) pool.
process.env.DATABASE_URL ??= 'postgresql://localhost/sdl-printing-uses-no-database';
const { schema } = await import('../src/schema/index.ts');
await writeSubgraphSdl('finance', schema);
