import { as, asDirectAt, dataOf, type DemoUser } from '@jiguan/runner/testing/demo-client';
import { sqlStatementCount } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';

export { as, dataOf, type DemoUser };
export { expectError } from '@jiguan/runner/testing/demo-client';
export { sqlStatementCount };

/** Runs an operation against the assets subgraph itself, as the gateway would forward it. */
export const asDirect = <TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) =>
  asDirectAt<TData>('assets', user, query, variables);

export const assetsUrl = () => testHub().subgraphUrls.assets ?? '';
export const directoryUrl = () => testHub().subgraphUrls.directory ?? '';

/** Changes recorded so far in the assets audit trail: every mutation writes exactly one. */
export async function auditCount(): Promise<number> {
  return dataOf(await as<{ assetsAuditRecords: { totalCount: number } }>('assets', '{ assetsAuditRecords(first: 1) { totalCount } }')).assetsAuditRecords.totalCount;
}
