import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { type StaffingForm, staffingInput, useSetStaffing, useSetStandard } from './use-office-space';

const empty: StaffingForm['staffing'] = {
  DISTRICT_CHIEF: null, DISTRICT_DEPUTY: null, DIVISION_CHIEF: null, DIVISION_DEPUTY: null, SECTION_CHIEF: null, SECTION_DEPUTY: null, STAFF: null,
};

describe('the staffing form’s values → setStaffing', () => {
  it('sends the ranks filled in, in the schema’s order, 0 included', () => {
    expect(staffingInput({ staffing: { ...empty, STAFF: 40, DIVISION_CHIEF: 1, SECTION_DEPUTY: 0 } })).toEqual([
      { rank: 'DIVISION_CHIEF', approvedHeadcount: 1 },
      { rank: 'SECTION_DEPUTY', approvedHeadcount: 0 },
      { rank: 'STAFF', approvedHeadcount: 40 },
    ]);
  });
});

describe('the office-space dialogs', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sets a rank’s area per person, and a bad area lands on its field', async () => {
    const requests = stubGateway({ SetOfficeSpaceStandard: data({ setOfficeSpaceStandard: { rank: 'DIVISION_CHIEF', areaPerPerson: '24', updatedAt: '2026-12-07T08:00:00Z' } }) });
    const onChanged = vi.fn();
    const dialog = useSetStandard(onChanged);
    dialog.open({ rank: 'DIVISION_CHIEF', areaPerPerson: '18', updatedAt: '2026-01-01T00:00:00Z' });
    expect(dialog.form.areaPerPerson).toBe('18');
    dialog.form.areaPerPerson = ' 24 ';
    await expect(dialog.submit()).resolves.toBe('已将处级正职的办公用房标准设为 24 m²/人');
    expect(requests[0]?.variables).toEqual({ rank: 'DIVISION_CHIEF', areaPerPerson: '24' });
    expect(onChanged).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
    stubGateway({ SetOfficeSpaceStandard: refusal('BAD_USER_INPUT', '须大于 0', { field: 'areaPerPerson', reason: 'NOT_POSITIVE' }) });
    dialog.open({ rank: 'STAFF', areaPerPerson: '9', updatedAt: '2026-01-01T00:00:00Z' });
    dialog.form.areaPerPerson = '0';
    await dialog.submit();
    expect(dialog.fieldErrors.areaPerPerson?.code).toBe('BAD_USER_INPUT');
  });

  it('opens a unit’s staffing filled in and sends it; a repeated rank lands on the staffing', async () => {
    const requests = stubGateway({ SetStaffing: data({ setStaffing: { id: 'org-2', name: '区审计局', staffing: [{ rank: 'STAFF', approvedHeadcount: 42 }] } }) });
    const dialog = useSetStaffing(vi.fn());
    dialog.open({ organizationId: 'org-2', name: '区审计局', staffing: [{ rank: 'STAFF', approvedHeadcount: 40 }] });
    expect(dialog.form.staffing.STAFF).toBe(40);
    expect(dialog.form.staffing.DIVISION_CHIEF).toBeNull();
    dialog.form.staffing.STAFF = 42;
    await expect(dialog.submit()).resolves.toBe('已保存 区审计局 的编制数');
    expect(requests[0]?.variables).toEqual({ organizationId: 'org-2', staffing: [{ rank: 'STAFF', approvedHeadcount: 42 }] });
    vi.unstubAllGlobals();
    stubGateway({ SetStaffing: refusal('BAD_USER_INPUT', '每个职级只能填写一次', { field: 'staffing', reason: 'RANK_REPEATED' }) });
    dialog.open({ organizationId: 'org-2', name: '区审计局', staffing: [] });
    await dialog.submit();
    expect(dialog.fieldErrors.staffing?.localizedMessage).toBe('每个职级只能填写一次');
  });
});
