import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { inputProblem, MAX_INPUT_LIST_LENGTH } from '../src/limits/input-hygiene.ts';
import { DateScalar, DateTimeScalar } from '../src/scalars.ts';

const schema = buildSchema(`
  scalar _Any
  type Query { units(first: Int, last: Int, search: String): [Unit!]! unit(id: ID!): Unit _entities(representations: [_Any!]!): [Unit]! }
  type Unit { id: ID! name: String! people(first: Int): [Unit!]! }
  input ProblemInput { description: String! buildingId: ID }
  input InspectionInput { note: String planId: ID problems: [ProblemInput!]! }
  type Mutation { recordInspection(input: InspectionInput!): Unit }
`);

function problem(query: string, variables: Record<string, unknown> = {}) {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const found = inputProblem(schema, operation, {}, variables);
  return found && { message: found.message, ...found.extensions };
}

const RECORD = 'mutation ($input: InspectionInput!) { recordInspection(input: $input) { id } }';

describe('input hygiene', () => {
  it('refuses a NUL character in any String or ID, written in the document or sent as a variable', () => {
    expect(problem('{ units(search: "a\\u0000b") { id } }')).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER', field: 'search' });
    expect(problem(RECORD, { input: { problems: [{ description: 'crack\u0000' }] } })).toMatchObject({ reason: 'NUL_CHARACTER', field: 'input.problems.description' });
  });

  it('refuses a lone surrogate, and takes a real pair (an emoji) as it is', () => {
    expect(problem(RECORD, { input: { note: 'x\uD800y', problems: [] } })).toMatchObject({ reason: 'MALFORMED_TEXT', field: 'input.note' });
    expect(problem(RECORD, { input: { note: 'x\uDC00', problems: [] } })).toMatchObject({ reason: 'MALFORMED_TEXT' });
    expect(problem(RECORD, { input: { note: '漏水 💧', problems: [] } })).toBeUndefined();
  });

  it('refuses a blank ID, also an optional one inside an input', () => {
    expect(problem('{ unit(id: "") { id } }')).toMatchObject({ reason: 'EMPTY_ID', field: 'id' });
    expect(problem(RECORD, { input: { planId: ' ', problems: [] } })).toMatchObject({ reason: 'EMPTY_ID', field: 'input.planId' });
    expect(problem(RECORD, { input: { problems: [{ description: 'crack', buildingId: '' }] } })).toMatchObject({ field: 'input.problems.buildingId' });
    expect(problem(RECORD, { input: { planId: null, problems: [{ description: 'crack' }] } })).toBeUndefined();
  });

  it('bounds every list input and every page', () => {
    const problems = Array.from({ length: MAX_INPUT_LIST_LENGTH + 1 }, () => ({ description: 'crack' }));
    expect(problem(RECORD, { input: { problems } })).toMatchObject({ reason: 'LIST_TOO_LONG', field: 'input.problems', params: { max: MAX_INPUT_LIST_LENGTH } });
    expect(problem(RECORD, { input: { problems: problems.slice(1) } })).toBeUndefined();
    for (const first of [-1, 0, 201, 1.5]) expect(problem(`{ units(first: ${first}) { id } }`)).toMatchObject({ reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' });
    expect(problem('query ($n: Int) { unit(id: "1") { people(first: $n) { id } } }', { n: -5 })).toMatchObject({ field: 'first' });
    expect(problem('{ units(first: 200, last: 1) { id } }')).toBeUndefined();
    // The gateway's _entities calls are bounded by the cost limit, not by the list maximum.
    const representations = Array.from({ length: 2 * MAX_INPUT_LIST_LENGTH }, (_, i) => ({ __typename: 'Unit', id: String(i) }));
    expect(problem('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { id } } }', { r: representations })).toBeUndefined();
  });
});

describe('dates', () => {
  it('are taken from 1900-01-01 to 2100-12-31, and refused outside with the range', () => {
    expect(DateScalar.parseValue('2024-12-31')).toEqual(new Date('2024-12-31T00:00:00.000Z'));
    for (const value of ['0001-01-01', '9999-12-31', '1899-12-31']) {
      expect(() => DateScalar.parseValue(value)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'DATE_OUT_OF_RANGE' }) }));
    }
    expect(() => DateTimeScalar.parseValue('+275760-09-13T00:00:00.000Z')).toThrow(/2100-12-31/);
  });
});
