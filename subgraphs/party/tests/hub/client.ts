import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { as, asDirectAt, dataOf, tokenWithScope, type DemoUser } from '@jiguan/runner/testing/demo-client';
import { postGraphQL, sqlStatementCount } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';

export { as, dataOf, type DemoUser };
export { expectError } from '@jiguan/runner/testing/demo-client';
export { sqlStatementCount };

/** Runs an operation against the party subgraph itself, as the gateway would forward it. */
export const asDirect = <TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) =>
  asDirectAt<TData>('party', user, query, variables);

export const partyUrl = () => testHub().subgraphUrls.party ?? '';
export const directoryUrl = () => testHub().subgraphUrls.directory ?? '';

/** Runs an operation through the gateway with a token of an account the test made. */
export const withToken = <TData = Record<string, any>>(token: string, query: string, variables?: Record<string, unknown>) =>
  postGraphQL<TData>(testHub().gatewayUrl, query, { token, variables });

/** The unit user `unit` belongs to 区审计局; the test branches are set up there, with `unit` (孙佳怡) as their secretary. */
export const AUDIT_UNIT = demoUnitId('区审计局');
export const SECRETARY = 'person-demo-unit';

/** The ids of `count` people of a demo unit, from the directory. */
export async function peopleOf(unitName: string, count: number): Promise<string[]> {
  const { people } = dataOf(await as('admin', 'query ($id: ID!) { people(first: 200, filter: { organizationId: $id }) { edges { node { id } } } }', { id: demoUnitId(unitName) }));
  const ids = (people.edges as { node: { id: string } }[]).map((e) => e.node.id).filter((id) => !id.startsWith('person-demo-'));
  if (ids.length < count) throw new Error(`${unitName} has ${ids.length} people, the test wants ${count}`);
  return ids.slice(0, count);
}

let branches = 0;

/** A branch of the test's own under the general branch, in 区审计局, whose secretary is the `unit` account's person unless said otherwise. */
export async function createTestBranch(name: string, options: { foundedOn?: string; secretaryPersonId?: string } = {}): Promise<string> {
  branches += 1;
  const { partyOrganizations } = dataOf(await as('party', '{ partyOrganizations(filter: { kind: GENERAL_BRANCH }, first: 1) { edges { node { id } } } }'));
  const parentId = partyOrganizations.edges[0]?.node.id ?? null;
  const { createPartyOrganization } = dataOf(
    await as('party', 'mutation ($input: CreatePartyOrganizationInput!) { createPartyOrganization(input: $input) { id } }', {
      input: {
        kind: 'BRANCH',
        name: `${name}（测试${process.pid}-${branches}）`,
        parentId,
        organizationId: AUDIT_UNIT,
        foundedOn: options.foundedOn ?? '2020-01-01',
        secretaryPersonId: options.secretaryPersonId ?? SECRETARY,
        termStartOn: '2023-01-01',
        termEndOn: '2027-12-31',
      },
    }),
  );
  return createPartyOrganization.id as string;
}

/** Transfers a person into a branch as a member (full unless said otherwise); answers the member's id. */
export async function addMember(branchId: string, personId: string, options: { status?: 'FULL' | 'PROBATIONARY'; monthlyIncome?: string; joinedOn?: string } = {}): Promise<string> {
  const status = options.status ?? 'FULL';
  const { transferMemberIn } = dataOf(
    await as('party', 'mutation ($input: TransferMemberInInput!) { transferMemberIn(input: $input) { id } }', {
      input: {
        personId,
        branchId,
        status,
        joinedOn: options.joinedOn ?? '2015-07-01',
        fullOn: status === 'FULL' ? '2016-07-01' : null,
        monthlyIncome: options.monthlyIncome ?? '8000.00',
        transferredOn: '2023-03-01',
        counterpart: '中共松江区审计局机关支部委员会',
      },
    }),
  );
  return transferMemberIn.id as string;
}

/** A logged-in unit-user account of its own for a person of the demo data (to read as that person). */
export const tokenOfPerson = (username: string, personId: string, dataScope = 'DEPARTMENT') =>
  tokenWithScope({ username: `${username}-${process.pid}`, personId, roles: ['UNIT_USER'], dataScope });

/** Changes recorded so far in the party audit trail. */
export async function auditCount(): Promise<number> {
  return dataOf(await as<{ partyAuditRecords: { totalCount: number } }>('party', '{ partyAuditRecords(first: 1) { totalCount } }')).partyAuditRecords.totalCount;
}
