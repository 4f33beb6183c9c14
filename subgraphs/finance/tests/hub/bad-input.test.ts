import { beforeAll, describe, expect, it } from 'vitest';
import { as, asDirect, AUDIT_UNIT, dataOf, expectError, openTestAccountSet, PAYMENT, SELF_KEEPING_UNIT, submittedPayment, auditColleagues, draftTestPayrollRun } from './client.ts';

/**
 * Every mutation refuses bad input with BAD_USER_INPUT naming the field (NOT_FOUND for an unknown
 * id, CONFLICT for a wrong state, FORBIDDEN for the wrong role), and writes nothing: the row counts,
 * the fixture rows and the audit trail stay as they were.
 */
const ids = { set: '', submitted: '', reviewed: '', run: '', colleague: '' };

const CENSUS = `{
  accountSets { totalCount } financeAuditRecords { totalCount } financeParameters { key value source }
  mealCards { totalCount } mealCardCleanUps { totalCount } c: mealCards(first: 3, orderBy: PERSON) { edges { node { id status balance lastActivityAt } } }
  payrollRuns { totalCount } r: payrollRuns(first: 20, filter: { organizationId: "org-sj-qsjj" }) { edges { node { id status lines { totalCount } } } }
  payments { totalCount } p: payments(first: 50, orderBy: SUBMITTED_AT_DESC) { edges { node { id status amount returnReason paidAt } } }
  s: accountSets(first: 200, orderBy: OPENED_ON_DESC) { edges { node { id code closings { totalCount } } } }
}`;
const census = async () => dataOf(await as('finance', CENSUS));
const tooLong = '长'.repeat(501);
const m = (field: string, type: string, input: object) => [`mutation ($input: ${type}!) { ${field}(input: $input) { __typename } }`, { input }] as const;

beforeAll(async () => {
  ids.set = await openTestAccountSet({ openedOn: '2025-01-01' });
  ids.submitted = await submittedPayment();
  ids.reviewed = await submittedPayment();
  dataOf(await as('finance', 'mutation ($input: PaymentStepInput!) { reviewPayment(input: $input) { id } }', { input: { id: ids.reviewed } }));
  [ids.colleague] = (await auditColleagues(1)) as [string];
  ids.run = await draftTestPayrollRun(ids.colleague);
});

/** [mutation, user, query, variables, expected code, expected field] */
type Case = [string, 'finance' | 'unit' | 'leader', string, Record<string, unknown>, string, string?];
const call = (name: string, user: 'finance' | 'unit' | 'leader', field: string, type: string, input: object, code: string, at?: string): Case => {
  const [query, variables] = m(field, type, input);
  return [name, user, query, variables, code, at];
};
const SET = { organizationId: AUDIT_UNIT, code: `ZT-BAD-${process.pid}`, name: '某', kind: 'BASIC', bankName: '某行', bankAccount: '1001234567890123', openedOn: '2025-01-01', bookkeeperPersonId: 'person-demo-finance' };

const LINE = { personId: 'person-demo-unit', gross: '100.00', deductions: '10.00' };
const RUN = () => ({ organizationId: AUDIT_UNIT, year: 2099, month: 12 });

const cases = (): Case[] => [
  call('openAccountSet', 'finance', 'openAccountSet', 'OpenAccountSetInput', { ...SET, code: 'zt 1' }, 'BAD_USER_INPUT', 'input.code'),
  call('openAccountSet (bank account)', 'finance', 'openAccountSet', 'OpenAccountSetInput', { ...SET, bankAccount: '12ab' }, 'BAD_USER_INPUT', 'input.bankAccount'),
  call('openAccountSet (name)', 'finance', 'openAccountSet', 'OpenAccountSetInput', { ...SET, name: tooLong }, 'BAD_USER_INPUT', 'input.name'),
  call('openAccountSet (own books)', 'finance', 'openAccountSet', 'OpenAccountSetInput', { ...SET, organizationId: SELF_KEEPING_UNIT }, 'BAD_USER_INPUT', 'input.organizationId'),
  call('openAccountSet (ghost bookkeeper)', 'finance', 'openAccountSet', 'OpenAccountSetInput', { ...SET, bookkeeperPersonId: 'person-no-such' }, 'BAD_USER_INPUT', 'input.bookkeeperPersonId'),
  call('openAccountSet (taken code)', 'finance', 'openAccountSet', 'OpenAccountSetInput', { ...SET, code: 'ZT-QSJJ-01' }, 'CONFLICT'),
  call('openAccountSet (wrong role)', 'unit', 'openAccountSet', 'OpenAccountSetInput', SET, 'FORBIDDEN'),
  call('closeAccountSetMonth', 'finance', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: ids.set, year: 2025, month: 13 }, 'BAD_USER_INPUT', 'input.month'),
  call('closeAccountSetMonth (year)', 'finance', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: ids.set, year: 1900, month: 1 }, 'BAD_USER_INPUT', 'input.year'),
  call('closeAccountSetMonth (no id)', 'finance', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: '', year: 2025, month: 1 }, 'BAD_USER_INPUT', 'input.accountSetId'),
  call('closeAccountSetMonth (unknown)', 'finance', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: 'no-such-set', year: 2025, month: 1 }, 'NOT_FOUND'),
  call('closeAccountSetMonth (out of order)', 'finance', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: ids.set, year: 2025, month: 3 }, 'CONFLICT'),
  call('closeAccountSetMonth (closed)', 'finance', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: 'account-set-qsjj-01', year: 2024, month: 6 }, 'CONFLICT'),
  call('submitPayment', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, amount: '0' }, 'BAD_USER_INPUT', 'input.amount'),
  call('submitPayment (cents)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, amount: '1.234' }, 'BAD_USER_INPUT', 'input.amount'),
  call('submitPayment (too much)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, amount: '99999999999999' }, 'BAD_USER_INPUT', 'input.amount'),
  // The Decimal scalar refuses it while coercing the variables, before any field rule: no field to name.
  call('submitPayment (not a number)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, amount: '1e3' }, 'BAD_USER_INPUT'),
  call('submitPayment (payee)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, payeeName: ' ' }, 'BAD_USER_INPUT', 'input.payeeName'),
  call('submitPayment (payee account)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, payeeAccount: 'abc' }, 'BAD_USER_INPUT', 'input.payeeAccount'),
  call('submitPayment (purpose)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, purpose: tooLong }, 'BAD_USER_INPUT', 'input.purpose'),
  call('submitPayment (attachment)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, attachmentNames: ['发票.pdf', '../x'] }, 'BAD_USER_INPUT', 'input.attachmentNames.1'),
  call('submitPayment (attachments)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, attachmentNames: Array.from({ length: 21 }, (_, i) => `${i}.pdf`) }, 'BAD_USER_INPUT', 'input.attachmentNames'),
  call('submitPayment (classification)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, economicClassificationCode: '99999' }, 'BAD_USER_INPUT', 'input.economicClassificationCode'),
  call('submitPayment (another unit’s set)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, accountSetId: 'account-set-qwbgs-01' }, 'BAD_USER_INPUT', 'input.accountSetId'),
  call('submitPayment (NUL)', 'unit', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, accountSetId: '\u0000' }, 'BAD_USER_INPUT', 'input.accountSetId'),
  call('submitPayment (no set)', 'finance', 'submitPayment', 'SubmitPaymentInput', { ...PAYMENT, accountSetId: '' }, 'BAD_USER_INPUT', 'input.accountSetId'),
  call('submitPayment (wrong role)', 'leader', 'submitPayment', 'SubmitPaymentInput', PAYMENT, 'FORBIDDEN'),
  call('reviewPayment', 'finance', 'reviewPayment', 'PaymentStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('reviewPayment (unknown)', 'finance', 'reviewPayment', 'PaymentStepInput', { id: 'no-such-payment' }, 'NOT_FOUND'),
  call('reviewPayment (reviewed)', 'finance', 'reviewPayment', 'PaymentStepInput', { id: ids.reviewed }, 'CONFLICT'),
  call('reviewPayment (wrong role)', 'unit', 'reviewPayment', 'PaymentStepInput', { id: ids.submitted }, 'FORBIDDEN'),
  call('payPayment', 'finance', 'payPayment', 'PaymentStepInput', { id: ids.submitted }, 'CONFLICT'),
  call('payPayment (unknown)', 'finance', 'payPayment', 'PaymentStepInput', { id: 'no-such-payment' }, 'NOT_FOUND'),
  call('payPayment (wrong role)', 'unit', 'payPayment', 'PaymentStepInput', { id: ids.reviewed }, 'FORBIDDEN'),
  call('returnPayment', 'finance', 'returnPayment', 'ReturnPaymentInput', { id: ids.submitted, reason: '  ' }, 'BAD_USER_INPUT', 'input.reason'),
  call('returnPayment (paid)', 'finance', 'returnPayment', 'ReturnPaymentInput', { id: 'payment-2024-000001', reason: '晚了' }, 'CONFLICT'),
  call('returnPayment (wrong role)', 'unit', 'returnPayment', 'ReturnPaymentInput', { id: ids.submitted, reason: '不要了' }, 'FORBIDDEN'),
  call('draftPayrollRun', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), lines: [{ personId: 'person-demo-unit', gross: '100.00', deductions: '100.01' }] }, 'BAD_USER_INPUT', 'input.lines.0.deductions'),
  call('draftPayrollRun (twice a person)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), lines: [LINE, LINE] }, 'BAD_USER_INPUT', 'input.lines.1.personId'),
  call('draftPayrollRun (no lines)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), lines: [] }, 'BAD_USER_INPUT', 'input.lines'),
  call('draftPayrollRun (gross)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), lines: [{ ...LINE, gross: '-5.00' }] }, 'BAD_USER_INPUT', 'input.lines.0.gross'),
  call('draftPayrollRun (month)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), month: 0, lines: [LINE] }, 'BAD_USER_INPUT', 'input.month'),
  call('draftPayrollRun (ghost unit)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), organizationId: 'org-no-such', lines: [LINE] }, 'BAD_USER_INPUT', 'input.organizationId'),
  call('draftPayrollRun (ghost person)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), lines: [{ ...LINE, personId: 'person-no-such' }] }, 'BAD_USER_INPUT', 'input.lines'),
  call('draftPayrollRun (drafted)', 'finance', 'draftPayrollRun', 'DraftPayrollRunInput', { organizationId: 'org-sj-qsjj', year: 2024, month: 3, lines: [LINE] }, 'CONFLICT'),
  call('draftPayrollRun (wrong role)', 'unit', 'draftPayrollRun', 'DraftPayrollRunInput', { ...RUN(), lines: [LINE] }, 'FORBIDDEN'),
  call('checkPayrollRun', 'finance', 'checkPayrollRun', 'PayrollRunStepInput', { id: '' }, 'BAD_USER_INPUT', 'input.id'),
  call('checkPayrollRun (unknown)', 'finance', 'checkPayrollRun', 'PayrollRunStepInput', { id: 'no-such-run' }, 'NOT_FOUND'),
  call('checkPayrollRun (paid)', 'finance', 'checkPayrollRun', 'PayrollRunStepInput', { id: 'payroll-2024-03-qsjj' }, 'CONFLICT'),
  call('checkPayrollRun (wrong role)', 'unit', 'checkPayrollRun', 'PayrollRunStepInput', { id: ids.run }, 'FORBIDDEN'),
  call('payPayrollRun', 'finance', 'payPayrollRun', 'PayrollRunStepInput', { id: ids.run }, 'CONFLICT'),
  call('payPayrollRun (unknown)', 'finance', 'payPayrollRun', 'PayrollRunStepInput', { id: 'no-such-run' }, 'NOT_FOUND'),
  call('payPayrollRun (wrong role)', 'leader', 'payPayrollRun', 'PayrollRunStepInput', { id: ids.run }, 'FORBIDDEN'),
  call('openMealCard', 'finance', 'openMealCard', 'OpenMealCardInput', { organizationId: AUDIT_UNIT, personId: '' }, 'BAD_USER_INPUT', 'input.personId'),
  call('openMealCard (ghost person)', 'finance', 'openMealCard', 'OpenMealCardInput', { organizationId: AUDIT_UNIT, personId: 'person-no-such' }, 'BAD_USER_INPUT', 'input.personId'),
  call('openMealCard (has one)', 'finance', 'openMealCard', 'OpenMealCardInput', { organizationId: 'org-sj', personId: 'person-sj-001' }, 'CONFLICT'),
  call('openMealCard (wrong role)', 'unit', 'openMealCard', 'OpenMealCardInput', { organizationId: AUDIT_UNIT, personId: 'person-demo-unit' }, 'FORBIDDEN'),
  call('topUpMealCard', 'finance', 'topUpMealCard', 'TopUpMealCardInput', { cardId: 'meal-card-sj-001', amount: '-1' }, 'BAD_USER_INPUT', 'input.amount'),
  call('topUpMealCard (unknown)', 'finance', 'topUpMealCard', 'TopUpMealCardInput', { cardId: 'no-such-card', amount: '1.00' }, 'NOT_FOUND'),
  call('topUpMealCard (closed)', 'finance', 'topUpMealCard', 'TopUpMealCardInput', { cardId: 'meal-card-sj-004', amount: '1.00' }, 'CONFLICT'),
  call('topUpMealCard (wrong role)', 'unit', 'topUpMealCard', 'TopUpMealCardInput', { cardId: 'meal-card-sj-001', amount: '1.00' }, 'FORBIDDEN'),
  call('recordCanteenSpending', 'finance', 'recordCanteenSpending', 'RecordCanteenSpendingInput', { cardId: 'meal-card-sj-001', amount: '1.00', canteenName: ' ' }, 'BAD_USER_INPUT', 'input.canteenName'),
  call('recordCanteenSpending (too much)', 'finance', 'recordCanteenSpending', 'RecordCanteenSpendingInput', { cardId: 'meal-card-sj-001', amount: '999999.00', canteenName: '某食堂' }, 'CONFLICT'),
  call('recordCanteenSpending (wrong role)', 'unit', 'recordCanteenSpending', 'RecordCanteenSpendingInput', { cardId: 'meal-card-sj-001', amount: '1.00', canteenName: '某食堂' }, 'FORBIDDEN'),
  call('cleanUpIdleMealCards', 'finance', 'cleanUpIdleMealCards', 'CleanUpIdleMealCardsInput', { idleMonths: 0 }, 'BAD_USER_INPUT', 'input.idleMonths'),
  call('cleanUpIdleMealCards (months)', 'finance', 'cleanUpIdleMealCards', 'CleanUpIdleMealCardsInput', { idleMonths: 121 }, 'BAD_USER_INPUT', 'input.idleMonths'),
  call('cleanUpIdleMealCards (wrong role)', 'unit', 'cleanUpIdleMealCards', 'CleanUpIdleMealCardsInput', { idleMonths: 12 }, 'FORBIDDEN'),
  call('closeAccountSetMonth (wrong role)', 'unit', 'closeAccountSetMonth', 'CloseAccountSetMonthInput', { accountSetId: ids.set, year: 2025, month: 1 }, 'FORBIDDEN'),
];

describe('bad input writes nothing', () => {
  it('covers every mutation of the schema', async () => {
    const { __schema } = dataOf(await asDirect('finance', '{ __schema { mutationType { fields { name } } } }'));
    const mutations = (__schema.mutationType.fields as { name: string }[]).map((f) => f.name);
    const covered = new Set(cases().map(([name]) => name.split(' ')[0]));
    expect(mutations.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases().map(([name]) => name))('%s', async (name) => {
    const [, user, query, variables, code, field] = cases().find((c) => c[0] === name) ?? [];
    if (!user || !query || !code) throw new Error(`no case ${name}`);
    const before = await census();
    expectError(await as(user, query, variables), code, field);
    expect(await census()).toEqual(before);
  });
});
