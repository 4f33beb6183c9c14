import { describe, expect, it } from 'vitest';
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { catalogueColumns, superuserQuery, viewColumns } from '@jiguan/runner/testing/bi-database';
import { biCatalogueContractTests } from '@jiguan/runner/testing/bi-dataset-tests';
import { directoryCatalogue } from '../../src/bi/catalogue.ts';

// The views of bi_directory are the catalogue's datasets, column for column.
biCatalogueContractTests('bi_directory', directoryCatalogue);

describe.each(databaseTargets())('the contract check on $name', ({ url }) => {
  const units = directoryCatalogue.find((dataset) => dataset.view === 'bi_directory.units')!;

  it('tells a view whose columns changed without the catalogue: renamed, retyped, added', async () => {
    const changed = await superuserQuery(url, async (client) => {
      // Temporary views in one transaction, rolled back: the real views stay as they are.
      await client.query('BEGIN');
      try {
        await client.query(`CREATE TEMP VIEW units_renamed AS SELECT id, code AS unit_code, name, short_name, kind, kind_label, parent_id, parent_code, depth, path, under_agency_bookkeeping, sort_order, updated_at FROM bi_directory.units`);
        await client.query(`CREATE TEMP VIEW units_retyped AS SELECT id, code, name, short_name, kind, kind_label, parent_id, parent_code, depth::bigint AS depth, path, under_agency_bookkeeping, sort_order, updated_at FROM bi_directory.units`);
        await client.query(`CREATE TEMP VIEW units_added AS SELECT *, 1 AS extra FROM bi_directory.units`);
        const schema = (await client.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE oid = pg_my_temp_schema()')).rows[0]!.name;
        return {
          same: await viewColumns(client, 'bi_directory.units'),
          renamed: await viewColumns(client, `${schema}.units_renamed`),
          retyped: await viewColumns(client, `${schema}.units_retyped`),
          added: await viewColumns(client, `${schema}.units_added`),
        };
      } finally {
        await client.query('ROLLBACK');
      }
    });
    expect(changed.same).toEqual(catalogueColumns(units));
    for (const view of [changed.renamed, changed.retyped, changed.added]) expect(view).not.toEqual(catalogueColumns(units));
    expect(changed.retyped.find((column) => column.name === 'depth')).toEqual({ name: 'depth', type: 'bigint' });
  });
});
