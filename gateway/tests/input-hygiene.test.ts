import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { as, asDirectAt, dataOf, expectError, tokenOf } from '@jiguan/runner/testing/demo-client';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, importPKCS8, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

/**
 * The attack report's malformed input that gave INTERNAL (issue 11, finding 6): each is a
 * BAD_USER_INPUT naming the argument, through the gateway and at the subgraph itself, and a refused
 * mutation writes nothing (the assets audit trail, which every write adds to, stays as it was).
 */
const hub = testHub();

const RECORD = 'mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }';
const inspection = (problem: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  input: {
    organizationId: demoUnitId('区审计局'),
    inspectedOn: '2025-03-10',
    inspectors: '区机管局资产管理科',
    problems: [{ buildingId: null, category: 'ALLOCATION_AND_USE', description: '办公用房改作库房使用', rectificationItems: [{ suggestion: '清理', owner: '孙佳怡', dueOn: '2025-04-10' }], ...problem }],
    ...extra,
  },
});

async function auditCount(): Promise<number> {
  return dataOf(await as<{ assetsAuditRecords: { totalCount: number } }>('assets', '{ assetsAuditRecords(first: 1) { totalCount } }')).assetsAuditRecords.totalCount;
}

/** Sends `variables` to recordInspection through the gateway and directly, expecting the same refusal and nothing written. */
async function refusedEverywhere(variables: Record<string, unknown>, reason: string, field: string) {
  const before = await auditCount();
  for (const result of [await as('assets', RECORD, variables), await asDirectAt('assets', 'assets', RECORD, variables)]) {
    expect(expectError(result, 'BAD_USER_INPUT', field)?.extensions?.reason).toBe(reason);
    expect(result.status).toBe(400);
  }
  expect(await auditCount()).toBe(before);
}

describe('malformed input', () => {
  it('a NUL character in a String is BAD_USER_INPUT naming it, not PostgreSQL 22021 as INTERNAL', async () => {
    await refusedEverywhere(inspection({ description: '漏水\u0000' }), 'NUL_CHARACTER', 'input.problems.description');
    const literal = await as('unit', '{ buildings(first: 5, filter: { search: "a\\u0000" }) { totalCount } }');
    expect(expectError(literal, 'BAD_USER_INPUT')?.extensions?.reason).toBe('NUL_CHARACTER');
  });

  it('a lone surrogate is refused instead of silently becoming U+FFFD', async () => {
    const body = `{"query":${JSON.stringify(RECORD)},"variables":${JSON.stringify(inspection({})).replace('办公用房改作库房使用', '\\ud800')}}`;
    const before = await auditCount();
    const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf('assets')}` }, body });
    const result = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MALFORMED_TEXT', field: 'input.problems.description' });
    expect(await auditCount()).toBe(before);
  });

  it('an empty string as an optional id is BAD_USER_INPUT, not a foreign-key failure', async () => {
    await refusedEverywhere(inspection({ buildingId: '' }), 'EMPTY_ID', 'input.problems.buildingId');
    const handover = await as('assets', 'mutation ($input: RecordHandoverInput!) { recordHandover(input: $input) { id } }', {
      input: { buildingId: 'b', planId: '', recipientId: demoUnitId('区审计局'), handedOverOn: '2024-06-01', yearlyRent: '1000.00' },
    });
    expect(expectError(handover, 'BAD_USER_INPUT', 'input.planId')?.extensions?.reason).toBe('EMPTY_ID');
  });

  it('a list input over its stated maximum is refused whole', async () => {
    const problems = Array.from({ length: 2000 }, () => inspection({}).input.problems[0]);
    await refusedEverywhere(inspection({}, { problems }), 'LIST_TOO_LONG', 'input.problems');
  });

  it('first: -1 (and 0, and 201) is BAD_USER_INPUT naming first', async () => {
    for (const first of [-1, 0, 201]) {
      const result = await as('unit', `{ organizations(first: ${first}) { totalCount } }`);
      expect(expectError(result, 'BAD_USER_INPUT', 'first')?.extensions?.params).toEqual({ min: 1, max: 200 });
    }
  });

  it('years 0001 and 9999 are refused with the range dates are taken in', async () => {
    for (const inspectedOn of ['0001-01-01', '9999-12-31']) {
      const result = await as('assets', RECORD, inspection({}, { inspectedOn }));
      expect(expectError(result, 'BAD_USER_INPUT')?.extensions).toMatchObject({ reason: 'DATE_OUT_OF_RANGE', params: { min: '1900-01-01', max: '2100-12-31' } });
    }
  });
});

describe('tokens the directory did not sign', () => {
  /** A token whose header names `alg`, with a payload and signature that cannot be right. */
  const forged = (alg: string) => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg, typ: 'JWT', kid: 'someone-else' })}.${part({ sub: 'x', roles: ['ADMIN'], exp: 4102444800 })}.${Buffer.from('sig').toString('base64url')}`;
  };

  it('are 401 UNAUTHENTICATED at the gateway and at every subgraph, whatever algorithm the header names', async () => {
    for (const alg of ['ES256', 'RS256', 'HS256', 'none']) {
      for (const url of [hub.gatewayUrl, ...Object.values(hub.subgraphUrls)]) {
        const result = await postGraphQL(url, '{ me { id } }', { token: forged(alg) });
        expect(result.status, `${alg} at ${url}`).toBe(401);
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  /** The claims of a real session, signed with the directory's own key under the header given. */
  const resigned = async (header: { kid?: string }) => {
    const key = await importPKCS8(await readFile(join(hub.dataDir, 'keys', 'jwt-signing-key.pem'), 'utf8'), 'EdDSA');
    return new SignJWT(decodeJwt(await tokenOf('unit'))).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', ...header }).sign(key);
  };

  it('signed with the directory’s key but naming another key or none (`kid`) are 401 everywhere, the directory too', async () => {
    // The same claims under the key's own kid are accepted: only the header differs.
    const { kid } = decodeProtectedHeader(await tokenOf('unit'));
    expect((await postGraphQL(hub.gatewayUrl, '{ me { id } }', { token: await resigned({ kid }) })).status).toBe(200);
    for (const [name, header] of Object.entries({ 'another kid': { kid: 'someone-else' }, 'no kid': {} })) {
      const token = await resigned(header);
      for (const url of [hub.gatewayUrl, ...Object.values(hub.subgraphUrls)]) {
        const result = await postGraphQL(url, '{ me { id } }', { token });
        expect(result.status, `${name} at ${url}`).toBe(401);
      }
    }
  });
});
