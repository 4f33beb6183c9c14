import { as, dataOf } from '@jiguan/runner/testing/demo-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A property-based fuzz of every mutation of the graph (found by introspection, so a new domain's
 * are fuzzed too), sent through the gateway as the administrator with arguments made from the
 * attack report's bad values: NUL, lone surrogates, 100 kB strings, SQL and path text, empty and
 * unknown ids, extreme numbers, impossible dates, lists of 0 to 2,000 items. Every answer must be
 * a designed one — HTTP status below 500, every error coded and none INTERNAL, no stack or SQL in
 * a message — and the census must hold: a call answered with an error wrote no row in any table.
 */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  name: string;
  kind: string;
  enumValues: { name: string }[] | null;
  inputFields: InputValue[] | null;
}

const SCHEMA = `{ __schema {
  mutationType { fields { name type { ...T } args { name type { ...T } } } }
  types { name kind enumValues { name } inputFields { name type { ...T } } }
} }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** Mutations the fuzz leaves out, and why: each has its own tests. */
const LEFT_OUT: Record<string, string> = {
  login: 'anonymous; its throttle would lock the test address out (tests/hub/login-throttle.test.ts)',
  logout: 'would end the administrator’s sessions (tests/hub/revocation.test.ts)',
  refreshToken: 'takes no arguments',
};
/** The mutations there are today: one that vanishes fails the count. */
const AT_LEAST = 47;

const badText = fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfff', 'x'.repeat(100_000), "'; DROP TABLE x; --", '../../etc/passwd', '😀🏢', '\u202e反向', '<script>alert(1)</script>');
const badId = fc.constantFrom('', '\u0000', 'does-not-exist', 'x'.repeat(10_000), '1 OR 1=1', '../../etc/passwd', 'building-0001', 'org-sj-qsjj');
const badInt = fc.constantFrom(-1, 0, 1, 2 ** 31 - 1, -(2 ** 31));
const badDecimal = fc.constantFrom('-1', '0', '1e309', 'NaN', 'abc', '99999999999999999999.999', '1.23456', '');
const badDate = fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-30', 'yesterday', '', '2024-13-01');
const badDateTime = fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2024-02-30T10:00:00Z', 'now', '');
const listSize = fc.constantFrom(0, 1, 3, 501, 2000);

function scalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return badId;
    case 'Int':
      return badInt;
    case 'Float':
      return fc.constantFrom(-1, 0, 1e308, -1e308);
    case 'Boolean':
      return fc.boolean();
    case 'Decimal':
      return badDecimal;
    case 'Date':
      return badDate;
    case 'DateTime':
      return badDateTime;
    default:
      return badText;
  }
}

let types: Map<string, FullType>;

/** Values of `ref` made of bad parts; nullable ones are sometimes left null, lists get a bad length. */
function valueOf(ref: TypeRef, depth = 0): fc.Arbitrary<unknown> {
  if (ref.kind === 'NON_NULL' && ref.ofType) return inner(ref.ofType, depth);
  return fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: inner(ref, depth), weight: 3 });
}

function inner(ref: TypeRef, depth: number): fc.Arbitrary<unknown> {
  if (ref.kind === 'LIST' && ref.ofType) {
    const element = valueOf(ref.ofType, depth + 1);
    // One element value repeated: a 2,000-item list of fresh values would make the run slow, not better.
    return fc.tuple(listSize, element).map(([size, value]) => Array.from({ length: size }, () => value));
  }
  const type = types.get(ref.name ?? '');
  if (ref.kind === 'ENUM') return fc.constantFrom(...(type?.enumValues ?? []).map((v) => v.name));
  if (ref.kind === 'INPUT_OBJECT') {
    if (depth > 3) return fc.constant({});
    return fc.record(Object.fromEntries((type?.inputFields ?? []).map((field) => [field.name, valueOf(field.type, depth + 1)])));
  }
  return scalar(ref.name ?? '');
}

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const typeName = (ref: TypeRef): string => (ref.kind === 'NON_NULL' ? `${typeName(ref.ofType as TypeRef)}!` : ref.kind === 'LIST' ? `[${typeName(ref.ofType as TypeRef)}]` : (ref.name ?? ''));

/** The number of rows in every table of the hub's database, by table: what the census compares. */
let database: pg.Client;
let censusQuery = '';
async function census(): Promise<Record<string, number>> {
  const { rows } = await database.query<{ name: string; count: string }>(censusQuery);
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}

let mutations: { name: string; type: TypeRef; args: InputValue[] }[] = [];

beforeAll(async () => {
  const { __schema } = dataOf(await as('admin', SCHEMA));
  types = new Map((__schema.types as FullType[]).map((type) => [type.name, type]));
  mutations = __schema.mutationType.fields;
  database = new pg.Client({ connectionString: testHub().databaseUrl });
  await database.connect();
  const { rows } = await database.query<{ schema: string; table: string }>(
    `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') AND table_name <> '_prisma_migrations'`,
  );
  censusQuery = rows.map(({ schema, table }) => `SELECT '${schema}.${table}' AS name, count(*) AS count FROM "${schema}"."${table}"`).join(' UNION ALL ');
});
afterAll(() => database?.end());

describe('every mutation, fuzzed with bad input', () => {
  it('is found by introspection, every one of them', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(AT_LEAST);
  });

  it('answers with a designed error or a result, never INTERNAL or 5xx, and a refused call writes nothing', { timeout: 240_000 }, async () => {
    const tally = { mutations: 0, calls: 0, refused: 0, accepted: 0, codes: new Map<string, number>() };
    const problems: string[] = [];
    for (const mutation of mutations.filter((m) => !(m.name in LEFT_OUT))) {
      tally.mutations += 1;
      const variables = mutation.args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
      const call = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const returned = types.get(named(mutation.type).name ?? '')?.kind;
      const selection = returned === 'OBJECT' || returned === 'INTERFACE' || returned === 'UNION' ? ' { __typename }' : '';
      const document = `mutation Fuzz${variables ? `(${variables})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${selection} }`;
      const args = fc.record(Object.fromEntries(mutation.args.map((arg) => [arg.name, valueOf(arg.type)])));
      await fc.assert(
        fc.asyncProperty(args, async (values) => {
          const before = await census();
          const result = await as('admin', document, values);
          tally.calls += 1;
          const where = `${mutation.name}(${JSON.stringify(values).slice(0, 200)})`;
          if (result.status >= 500) problems.push(`${where}: HTTP ${result.status}`);
          for (const error of result.errors ?? []) {
            const code = String(error.extensions?.code ?? 'none');
            tally.codes.set(code, (tally.codes.get(code) ?? 0) + 1);
            if (code === 'INTERNAL' || code === 'none') problems.push(`${where}: ${code} ${error.message}`);
            if (/prisma|SELECT |INSERT |violates|\bat .+\.(ts|js):\d+/i.test(error.message)) problems.push(`${where}: leaks "${error.message.slice(0, 200)}"`);
          }
          if (result.errors?.length) {
            tally.refused += 1;
            const after = await census();
            const written = Object.keys(after).filter((table) => after[table] !== before[table]);
            if (written.length) problems.push(`${where}: refused but wrote ${written.join(', ')}`);
          } else {
            tally.accepted += 1;
          }
        }),
        { numRuns: 12, seed: 20261202, endOnFailure: true },
      );
    }
    console.log(
      `fuzz census: ${tally.mutations} mutations, ${tally.calls} calls, ${tally.refused} refused, ${tally.accepted} accepted; codes ${JSON.stringify(Object.fromEntries(tally.codes))}`,
    );
    expect(problems).toEqual([]);
  });
});
