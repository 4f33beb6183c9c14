import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { as, asDirectAt, dataOf, tokenOf, type DemoUser } from '@jiguan/runner/testing/demo-client';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { beforeAll, describe, expect, it } from 'vitest';

const asDirect = (user: DemoUser, query: string, variables?: Record<string, unknown>) => asDirectAt('assets', user, query, variables);

/**
 * No path shows a unit user (区审计局) another unit's row: every list of the graph (every subgraph's,
 * read from the gateway's schema, so a new domain's lists are walked too), walked three
 * levels deep through every relation, and `_entities` sent to the assets subgraph itself. The
 * oracle here is independent of the scope rules: a row that names units (its organization,
 * owning or using unit, receiving unit, recipient, or those of the row it hangs on) must name the
 * viewer's; a property may also be one the viewer holds rooms in. The unit tree, the warehouse
 * catalogue and the Party organisations (党组织, set up in the bureau's units) are open to every reader.
 */
const UNIT = demoUnitId('区审计局');
const UNIT_FIELDS = ['organization', 'owningUnit', 'usingUnit', 'receiving', 'recipient'];
const OPEN_TYPES = new Set(['Organization', 'WarehouseItem', 'Warehouse', 'OfficeSpaceStandard', 'Staffing', 'Period', 'AssetsKpis', 'PartyOrganization']);

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Field {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
type Types = Map<string, { kind: string; fields: Field[] | null }>;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const INTROSPECTION = `{ __schema { queryType { name } types { name kind fields { name args { name type { ...T } } type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

/** A selection of every relation of `type`, three levels deep, with the unit fields of each row. */
function selection(types: Types, typeName: string, depth: number, path: readonly string[] = []): string {
  const type = types.get(typeName);
  if (!type?.fields) return '';
  const parts = ['__typename'];
  for (const field of type.fields) {
    const target = named(field.type);
    const required = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
    if (required.length || target.name === null || field.name.startsWith('_')) continue;
    const kind = types.get(target.name)?.kind;
    if (field.name === 'id') parts.push(field.name);
    if (kind !== 'OBJECT') continue;
    if (UNIT_FIELDS.includes(field.name) || field.name === 'fromUnit') {
      parts.push(`${field.name} { id }`);
      continue;
    }
    if (depth === 0 || path.includes(target.name) || target.name === 'PageInfo' || target.name.endsWith('Kpis')) continue;
    const isConnection = target.name.endsWith('Connection');
    const nodeType = isConnection ? named(types.get(target.name)?.fields?.find((f) => f.name === 'edges')?.type as TypeRef).name : target.name;
    const nodeTypeName = isConnection ? named(types.get(nodeType ?? '')?.fields?.find((f) => f.name === 'node')?.type as TypeRef).name : nodeType;
    if (!nodeTypeName || path.includes(nodeTypeName)) continue;
    const inner = selection(types, nodeTypeName, depth - 1, [...path, typeName]);
    if (!inner) continue;
    parts.push(isConnection ? `${field.name}${field.args.some((a) => a.name === 'first') ? '(first: 3)' : ''} { edges { node { ${inner} } } }` : `${field.name} { ${inner} }`);
  }
  return parts.join(' ');
}

let tenantBuildings = new Set<string>();

/** Whether a row the unit user got breaks the rule; its to-one neighbours' units count as its own. */
function outsideScope(row: Record<string, unknown>): boolean {
  const typename = row.__typename as string;
  if (OPEN_TYPES.has(typename)) return false;
  if (typename === 'Building' && tenantBuildings.has(row.id as string)) return false;
  const units = new Set<string>();
  const collect = (value: Record<string, unknown>) => {
    for (const field of [...UNIT_FIELDS, 'fromUnit']) {
      const ref = value[field] as { id?: string } | null | undefined;
      if (ref?.id) units.add(ref.id);
    }
  };
  collect(row);
  if (units.size === 0) {
    // A row that names no unit itself is judged by the rows it hangs on (a trip's vehicle …).
    for (const value of Object.values(row)) if (value && typeof value === 'object' && !Array.isArray(value) && '__typename' in value) collect(value as Record<string, unknown>);
    const parent = Object.values(row).find((value) => (value as { __typename?: string } | null)?.__typename === 'Building') as Record<string, unknown> | undefined;
    if (parent && tenantBuildings.has(parent.id as string)) return false;
  }
  return units.size > 0 && !units.has(UNIT);
}

/** Every row object in an answer, with where it was found. */
function* rows(value: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const [i, element] of value.entries()) yield* rows(element, `${path}.${i}`);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string') yield [path, record];
    for (const [key, child] of Object.entries(record)) yield* rows(child, `${path}.${key}`);
  }
}

function leaksIn(data: unknown): string[] {
  return [...rows(data)].filter(([, row]) => outsideScope(row)).map(([path, row]) => `${path} ${row.__typename} ${row.id ?? ''}`);
}

let types: Types;
/** The assets subgraph's own types, for the operations sent to it directly. */
let subgraphTypes: Types;
let rootLists: Field[];

beforeAll(async () => {
  const { __schema } = dataOf(await as('unit', INTROSPECTION));
  types = new Map(__schema.types.map((t: { name: string; kind: string; fields: Field[] | null }) => [t.name, t]));
  const subgraph = dataOf(await asDirect('unit', INTROSPECTION)).__schema;
  subgraphTypes = new Map(subgraph.types.map((t: { name: string; kind: string; fields: Field[] | null }) => [t.name, t]));
  rootLists = (types.get(__schema.queryType.name)?.fields ?? []).filter((f) => !f.args.some((a) => a.type.kind === 'NON_NULL') && named(f.type).name?.endsWith('Connection'));
  const { roomAllocations } = dataOf(await as('unit', '{ roomAllocations(first: 200) { edges { node { room { floor { building { id } } } } } } }'));
  tenantBuildings = new Set(roomAllocations.edges.map((e: any) => e.node.room?.floor?.building?.id).filter(Boolean));
});

describe('no path shows a unit user another unit’s row', () => {
  it('through every list of the graph, three levels deep', async () => {
    expect(rootLists.length).toBeGreaterThan(15);
    const leaks: string[] = [];
    for (const root of rootLists) {
      const node = named(types.get(named(root.type).name ?? '')?.fields?.find((f) => f.name === 'edges')?.type as TypeRef).name ?? '';
      const nodeType = named(types.get(node)?.fields?.find((f) => f.name === 'node')?.type as TypeRef).name ?? '';
      // Three levels deep, or as deep as the query limits let a type as wide as this one go.
      let result = await as('unit', `{ ${root.name}(first: 20) { edges { node { ${selection(types, nodeType, 3)} } } } }`);
      for (let depth = 2; depth >= 1 && result.errors?.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX'); depth--) {
        result = await as('unit', `{ ${root.name}(first: 20) { edges { node { ${selection(types, nodeType, depth)} } } } }`);
      }
      // Fields of another unit may be refused (FORBIDDEN); what comes back must be the unit's.
      for (const error of result.errors ?? []) expect(['FORBIDDEN'], `${root.name}: ${error.message}`).toContain(error.extensions?.code);
      leaks.push(...leaksIn(result.data).map((leak) => `${root.name}${leak}`));
    }
    expect(leaks).toEqual([]);
  });

  it('through _entities sent to the assets subgraph, for every property of every unit', async () => {
    const staff = await tokenOf('assets');
    const all = await postGraphQL(testHub().gatewayUrl, '{ buildings(first: 200, filter: { includeDisposed: true }) { totalCount edges { node { id } } } }', { token: staff });
    const ids: string[] = all.data?.buildings.edges.map((e: any) => e.node.id);
    const result = await asDirect('unit', `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Building { ${selection(subgraphTypes, 'Building', 3)} } } }`, {
      representations: ids.map((id) => ({ __typename: 'Building', id })),
    });
    const seen = (result.data?._entities as (object | null)[]).filter(Boolean);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(ids.length);
    expect(leaksIn(result.data)).toEqual([]);
  });

  it('through _entities sent to the directory, for the people of every other unit', async () => {
    const { people } = dataOf(await as('admin', '{ people(first: 200) { edges { node { id organization { id } } } } }'));
    const others = people.edges.map((e: any) => e.node).filter((person: any) => person.organization.id !== UNIT);
    expect(others.length).toBeGreaterThan(20);
    const result = await asDirectAt('directory', 'unit', 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id name organization { id } } } }', {
      representations: others.map((person: any) => ({ __typename: 'Person', id: person.id })),
    });
    for (const error of result.errors ?? []) expect(['FORBIDDEN']).toContain(error.extensions?.code);
    expect((result.data?._entities as (object | null)[] | undefined)?.filter(Boolean) ?? []).toEqual([]);
  });

  it('through the unit entities of other units: refused, nothing of theirs shown', async () => {
    const representations = [demoUnitId('区财政局'), demoUnitId('区民政局')].map((id) => ({ __typename: 'Organization', id }));
    const result = await asDirect('unit', `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { ${selection(subgraphTypes, 'Organization', 2)} } } }`, { representations });
    expect([...new Set(result.errors?.map((error) => error.extensions?.code))]).toEqual(['FORBIDDEN']);
    expect(leaksIn(result.data)).toEqual([]);
  });
});

describe('the paths the review found', () => {
  it('Room.allocations and Building.floors.rooms.allocations show only the unit’s own allocations', async () => {
    // Pages that hold every floor (≤ 5 a building) and room (≤ 7 a floor) of the demo data, within the query cost limit.
    const { buildings } = dataOf(await as('unit', '{ buildings(first: 50) { edges { node { floors(first: 5) { edges { node { rooms(first: 10) { edges { node { allocations(first: 20) { edges { node { organization { id } } } } } } } } } } } } } }'));
    const holders = JSON.stringify(buildings).match(/"organization":\{"id":"[^"]+"\}/g) ?? [];
    expect(holders.length).toBeGreaterThan(0);
    expect(new Set(holders)).toEqual(new Set([`"organization":{"id":"${UNIT}"}`]));
  });

  it('Building.problems shows only the problems of the unit’s own inspections', async () => {
    const { buildings } = dataOf(await as('unit', '{ buildings(first: 50) { edges { node { problems(first: 50) { edges { node { inspection { organization { id } } } } } } } } }'));
    const inspected = buildings.edges.flatMap((e: any) => e.node.problems.edges.map((p: any) => p.node.inspection.organization.id));
    expect(inspected.every((id: string) => id === UNIT)).toBe(true);
  });

  it('VehicleBooking.vehicle of another unit’s pool vehicle is null, as vehicle(id) is', async () => {
    const { vehicleBookings } = dataOf(await as('unit', '{ vehicleBookings(first: 200) { edges { node { organization { id } vehicle { id organization { id } trips(first: 5) { edges { node { driver } } } } } } } }'));
    const others = vehicleBookings.edges.filter((e: any) => e.node.vehicle?.organization.id !== UNIT);
    for (const { node } of others) expect(node.vehicle).toBeNull();
  });

  it('WarehouseIssue.request of another unit is null', async () => {
    const { warehouseIssues } = dataOf(await as('unit', '{ warehouseIssues(first: 200) { edges { node { receiving { id } request { organization { id } requestedBy } } } } }'));
    for (const { node } of warehouseIssues.edges) if (node.request) expect(node.request.organization.id).toBe(UNIT);
    expect(warehouseIssues.edges.length).toBeGreaterThan(0);
  });
});
