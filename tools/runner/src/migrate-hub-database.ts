import { join } from 'node:path';
import { applyMigrations } from '@jiguan/db/apply-migrations';
import { SUBGRAPHS, subgraphDir } from './hub-layout.ts';

/**
 * Brings the hub's database up to date: every subgraph's Prisma migrations into its own schema,
 * then every subgraph's BI migrations (`bi/migrations/`) into `bi_<name>`. The BI views read other
 * subgraphs' tables (every unit's code and name are the directory's), so they come after all of them.
 * `report` receives one line per schema that changed.
 */
export async function migrateHubDatabase(databaseUrl: string, report: (line: string) => void = () => {}): Promise<void> {
  const steps = [
    ...SUBGRAPHS.map(({ name }) => ({ schema: name, migrationsDir: join(subgraphDir(name), 'prisma/migrations') })),
    ...SUBGRAPHS.map(({ name }) => ({ schema: `bi_${name}`, migrationsDir: join(subgraphDir(name), 'bi/migrations') })),
  ];
  for (const step of steps) {
    const applied = await applyMigrations({ databaseUrl, ...step });
    if (applied.length) report(`${step.schema}: applied migrations ${applied.join(', ')}`);
  }
}
