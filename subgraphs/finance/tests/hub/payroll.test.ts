import { Prisma } from '../../prisma/generated/client.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, auditColleagues, auditCount, dataOf, draftTestPayrollRun, expectError, sql } from './client.ts';

/**
 * 工资发放: finance staff draft, check and pay a unit's payroll of a month; a salary line is
 * visible to finance staff and to the person it pays, and to nobody else — not the person's unit
 * colleagues, not leaders.
 */
const STEP = (verb: string) => `mutation ($input: PayrollRunStepInput!) { ${verb}PayrollRun(input: $input) { id status allowedActions paidAt } }`;
const LINES = 'query ($id: ID!) { payrollRun(id: $id) { id status lines { totalCount edges { node { person { id } gross deductions net } } } } }';
let colleague = '';

beforeAll(async () => {
  [colleague] = (await auditColleagues(1)) as [string];
});

describe('a payroll run', () => {
  it('is drafted with net = gross − deductions, checked and paid by finance staff, each step audited', async () => {
    const before = await auditCount();
    const id = await draftTestPayrollRun(colleague);
    const { payrollRun } = dataOf(await as('finance', LINES, { id }));
    expect(payrollRun.status).toBe('DRAFT');
    expect(payrollRun.lines.edges.map((e: any) => e.node)).toEqual(
      [
        { person: { id: colleague }, gross: '15000.50', deductions: '3000.25', net: '12000.25' },
        { person: { id: 'person-demo-unit' }, gross: '12000.00', deductions: '2345.67', net: '9654.33' },
      ].sort((a, b) => (a.person.id < b.person.id ? -1 : 1)),
    );
    expectError(await as('finance', STEP('pay'), { input: { id } }), 'CONFLICT');
    expectError(await as('unit', STEP('check'), { input: { id } }), 'FORBIDDEN');
    expect(dataOf(await as('finance', STEP('check'), { input: { id } })).checkPayrollRun).toMatchObject({ status: 'CHECKED', allowedActions: ['PAY'] });
    expectError(await as('leader', STEP('pay'), { input: { id } }), 'FORBIDDEN');
    expect(dataOf(await as('finance', STEP('pay'), { input: { id } })).payPayrollRun).toMatchObject({ status: 'PAID', allowedActions: [] });
    expectError(await as('finance', STEP('pay'), { input: { id } }), 'CONFLICT');
    expect(await auditCount()).toBe(before + 3);
  });

  it('is one per unit and month', async () => {
    const id = await draftTestPayrollRun(colleague);
    const { payrollRun } = dataOf(await as('finance', 'query ($id: ID!) { payrollRun(id: $id) { year month organization { id } } }', { id }));
    const again = await as('finance', 'mutation ($input: DraftPayrollRunInput!) { draftPayrollRun(input: $input) { id } }', {
      input: { organizationId: payrollRun.organization.id, year: payrollRun.year, month: payrollRun.month, lines: [{ personId: colleague, gross: '1.00', deductions: '0' }] },
    });
    expectError(again, 'CONFLICT');
    expect(again.errors?.[0]?.extensions?.reason).toBe('PAYROLL_RUN_EXISTS');
  });
});

describe('salary lines', () => {
  it('are visible to finance staff and to the person only', async () => {
    const id = await draftTestPayrollRun(colleague);
    // The person (the unit user): the run, and only their own line.
    const own = dataOf(await as('unit', LINES, { id })).payrollRun;
    expect(own.lines.totalCount).toBe(1);
    expect(own.lines.edges[0].node).toMatchObject({ person: { id: 'person-demo-unit' }, net: '9654.33' });
    const mine = dataOf(await as('unit', '{ payrollLines(first: 100) { totalCount edges { node { person { id } } } } }')).payrollLines;
    expect(mine.edges.every((e: any) => e.node.person.id === 'person-demo-unit')).toBe(true);
    // A leader sees the run, not the lines.
    const leader = await as('leader', LINES, { id });
    expectError(leader, 'FORBIDDEN');
    expect(leader.data?.payrollRun?.lines ?? null).toBeNull();
    expect(dataOf(await as('leader', '{ payrollLines(first: 5) { totalCount } }')).payrollLines.totalCount).toBe(0);
    // Finance staff see both.
    expect(dataOf(await as('finance', LINES, { id })).payrollRun.lines.totalCount).toBe(2);
  });
});

describe('the seeded payroll of 2024', () => {
  it('nets to the cent in decimals as SQL sums it, every line net = gross − deductions', async () => {
    const rows = await sql<{ gross: string; deductions: string; net: string }>(`SELECT l.gross::text AS gross, l.deductions::text AS deductions, l.net::text AS net FROM finance."PayrollLine" l JOIN finance."PayrollRun" r ON r.id = l."runId" WHERE r.year = 2024 AND r.status = 'PAID'`);
    const [total] = await sql<{ sum: string }>(`SELECT sum(l.net)::text AS sum FROM finance."PayrollLine" l JOIN finance."PayrollRun" r ON r.id = l."runId" WHERE r.year = 2024 AND r.status = 'PAID'`);
    expect(rows).toHaveLength(15_700);
    expect(rows.every((row) => new Prisma.Decimal(row.gross).minus(row.deductions).equals(row.net))).toBe(true);
    expect(rows.reduce((sum, row) => sum.plus(row.net), new Prisma.Decimal(0)).toFixed(2)).toBe(total?.sum);
  });
});
