import { as, asDirectAt, dataOf, expectError } from '@jiguan/runner/testing/demo-client';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { describe, expect, it } from 'vitest';

const TRAIL = '{ financeAuditRecords(first: 1) { totalCount } }';

describe('the finance subgraph in the hub', () => {
  it('keeps its audit trail to staff and admins', async () => {
    expect(dataOf(await as('admin', TRAIL))).toBeDefined();
    for (const user of ['unit', 'bi'] as const) expectError(await as(user, TRAIL), 'FORBIDDEN');
  });

  it('refuses an anonymous caller, at the gateway and at the subgraph', async () => {
    for (const url of [testHub().gatewayUrl, testHub().subgraphUrls['finance'] ?? '']) {
      expect((await postGraphQL(url, TRAIL)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(dataOf(await asDirectAt('finance', 'admin', TRAIL))).toBeDefined();
  });
});
