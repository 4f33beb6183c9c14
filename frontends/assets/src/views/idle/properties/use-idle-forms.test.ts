import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import {
  handoverInput,
  leaseInput,
  planInput,
  rentedSpaceInput,
  useCreateLease,
  useCreatePlan,
  useCreateRentedSpace,
  useEndLease,
  useGiveUpRentedSpace,
  useRecordHandover,
} from './use-idle-forms';

const idle = { buildingId: 'b7', buildingName: '谷阳北路闲置楼', openPlan: { id: 'p1', planType: 'HAND_OVER' as const } };

describe('the idle forms’ values → inputs', () => {
  it('sends a plan and a hand-over with exact decimals, the plan only when it is carried out', () => {
    expect(planInput('b7', { surveyedOn: '2026-11-20', planType: 'LEASE', expectedYearlyIncome: '120,000', description: ' 对外出租 ' })).toEqual({
      buildingId: 'b7', surveyedOn: '2026-11-20', planType: 'LEASE', expectedYearlyIncome: '120000', description: '对外出租',
    });
    expect(handoverInput('b7', { planId: 'p1', recipientId: 'org-9', handedOverOn: '2026-12-01', yearlyRent: '86,500.50' })).toEqual({
      buildingId: 'b7', planId: 'p1', recipientId: 'org-9', handedOverOn: '2026-12-01', yearlyRent: '86500.50',
    });
    expect(handoverInput('b7', { planId: undefined, recipientId: 'org-9', handedOverOn: '2026-12-01', yearlyRent: '1' })).not.toHaveProperty('planId');
  });

  it('sends a loan without rent as 0, and rented space trimmed', () => {
    expect(leaseInput('b7', { kind: 'LOAN', counterparty: ' 区档案馆 ', startsOn: '2026-12-01', endsOn: '2027-11-30', yearlyRent: '' })).toEqual({
      buildingId: 'b7', kind: 'LOAN', counterparty: '区档案馆', startsOn: '2026-12-01', endsOn: '2027-11-30', yearlyRent: '0',
    });
    expect(rentedSpaceInput({ organizationId: 'org-2', address: ' 荣乐东路 1 号 ', landlord: '某物业公司', area: '450', yearlyRent: '180,000', startsOn: '2026-12-01' })).toEqual({
      organizationId: 'org-2', address: '荣乐东路 1 号', landlord: '某物业公司', area: '450', yearlyRent: '180000', startsOn: '2026-12-01',
    });
  });
});

describe('the idle dialogs', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('records a plan, and a property no longer idle is refused above the form', async () => {
    const requests = stubGateway({ CreateRevitalisationPlan: data({ createRevitalisationPlan: { id: 'p2', planType: 'LEASE', building: { id: 'b7', name: '谷阳北路闲置楼' } } }) });
    const onChanged = vi.fn();
    const dialog = useCreatePlan(onChanged);
    dialog.open(idle);
    Object.assign(dialog.form, { surveyedOn: '2026-11-20', planType: 'LEASE', expectedYearlyIncome: '120000', description: '对外出租' });
    await expect(dialog.submit()).resolves.toBe('已为 谷阳北路闲置楼 制定一房一策（出租）');
    expect(requests[0]?.variables).toEqual({ input: { buildingId: 'b7', surveyedOn: '2026-11-20', planType: 'LEASE', expectedYearlyIncome: '120000', description: '对外出租' } });
    expect(onChanged).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
    stubGateway({ CreateRevitalisationPlan: refusal('CONFLICT', '不是闲置房屋', { reason: 'NOT_IDLE', params: { name: '谷阳北路闲置楼' } }) });
    dialog.open(idle);
    Object.assign(dialog.form, { planType: 'LEASE', expectedYearlyIncome: '1', description: 'x' });
    await dialog.submit();
    expect(dialog.serverError?.localizedMessage).toBe('谷阳北路闲置楼 不是闲置房屋');
  });

  it('hands over carrying out the open plan; a plan of another property lands on the plan', async () => {
    const requests = stubGateway({ RecordHandover: data({ recordHandover: { id: 'h1', handedOverOn: '2026-12-01', building: { id: 'b7', name: '谷阳北路闲置楼' }, recipient: { id: 'org-9', name: '商发集团' } } }) });
    const dialog = useRecordHandover(vi.fn());
    dialog.open(idle);
    expect(dialog.form.planId).toBe('p1');
    Object.assign(dialog.form, { recipientId: 'org-9', handedOverOn: '2026-12-01', yearlyRent: '86500' });
    await expect(dialog.submit()).resolves.toBe('已将 谷阳北路闲置楼 移交 商发集团');
    expect(requests[0]?.variables).toEqual({ input: { buildingId: 'b7', planId: 'p1', recipientId: 'org-9', handedOverOn: '2026-12-01', yearlyRent: '86500' } });
    vi.unstubAllGlobals();
    stubGateway({ RecordHandover: refusal('BAD_USER_INPUT', '所选盘活方案不属于该房屋', { field: 'input.planId', reason: 'PLAN_OF_ANOTHER_BUILDING' }) });
    dialog.open(idle);
    Object.assign(dialog.form, { recipientId: 'org-9', yearlyRent: '86500' });
    await dialog.submit();
    expect(dialog.fieldErrors.planId?.localizedMessage).toBe('所选盘活方案不属于该房屋');
  });

  it('lets a property; a lease without rent is refused on the rent, an end outside the term on the date', async () => {
    stubGateway({ CreateLease: refusal('BAD_USER_INPUT', '出租须填写年租金', { field: 'input.yearlyRent', reason: 'LEASE_NEEDS_RENT' }) });
    const lease = useCreateLease(vi.fn());
    lease.open(idle);
    Object.assign(lease.form, { counterparty: '某科技公司', endsOn: '2029-12-31', yearlyRent: '0' });
    await lease.submit();
    expect(lease.fieldErrors.yearlyRent?.localizedMessage).toBe('出租须填写年租金');
    vi.unstubAllGlobals();
    const requests = stubGateway({ EndLease: refusal('BAD_USER_INPUT', '终止日期须在租期之内', { field: 'endedOn', reason: 'OUTSIDE_TERM' }) });
    const end = useEndLease(vi.fn());
    end.open({ id: 'l1', title: '谷阳北路闲置楼 · 某科技公司', startsOn: '2026-12-01' });
    end.form.endedOn = '2031-01-01';
    await end.submit();
    expect(requests[0]?.variables).toEqual({ id: 'l1', endedOn: '2031-01-01' });
    expect(end.fieldErrors.endedOn?.localizedMessage).toBe('终止日期须在租期之内');
  });

  it('records rented space and gives it up', async () => {
    const requests = stubGateway({
      CreateRentedSpace: data({ createRentedSpace: { id: 's1', address: '荣乐东路 1 号', organization: { id: 'org-2', name: '区审计局' } } }),
      GiveUpRentedSpace: data({ giveUpRentedSpace: { id: 's1', address: '荣乐东路 1 号', givenUpOn: '2026-12-31', organization: { id: 'org-2', name: '区审计局' } } }),
    });
    const create = useCreateRentedSpace(vi.fn());
    create.open({});
    Object.assign(create.form, { organizationId: 'org-2', address: '荣乐东路 1 号', landlord: '某物业公司', area: '450', yearlyRent: '180000', startsOn: '2026-12-01' });
    await expect(create.submit()).resolves.toBe('已登记 区审计局 租用 荣乐东路 1 号');
    const giveUp = useGiveUpRentedSpace(vi.fn());
    giveUp.open({ id: 's1', title: '区审计局 · 荣乐东路 1 号', startsOn: '2026-12-01' });
    giveUp.form.givenUpOn = '2026-12-31';
    await expect(giveUp.submit()).resolves.toBe('区审计局 已于 2026-12-31 退租 荣乐东路 1 号');
    expect(requests[1]?.variables).toEqual({ id: 's1', givenUpOn: '2026-12-31' });
  });
});
