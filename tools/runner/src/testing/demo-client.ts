import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { expect } from 'vitest';
import { loginAs, postGraphQL, type GraphQLResponse } from './graphql-client.ts';
import { testHub } from './test-hub.ts';

/** The demo logins by username: admin, leader, assets, services, unit (区审计局) … */
export type DemoUser = (typeof DEMO_ACCOUNTS)[number]['username'];

const tokens = new Map<string, Promise<string>>();

/** A demo user's token, logged in once per test file. */
export function tokenOf(user: DemoUser): Promise<string> {
  const account = DEMO_ACCOUNTS.find((a) => a.username === user);
  if (!account) throw new Error(`no demo account ${user}`);
  if (!tokens.has(user)) tokens.set(user, loginAs(testHub().gatewayUrl, account.username, account.password));
  return tokens.get(user) as Promise<string>;
}

/** Runs an operation through the gateway of the test hub as a demo user. */
export async function as<TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) {
  return postGraphQL<TData>(testHub().gatewayUrl, query, { token: await tokenOf(user), variables });
}

/** Runs an operation against one subgraph itself, as the gateway would forward it. */
export async function asDirectAt<TData = Record<string, any>>(subgraph: string, user: DemoUser, query: string, variables?: Record<string, unknown>) {
  return postGraphQL<TData>(testHub().subgraphUrls[subgraph] ?? '', query, { token: await tokenOf(user), variables });
}

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

/**
 * A new account for a person of the demo data, with the roles and data scope given, logged in:
 * for tests of what each data scope sees. Created by the demo admin, as an administrator would.
 */
export async function tokenWithScope(options: { username: string; personId: string; roles: string[]; dataScope: string }): Promise<string> {
  const password = 'Scope-Test-2024';
  dataOf(
    await as('admin', 'mutation ($input: CreateUserAccountInput!) { createUserAccount(input: $input) { id } }', {
      input: { username: options.username, password, personId: options.personId, roles: options.roles, dataScope: options.dataScope },
    }),
  );
  return loginAs(testHub().gatewayUrl, options.username, password);
}
