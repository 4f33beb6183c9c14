/**
 * The tests every subgraph runs on its BI datasets (`tests/bi/`), on the embedded PGlite and on
 * TEST_DATABASE_URL's PostgreSQL, both migrated and seeded by hub-database-global-setup:
 * - the contract: the views of `bi_<subgraph>` are the catalogue's datasets, column for column;
 * - the row scope: a login scoped to a unit, and the `jiguan.bi_unit_ids` setting, see exactly the
 *   rows of a unit-scoped view that name the unit, the setting only narrows, and the list of
 *   visible units is computed once per query, never per row.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { databaseTargets, type DatabaseTarget } from '@jiguan/embedded-postgres/testing/database-targets';
import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { catalogueColumns, createBiLogin, rowKey, superuserQuery, unitCodeColumns, viewColumns, withBiSession, type BiLogin } from './bi-database.ts';

export function biCatalogueContractTests(schema: string, catalogue: readonly BiDataset[]): void {
  describe.each(databaseTargets())(`${schema} on $name`, ({ url }) => {
    it('holds exactly the catalogue\'s datasets, named <subgraph>_<view>', async () => {
      const views = await superuserQuery(url, async (client) =>
        (await client.query<{ name: string }>(`SELECT table_schema || '.' || table_name AS name FROM information_schema.views WHERE table_schema = $1`, [schema])).rows.map((row) => row.name),
      );
      expect(views.sort()).toEqual(catalogue.map((dataset) => dataset.view).sort());
      for (const dataset of catalogue) {
        const [viewSchema, view] = dataset.view.split('.');
        expect(viewSchema).toBe(schema);
        expect(dataset.name).toBe(`${dataset.owner}_${view}`);
      }
    });

    it.each(catalogue.map((dataset) => ({ dataset, view: dataset.view })))('$view has the catalogue\'s columns, in order, with their types', async ({ dataset }) => {
      const columns = await superuserQuery(url, (client) => viewColumns(client, dataset.view));
      expect(columns, `${dataset.view} and ${dataset.name} in src/bi/catalogue.ts differ: change both together`).toEqual(catalogueColumns(dataset));
      const names = new Set(columns.map((column) => column.name));
      for (const column of [...dataset.keyColumns, dataset.unitColumn, dataset.dateColumn, dataset.changeColumn]) if (column) expect(names).toContain(column);
    });
  });
}

export function biScopeTests(catalogue: readonly BiDataset[]): void {
  const scoped = catalogue.filter((dataset) => dataset.unitColumn);

  describe.each(databaseTargets())('row scope on $name', (target) => {
    const logins = new Map<string, BiLogin>();
    /** One login per unit scope (`*` every unit), created on first use. */
    const loginFor = async (unitIds: string[] | null) => {
      const key = unitIds?.join(',') ?? '*';
      if (!logins.has(key)) logins.set(key, await createBiLogin(target.url, unitIds));
      return logins.get(key)!;
    };
    afterAll(async () => {
      for (const login of logins.values()) await login.drop();
    });

    it.each(scoped.map((dataset) => ({ dataset, view: dataset.view })))('$view: a unit\'s login and the setting see exactly the rows naming the unit', async ({ dataset }) => {
      const all = await readView(target, await loginFor(null), dataset);
      const unit = busiestUnit(dataset, all);
      const unitRows = all.filter((row) => unitCodeColumns(dataset).some((column) => row[column] === unit.code)).map((row) => rowKey(dataset, row)).sort();
      expect(unitRows.length, `${dataset.view} has rows of some unit in the demo data`).toBeGreaterThan(0);

      const byLogin = await readView(target, await loginFor([unit.id]), dataset);
      expect(byLogin.map((row) => rowKey(dataset, row)).sort()).toEqual(unitRows);
      const bySetting = await readView(target, await loginFor(null), dataset, unit.id);
      expect(bySetting.map((row) => rowKey(dataset, row)).sort()).toEqual(unitRows);
      // An unscoped reader sees every row: as many as the view holds for its owner.
      const total = await superuserQuery(target.url, async (client) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${dataset.view}`)).rows[0]!.n);
      expect(all.length).toBe(total);
    });

    it.skipIf(scoped.length === 0)('the setting only narrows a login\'s scope, never widens it', async () => {
      const dataset = scoped[0]!;
      const all = await readView(target, await loginFor(null), dataset);
      const unit = busiestUnit(dataset, all);
      const other = all.map((row) => row[dataset.unitColumn!.replace(/_code$/, '_id')]).find((id) => id && id !== unit.id) as string;
      const login = await loginFor([unit.id]);
      const own = (await readView(target, login, dataset)).length;
      expect(await readView(target, login, dataset, other)).toEqual([]);
      expect((await readView(target, login, dataset, `${unit.id},${other}`)).length).toBe(own);
      // A setting naming no unit at all hides everything rather than lifting the scope.
      expect(await readView(target, await loginFor(null), dataset, ' , ')).toEqual([]);
      expect(await readView(target, await loginFor([]), dataset)).toEqual([]);
    });

    it.each(scoped.map((dataset) => ({ dataset, view: dataset.view })))('$view computes the visible units once per query (an InitPlan), not once per row', async ({ dataset }) => {
      const login = await loginFor(null);
      const plan = await withBiSession(target, login, async (session) => {
        const [row] = await session.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (VERBOSE, FORMAT JSON) SELECT * FROM ${dataset.view}`);
        return JSON.stringify(row!['QUERY PLAN']);
      });
      const nodes = planNodes(JSON.parse(plan));
      const perRow = nodes.filter((node) => JSON.stringify([node['Filter'], node['Join Filter'], node['Hash Cond']]).includes('visible_unit_ids'));
      expect(perRow, 'no per-row call of visible_unit_ids()').toEqual([]);
      const initPlans = nodes.filter((node) => node['Parent Relationship'] === 'InitPlan' && JSON.stringify(node['Output']).includes('visible_unit_ids'));
      expect(initPlans.length).toBeGreaterThan(0);
    });
  });
}

/** The view's rows as the login sees them, optionally narrowed by the setting jiguan.bi_unit_ids. */
async function readView(target: DatabaseTarget, login: BiLogin, dataset: BiDataset, setting?: string): Promise<Record<string, unknown>[]> {
  return withBiSession(target, login, async (session) => {
    if (setting !== undefined) await session.query(`SELECT set_config('jiguan.bi_unit_ids', $1, true)`, [setting]);
    return session.query(`SELECT * FROM ${dataset.view}`);
  });
}

/** The unit named by the most rows of the view: its scope is never empty. */
function busiestUnit(dataset: BiDataset, rows: Record<string, unknown>[]): { id: string; code: string } {
  const counts = new Map<string, { id: string; code: string; rows: number }>();
  for (const row of rows) {
    for (const column of unitCodeColumns(dataset)) {
      const code = row[column] as string | null;
      if (!code) continue;
      const entry = counts.get(code) ?? { id: row[column.replace(/_code$/, '_id')] as string, code, rows: 0 };
      entry.rows += 1;
      counts.set(code, entry);
    }
  }
  const busiest = [...counts.values()].sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code))[0];
  if (!busiest) throw new Error(`${dataset.view} has no row of any unit in the demo data`);
  return busiest;
}

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

function planNodes(explained: unknown): PlanNode[] {
  const root = (explained as { Plan: PlanNode }[])[0]!.Plan;
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root);
  return nodes;
}
