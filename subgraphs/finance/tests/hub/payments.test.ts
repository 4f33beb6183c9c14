import { Prisma } from '../../prisma/generated/client.ts';
import { describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, auditCount, dataOf, expectError, PAYMENT, sql, SUBMIT, submittedPayment } from './client.ts';

/**
 * 支付: a unit user files a payment from its unit's account set; finance staff review and pay it,
 * once, or return it with a reason; nobody else takes a step.
 */
const STEP = (verb: string) => `mutation ($input: PaymentStepInput!) { ${verb}Payment(input: $input) { id status allowedActions reviewedAt paidAt paidBy { id } } }`;
const RETURN = 'mutation ($input: ReturnPaymentInput!) { returnPayment(input: $input) { id status returnReason returnedAt allowedActions } }';

describe('a payment request', () => {
  it('is filed by a unit user for its unit, reviewed and paid by finance staff, each step audited', async () => {
    const before = await auditCount();
    const filed = dataOf(await as('unit', SUBMIT, { input: PAYMENT })).submitPayment;
    expect(filed).toMatchObject({ status: 'SUBMITTED', amount: '1234.56', organization: { id: AUDIT_UNIT }, accountSet: { id: 'account-set-qsjj-01' }, economicClassification: { code: '30201', name: '办公费' }, submittedBy: { id: 'person-demo-unit' }, allowedActions: [] });
    expect(filed.number).toMatch(/^ZF-\d{8}-[0-9A-F]{8}$/);
    const seenByStaff = dataOf(await as('finance', 'query ($id: ID!) { payment(id: $id) { allowedActions } }', { id: filed.id })).payment;
    expect(seenByStaff.allowedActions).toEqual(['REVIEW', 'RETURN']);
    expectError(await as('unit', STEP('review'), { input: { id: filed.id } }), 'FORBIDDEN');
    expectError(await as('finance', STEP('pay'), { input: { id: filed.id } }), 'CONFLICT'); // not reviewed
    const reviewed = dataOf(await as('finance', STEP('review'), { input: { id: filed.id } })).reviewPayment;
    expect(reviewed.status).toBe('REVIEWED');
    expect(reviewed.allowedActions).toEqual(['PAY', 'RETURN']);
    expectError(await as('unit', STEP('pay'), { input: { id: filed.id } }), 'FORBIDDEN');
    const paid = dataOf(await as('finance', STEP('pay'), { input: { id: filed.id } })).payPayment;
    expect(paid).toMatchObject({ status: 'PAID', paidBy: { id: 'person-demo-finance' }, allowedActions: [] });
    expectError(await as('finance', STEP('pay'), { input: { id: filed.id } }), 'CONFLICT');
    expectError(await as('finance', RETURN, { input: { id: filed.id, reason: '晚了' } }), 'CONFLICT');
    expect(await auditCount()).toBe(before + 3);
  });

  it('is returned with a reason', async () => {
    const id = await submittedPayment();
    const returned = dataOf(await as('finance', RETURN, { input: { id, reason: '  附件不全，请补充发票  ' } })).returnPayment;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: '附件不全，请补充发票', allowedActions: [] });
    expectError(await as('finance', STEP('review'), { input: { id } }), 'CONFLICT');
  });

  it('is paid exactly once when many pay it at once', async () => {
    const id = await submittedPayment('99.99');
    dataOf(await as('finance', STEP('review'), { input: { id } }));
    const before = await auditCount();
    const results = await Promise.all(Array.from({ length: 10 }, () => as('finance', STEP('pay'), { input: { id } })));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    console.log(`10 pays at once → ${won.length} paid, ${lost.length} CONFLICT (${[...new Set(lost.map((r) => r.errors?.[0]?.extensions?.reason))].join(', ')})`);
    expect([won.length, lost.length]).toEqual([1, 9]);
    expect(await auditCount()).toBe(before + 1);
    const rows = await sql<{ status: string; paidAt: Date }>('SELECT status, "paidAt" FROM finance."PaymentRequest" WHERE id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.status).toBe('PAID');
  });

  it('is filed only from the unit’s own account set', async () => {
    const other = await as('unit', SUBMIT, { input: { ...PAYMENT, accountSetId: 'account-set-qwbgs-01' } });
    expectError(other, 'BAD_USER_INPUT', 'input.accountSetId');
    // Finance staff file from any unit's set; the paying unit is the set's.
    expect(dataOf(await as('finance', SUBMIT, { input: { ...PAYMENT, accountSetId: 'account-set-qwbgs-01' } })).submitPayment.organization.id).toBe('org-sj-qwbgs');
    expectError(await as('leader', SUBMIT, { input: PAYMENT }), 'FORBIDDEN');
  });
});

describe('the seeded payments', () => {
  it('sum to the cent in decimals as SQL sums them', async () => {
    const rows = await sql<{ amount: string }>(`SELECT amount::text AS amount FROM finance."PaymentRequest" WHERE status = 'PAID' AND "paidAt" >= '2024-01-01T00:00:00+08' AND "paidAt" < '2025-01-01T00:00:00+08'`);
    const [total] = await sql<{ sum: string }>(`SELECT sum(amount)::text AS sum FROM finance."PaymentRequest" WHERE status = 'PAID' AND "paidAt" >= '2024-01-01T00:00:00+08' AND "paidAt" < '2025-01-01T00:00:00+08'`);
    const summed = rows.reduce((sum, row) => sum.plus(row.amount), new Prisma.Decimal(0));
    expect(rows).toHaveLength(27_200);
    expect(summed.toFixed(2)).toBe(total?.sum);
    expect(total?.sum).toBe('1440356218.47');
  });
});
