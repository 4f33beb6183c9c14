import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { as, asDirectAt, dataOf, tokenWithScope, type DemoUser } from '@jiguan/runner/testing/demo-client';
import { postGraphQL, sqlStatementCount } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import pg from 'pg';

export { as, dataOf, type DemoUser };
export { expectError } from '@jiguan/runner/testing/demo-client';
export { sqlStatementCount };

/** Runs an operation against the finance subgraph itself, as the gateway would forward it. */
export const asDirect = <TData = Record<string, any>>(user: DemoUser, query: string, variables?: Record<string, unknown>) => asDirectAt<TData>('finance', user, query, variables);

export const financeUrl = () => testHub().subgraphUrls.finance ?? '';

/** Runs an operation through the gateway with a token of an account the test made. */
export const withToken = <TData = Record<string, any>>(token: string, query: string, variables?: Record<string, unknown>) => postGraphQL<TData>(testHub().gatewayUrl, query, { token, variables });

/** The unit user `unit` belongs to 区审计局 (under agency bookkeeping). */
export const AUDIT_UNIT = demoUnitId('区审计局');
/** 区委办公室, another unit under agency bookkeeping. */
export const OTHER_UNIT = demoUnitId('区委办公室');
/** 区财政局 keeps its own books. */
export const SELF_KEEPING_UNIT = demoUnitId('区财政局');

/** A unit-user account of its own (to read as another person or unit). */
export const tokenOfUnitUser = (username: string, personId: string, dataScope = 'DEPARTMENT') =>
  tokenWithScope({ username: `${username}-${process.pid}`, personId, roles: ['UNIT_USER'], dataScope });

/** Runs SQL on the hub's database directly and answers its rows. */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(testHub().databaseUrl);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Changes recorded so far in the finance audit trail. */
export async function auditCount(): Promise<number> {
  return dataOf(await as<{ financeAuditRecords: { totalCount: number } }>('finance', '{ financeAuditRecords(first: 1) { totalCount } }')).financeAuditRecords.totalCount;
}

let sets = 0;
export const OPEN_SET = 'mutation ($input: OpenAccountSetInput!) { openAccountSet(input: $input) { id code kind openedOn organization { id } bookkeeper { id } } }';

/** An account set of the test's own for a unit (default 区审计局), opened on `openedOn`. */
export async function openTestAccountSet(options: { organizationId?: string; openedOn?: string; kind?: string } = {}): Promise<string> {
  sets += 1;
  const { openAccountSet } = dataOf(
    await as('finance', OPEN_SET, {
      input: {
        organizationId: options.organizationId ?? AUDIT_UNIT,
        code: `ZT-TEST-${process.pid}-${sets}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`,
        name: '测试账套',
        kind: options.kind ?? 'OTHER',
        bankName: '中国工商银行松江支行',
        bankAccount: '1001234567890123',
        openedOn: options.openedOn ?? '2025-01-01',
        bookkeeperPersonId: 'person-demo-finance',
      },
    }),
  );
  return openAccountSet.id as string;
}

export const SUBMIT = 'mutation ($input: SubmitPaymentInput!) { submitPayment(input: $input) { id number status amount allowedActions organization { id } accountSet { id } economicClassification { code name } submittedBy { id } } }';
export const PAYMENT = { accountSetId: 'account-set-qsjj-01', payeeName: '上海华东办公用品有限公司', payeeAccount: '622202100012345678', amount: '1234.56', economicClassificationCode: '30201', purpose: '办公用品采购', attachmentNames: ['发票.pdf', '采购清单.xlsx'] };

export async function submittedPayment(amount = '1234.56'): Promise<string> {
  return dataOf(await as('unit', SUBMIT, { input: { ...PAYMENT, amount } })).submitPayment.id as string;
}

export const DRAFT_PAYROLL = 'mutation ($input: DraftPayrollRunInput!) { draftPayrollRun(input: $input) { id status allowedActions lines { totalCount } } }';
let payrollMonths = 0;
/** A payroll run of the test's own for 区审计局 (a month of a year of its process's), paying the demo unit user and a colleague. */
export async function draftTestPayrollRun(colleague: string): Promise<string> {
  payrollMonths += 1;
  const month = payrollMonths;
  // Each test file its own years (its process's), each run its own month.
  const year = 2031 + (process.pid % 60);
  if (payrollMonths > 12) throw new Error('more than 12 test payroll runs in one file');
  const { draftPayrollRun } = dataOf(
    await as('finance', DRAFT_PAYROLL, {
      input: { organizationId: AUDIT_UNIT, year, month, lines: [{ personId: 'person-demo-unit', gross: '12000.00', deductions: '2345.67' }, { personId: colleague, gross: '15000.50', deductions: '3000.25' }] },
    }),
  );
  return draftPayrollRun.id as string;
}

/** The first people of 区审计局 in the directory (not the demo accounts'). */
export async function auditColleagues(count: number): Promise<string[]> {
  const { people } = dataOf(await as('admin', 'query ($id: ID!) { people(first: 50, filter: { organizationId: $id }) { edges { node { id } } } }', { id: AUDIT_UNIT }));
  return (people.edges as { node: { id: string } }[]).map((e) => e.node.id).filter((id) => !id.startsWith('person-demo-')).slice(0, count);
}
