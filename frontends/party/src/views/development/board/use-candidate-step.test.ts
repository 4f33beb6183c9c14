import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerPartyMessages } from '../../../locales/party-messages';
import type { CandidateCard } from './candidates-query';
import { stepFields, useApplyForMembership, useCandidateStep } from './use-candidate-step';

const candidate = (stage: CandidateCard['stage']) =>
  ({ id: 'candidate-3', stage, activistOn: '2025-03-10', nextStepDueOn: '2026-03-10', person: { id: 'person-3', name: '刘积极' } }) as CandidateCard;

describe('useCandidateStep', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('asks ADMIT for the introducers and income, EXTEND_PROBATION for the new end, the others for date and decision only', () => {
    expect(stepFields('ADMIT')).toEqual(['introducerPersonIds', 'monthlyIncome']);
    expect(stepFields('EXTEND_PROBATION')).toEqual(['until']);
    expect(stepFields('MAKE_TARGET')).toEqual([]);
  });

  it('makes an activist a development target with the date and trimmed decision, and reloads the two columns', async () => {
    const requests = stubGateway({ MakeDevelopmentTarget: data({ stepped: { id: 'candidate-3', stage: 'DEVELOPMENT_TARGET' } }) });
    const onChanged = vi.fn();
    const step = useCandidateStep(onChanged);
    step.open({ candidate: candidate('ACTIVIST'), action: 'MAKE_TARGET' });
    expect(step.comment).toMatchObject({ prop: 'decision', required: true });
    step.form.decidedOn = '2026-03-12';
    step.form.decision = ' 支委会研究同意确定为发展对象 ';
    await expect(step.submit()).resolves.toBe('已将 刘积极 确定为发展对象');
    expect(requests[0]).toMatchObject({ operation: 'MakeDevelopmentTarget', variables: { input: { id: 'candidate-3', decidedOn: '2026-03-12', decision: '支委会研究同意确定为发展对象' } } });
    expect(onChanged).toHaveBeenCalledWith(['ACTIVIST', 'DEVELOPMENT_TARGET']);
  });

  it('keeps the refusal of a year as activist not over in the dialog, in the reader’s words', async () => {
    stubGateway({
      MakeDevelopmentTarget: refusal('CONFLICT', '入党积极分子培养考察须满一年', { reason: 'ACTIVIST_YEAR_NOT_OVER', params: { since: '2025-03-10', earliest: '2026-03-10' } }),
    });
    const onChanged = vi.fn();
    const step = useCandidateStep(onChanged);
    step.open({ candidate: candidate('ACTIVIST'), action: 'MAKE_TARGET' });
    step.form.decidedOn = '2026-01-05';
    step.form.decision = '同意';
    await expect(step.submit()).resolves.toBeNull();
    expect(step.serverError?.localizedMessage).toBe('入党积极分子自 2025-03-10 起培养考察未满一年，2026-03-10 起方可确定为发展对象');
    expect(step.target).not.toBeNull();
    expect(onChanged).toHaveBeenCalledWith('all');
  });

  it('admits with two introducers and the income; puts a date refusal on the date', async () => {
    const requests = stubGateway({
      AdmitProbationaryMember: refusal('BAD_USER_INPUT', '日期不能早于上一步（2026-02-01）', { field: 'input.decidedOn', reason: 'DATE_BEFORE_PREVIOUS_STEP', params: { previous: '2026-02-01' } }),
    });
    const step = useCandidateStep(vi.fn());
    step.open({ candidate: candidate('DEVELOPMENT_TARGET'), action: 'ADMIT' });
    Object.assign(step.form, { decidedOn: '2026-01-20', decision: '支部大会表决通过', introducerPersonIds: ['p1', 'p2'], monthlyIncome: '7,200' });
    await step.submit();
    expect(requests[0]?.variables).toEqual({
      input: { id: 'candidate-3', decidedOn: '2026-01-20', decision: '支部大会表决通过', introducerPersonIds: ['p1', 'p2'], monthlyIncome: '7200' },
    });
    expect(step.fieldErrors.decidedOn?.localizedMessage).toBe('日期不能早于上一步（2026-02-01）');
  });

  it('extends probation to the new end', async () => {
    const requests = stubGateway({ ExtendProbation: data({ stepped: { id: 'candidate-3', stage: 'PROBATIONARY' } }) });
    const step = useCandidateStep(vi.fn());
    step.open({ candidate: candidate('PROBATIONARY'), action: 'EXTEND_PROBATION' });
    Object.assign(step.form, { decidedOn: '2026-03-01', decision: '延长预备期半年', until: '2026-09-01' });
    await step.submit();
    expect(requests[0]?.variables).toEqual({ input: { id: 'candidate-3', decidedOn: '2026-03-01', decision: '延长预备期半年', until: '2026-09-01' } });
  });
});

describe('useApplyForMembership', () => {
  beforeAll(registerPartyMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('files the application to the chosen branch', async () => {
    const requests = stubGateway({ ApplyForMembership: data({ applyForMembership: { id: 'candidate-9', stage: 'APPLICANT', person: { name: '陈申请' } } }) });
    const apply = useApplyForMembership(vi.fn());
    apply.open({ branchId: 'branch-2' });
    Object.assign(apply.form, { personId: 'person-9', appliedOn: '2026-03-01' });
    await expect(apply.submit()).resolves.toBe('已登记 陈申请 的入党申请');
    expect(requests[0]?.variables).toEqual({ input: { personId: 'person-9', branchId: 'branch-2', appliedOn: '2026-03-01' } });
  });
});
