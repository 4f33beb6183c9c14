import { expect, it } from 'vitest';
import { as, assetsUrl, dataOf, directoryUrl, sqlStatementCount } from './client.ts';

const BUILDINGS = `query ($first: Int!) { buildings(first: $first) { totalCount edges { node {
  code name usingUnit { id name } owningUnit { name } openRectificationCount
  floors(first: 10) { edges { node { label rooms(first: 20) { totalCount edges { node { number area use } } } } } }
} } } }`;

const UNITS = `query ($first: Int!) { organizations(first: $first) { edges { node {
  name buildings(first: 5) { totalCount edges { node { name openRectificationCount } } }
  vehicles(first: 3) { totalCount edges { node { plateNumber } } }
  spaceUsage { officeArea allowedArea overStandard } staffing { rank approvedHeadcount }
} } } }`;

/** SQL statements the assets and directory subgraphs run for one request. */
async function statementsOnce(query: string, first: number, rows: (data: any) => unknown[]) {
  const before = [await sqlStatementCount(assetsUrl()), await sqlStatementCount(directoryUrl())];
  const data = dataOf(await as('assets', query, { first }));
  expect(rows(data)).toHaveLength(first);
  const after = [await sqlStatementCount(assetsUrl()), await sqlStatementCount(directoryUrl())];
  return { assets: (after[0] ?? 0) - (before[0] ?? 0), directory: (after[1] ?? 0) - (before[1] ?? 0) };
}

/**
 * The least of three counts: the directory reads its session table every 2 s in the background
 * (one statement), which may fall inside one request's window; a request's own count is the same each time.
 */
async function statementsFor(query: string, first: number, rows: (data: any) => unknown[]) {
  const counts = [await statementsOnce(query, first, rows), await statementsOnce(query, first, rows), await statementsOnce(query, first, rows)];
  return { assets: Math.min(...counts.map((c) => c.assets)), directory: Math.min(...counts.map((c) => c.directory)) };
}

it('lists 200 properties with their units (from the directory), rooms and open rectification count in as many SQL statements as 10', async () => {
  const rows = (data: any) => data.buildings.edges;
  await statementsFor(BUILDINGS, 2, rows); // warm-up: the first request also opens connections
  const few = await statementsFor(BUILDINGS, 10, rows);
  const many = await statementsFor(BUILDINGS, 200, rows);
  console.log(`buildings(first: 10) → ${JSON.stringify(few)}; buildings(first: 200) → ${JSON.stringify(many)} SQL statements`);
  expect(many).toEqual(few);
  expect(many.assets).toBeLessThanOrEqual(8);
});

it('adds the assets records to 50 units in as many SQL statements as to 5', async () => {
  const rows = (data: any) => data.organizations.edges;
  await statementsFor(UNITS, 2, rows);
  const few = await statementsFor(UNITS, 5, rows);
  const many = await statementsFor(UNITS, 50, rows);
  console.log(`organizations(first: 5) → ${JSON.stringify(few)}; organizations(first: 50) → ${JSON.stringify(many)} SQL statements`);
  expect(many).toEqual(few);
});
