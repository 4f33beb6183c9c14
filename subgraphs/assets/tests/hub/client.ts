import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { loginAs, postGraphQL, sqlStatementCount, type GraphQLResponse } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { expect } from 'vitest';

/** The demo logins by username: admin, leader, assets, services, unit (区审计局) … */
export type DemoUser = (typeof DEMO_ACCOUNTS)[number]['username'];

const hub = testHub();
const tokens = new Map<string, Promise<string>>();

function tokenOf(user: DemoUser): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.username === user);
  if (!account) throw new Error(`no demo account ${user}`);
  if (!tokens.has(user)) tokens.set(user, loginAs(hub.gatewayUrl, account.username, account.password));
  return tokens.get(user) as Promise<string>;
}

/** Runs an operation through the gateway as a demo user. */
export async function as<TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) {
  return postGraphQL<TData>(hub.gatewayUrl, query, { token: await tokenOf(user), variables });
}

/** Runs an operation against the assets subgraph itself, as the gateway would forward it. */
export async function asDirect<TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) {
  return postGraphQL<TData>(assetsUrl(), query, { token: await tokenOf(user), variables });
}

export const assetsUrl = () => hub.subgraphUrls.assets ?? '';
export const directoryUrl = () => hub.subgraphUrls.directory ?? '';
export { sqlStatementCount };

/** The data of a successful result (fails the test with the errors otherwise). */
export function dataOf<TData>(result: GraphQLResponse<TData>): TData {
  expect(result.errors).toBeUndefined();
  return result.data as TData;
}

/** The one error of a refused operation, checked for its code (and the input field, for BAD_USER_INPUT). */
export function expectError(result: GraphQLResponse, code: string, field?: string) {
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  const error = result.errors?.[0];
  expect(error?.extensions?.code, error?.message).toBe(code);
  if (field !== undefined) expect(error?.extensions?.field).toBe(field);
  return error;
}

/** Changes recorded so far in the assets audit trail: every mutation writes exactly one. */
export async function auditCount(): Promise<number> {
  return dataOf(await as<{ assetsAuditRecords: { totalCount: number } }>('assets', '{ assetsAuditRecords(first: 1) { totalCount } }')).assetsAuditRecords.totalCount;
}
