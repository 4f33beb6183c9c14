import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPartyMessages } from '../../../locales/party-messages';
import type { PartyMemberRow } from './party-members-query';
import { monthNumbers, payableMonths, paymentTotal, useDeclareIncome, useRecordDues, useTransferIn } from './use-member-dialogs';

const member = {
  id: 'member-7',
  person: { id: 'person-demo-member', name: '张党员', organization: { id: 'org-assets', name: '资产管理科' } },
  branch: { id: 'branch-2', name: '第二党支部', canManage: true },
  monthlyIncome: '8500.00',
  monthlyDues: '127.50',
  unpaidMonths: ['2026-03-01', '2026-01-01'],
} as PartyMemberRow;

describe('dues', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('offers the unpaid months oldest first, and adds up the payment to the fen', () => {
    expect(payableMonths(member)).toEqual(['2026-01-01', '2026-03-01']);
    expect(paymentTotal('127.50', 2)).toBe('255.00');
    expect(paymentTotal('42.5', 3)).toBe('127.50');
    expect(paymentTotal('0.05', 0)).toBe('0.00');
    expect(monthNumbers(['2026-11-01', '2026-02-01', '2026-01-01'])).toBe('1、2、11');
  });

  it('pays the chosen months, sorted, for the list’s year', async () => {
    const requests = stubGateway({ RecordDuesPayment: data({ recordDuesPayment: { id: member.id, unpaidMonths: [], person: { name: '张党员' } } }) });
    const onChanged = vi.fn();
    const dues = useRecordDues(() => 2026, onChanged);
    dues.open(member);
    expect(dues.form.months).toEqual(['2026-01-01', '2026-03-01']);
    dues.form.months = ['2026-03-01', '2026-01-01'];
    dues.form.paidOn = '2026-04-02';
    await expect(dues.submit()).resolves.toBe('已记录 张党员 的党费交纳');
    expect(requests[0]?.variables).toEqual({ input: { memberId: 'member-7', months: ['2026-01-01', '2026-03-01'], paidOn: '2026-04-02' }, year: 2026 });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('says which month was paid meanwhile, and reloads the stale list', async () => {
    stubGateway({ RecordDuesPayment: refusal('CONFLICT', '2026-01 的党费已缴纳，不能重复记录', { reason: 'DUES_ALREADY_PAID', params: { month: '2026-01' } }) });
    const onChanged = vi.fn();
    const dues = useRecordDues(() => 2026, onChanged);
    dues.open(member);
    await dues.submit();
    expect(dues.serverError?.localizedMessage).toBe('2026-01 的党费已交纳，不能重复记录');
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a month before joining on the months field', async () => {
    stubGateway({ RecordDuesPayment: refusal('BAD_USER_INPUT', '该月份早于入党时间', { field: 'input.months', reason: 'MONTH_BEFORE_JOINING' }) });
    const dues = useRecordDues(() => 2026, vi.fn());
    dues.open(member);
    await dues.submit();
    expect(dues.fieldErrors.months?.localizedMessage).toBe('该月份早于入党时间，无需交纳党费');
  });
});

describe('income and transfers', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('declares an income typed with separators as a Decimal', async () => {
    const requests = stubGateway({ DeclareMemberIncome: data({ declareMemberIncome: { id: member.id, monthlyIncome: '10500.00', monthlyDues: '210.00', person: { name: '张党员' } } }) });
    const income = useDeclareIncome(vi.fn());
    income.open(member);
    expect(income.form.monthlyIncome).toBe('8500.00');
    income.form.monthlyIncome = '10,500';
    await income.submit();
    expect(requests[0]?.variables).toEqual({ input: { memberId: 'member-7', monthlyIncome: '10500' } });
  });

  it('transfers a member in without a date of full membership for a probationary member, and no empty note', async () => {
    const requests = stubGateway({ TransferMemberIn: data({ transferMemberIn: { id: 'member-9', status: 'PROBATIONARY', person: { name: '王新' } } }) });
    const transfer = useTransferIn(vi.fn());
    transfer.open({ branchId: 'branch-2' });
    Object.assign(transfer.form, {
      personId: 'person-9',
      status: 'PROBATIONARY',
      joinedOn: '2025-07-01',
      fullOn: '2026-07-01',
      monthlyIncome: '6000',
      transferredOn: '2026-03-01',
      counterpart: ' 中共松江区财政局机关支部 ',
      note: ' ',
    });
    await expect(transfer.submit()).resolves.toBe('王新 已转入');
    expect(requests[0]?.variables).toEqual({
      input: { personId: 'person-9', branchId: 'branch-2', status: 'PROBATIONARY', joinedOn: '2025-07-01', monthlyIncome: '6000', transferredOn: '2026-03-01', counterpart: '中共松江区财政局机关支部' },
    });
  });
});
