import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { emptyProblem, useRecordInspection } from './use-record-inspection';

const recorded = data({ recordInspection: { id: 'insp-7', inspectedOn: '2026-12-03', organization: { name: '松江区审计局' }, problems: { totalCount: 1 } } });

function filledDialog() {
  const dialog = useRecordInspection(vi.fn());
  dialog.open({});
  Object.assign(dialog.form, { organizationId: 'org-audit', inspectedOn: '2026-12-03', inspectors: ' 张明、李华 ' });
  const problem = emptyProblem();
  Object.assign(problem, { buildingId: 'b-2', category: 'SAFETY', description: ' 消防通道堆放杂物 ' });
  Object.assign(problem.rectificationItems[0] ?? {}, { suggestion: ' 清理通道 ', owner: ' 王强 ', dueOn: '2026-12-20' });
  dialog.form.problems.push(problem, { ...emptyProblem(), category: 'OTHER', description: '门禁损坏', rectificationItems: [{ suggestion: '报修', owner: '赵敏', dueOn: '2026-12-10' }] });
  return dialog;
}

describe('useRecordInspection', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('starts with no problem: an inspection may find nothing', () => {
    const dialog = useRecordInspection(vi.fn());
    dialog.open({});
    expect(dialog.form.problems).toEqual([]);
  });

  it('records the inspection with its problems and rectification items', async () => {
    const requests = stubGateway({ RecordInspection: recorded });
    const dialog = filledDialog();
    await expect(dialog.submit()).resolves.toBe('已登记 松江区审计局 2026-12-03 的巡检，发现问题 1 个');
    expect(requests[0]?.variables).toEqual({
      input: {
        organizationId: 'org-audit',
        inspectedOn: '2026-12-03',
        inspectors: '张明、李华',
        problems: [
          { buildingId: 'b-2', category: 'SAFETY', description: '消防通道堆放杂物', rectificationItems: [{ suggestion: '清理通道', owner: '王强', dueOn: '2026-12-20' }] },
          { category: 'OTHER', description: '门禁损坏', rectificationItems: [{ suggestion: '报修', owner: '赵敏', dueOn: '2026-12-10' }] },
        ],
      },
    });
  });

  it('shows a due date before the inspection on the inspection date', async () => {
    stubGateway({
      RecordInspection: refusal('BAD_USER_INPUT', '整改期限不能早于巡检日期', { field: 'input.problems.1.rectificationItems.0.dueOn', reason: 'DUE_BEFORE_INSPECTION' }),
    });
    const dialog = filledDialog();
    await dialog.submit();
    expect(dialog.fieldErrors.inspectedOn?.localizedMessage).toBe('整改期限不能早于巡检日期');
    expect(dialog.serverError).toBeNull();
  });

  it('shows an unknown property of a problem on the problems', async () => {
    stubGateway({ RecordInspection: refusal('BAD_USER_INPUT', '所选房屋不存在', { field: 'input.problems.0.buildingId', reason: 'UNKNOWN_BUILDING' }) });
    const dialog = filledDialog();
    await dialog.submit();
    expect(dialog.fieldErrors.problems?.localizedMessage).toBe('所选房屋不存在');
  });
});
