import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../locales/assets-messages';
import { decimalText } from './property-form-rules';
import { type BuildingForm, createBuildingInput, type EditableBuilding, updateBuildingInput, useBuildingForm } from './use-building-form';

const form: BuildingForm = {
  code: ' FW-2026-001 ',
  name: ' 谷阳北路办公楼 ',
  address: '松江区谷阳北路 100 号',
  owningUnitId: 'org-1',
  usingUnitId: undefined,
  landArea: '1,200.5',
  floorArea: '3600',
  certificateStatus: 'CERTIFIED',
  titleRegistration: 'REGISTERED',
  bookValue: '12,500,000.00',
  currentUse: 'IDLE',
  managedSince: '2026-12-01',
};

const building: EditableBuilding = {
  id: 'b1', code: 'FW-001', name: '中山中路38号院', address: '松江区中山中路38号', owningUnit: { id: 'org-1', name: '区机管局' },
  usingUnit: { id: 'org-2', name: '区审计局' }, landArea: '5000', floorArea: '8000', certificateStatus: 'CERTIFIED',
  titleRegistration: 'REGISTERED', bookValue: '1000000', currentUse: 'OFFICE',
};

describe('the property form’s values → inputs', () => {
  it('reads typed decimals as the Decimal scalar’s text', () => {
    expect(decimalText(' 1,234.56 ')).toBe('1234.56');
    expect(decimalText('1.234')).toBeNull();
    expect(decimalText('-1')).toBeNull();
  });

  it('registers a property trimmed, with exact decimals and no using unit when idle', () => {
    expect(createBuildingInput(form)).toEqual({
      code: 'FW-2026-001', name: '谷阳北路办公楼', address: '松江区谷阳北路 100 号', owningUnitId: 'org-1', landArea: '1200.5', floorArea: '3600',
      certificateStatus: 'CERTIFIED', titleRegistration: 'REGISTERED', bookValue: '12500000.00', currentUse: 'IDLE', managedSince: '2026-12-01',
    });
    expect(createBuildingInput({ ...form, usingUnitId: 'org-2' }).usingUnitId).toBe('org-2');
  });

  it('sends a cleared using unit as null when editing', () => {
    expect(updateBuildingInput({ ...form, usingUnitId: undefined })).toEqual({
      name: '谷阳北路办公楼', address: '松江区谷阳北路 100 号', usingUnitId: null, landArea: '1200.5', floorArea: '3600',
      certificateStatus: 'CERTIFIED', titleRegistration: 'REGISTERED', bookValue: '12500000.00', currentUse: 'IDLE',
    });
  });
});

describe('the property dialog', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('registers a new property and refreshes the register', async () => {
    const requests = stubGateway({ CreateBuilding: data({ createBuilding: { id: 'b9', code: 'FW-2026-001', name: '谷阳北路办公楼' } }) });
    const onChanged = vi.fn();
    const dialog = useBuildingForm(onChanged);
    dialog.open({ building: null });
    Object.assign(dialog.form, form);
    await expect(dialog.submit()).resolves.toBe('已登记房屋 FW-2026-001 谷阳北路办公楼');
    expect(requests[0]?.variables).toEqual({ input: createBuildingInput(form) });
    expect(onChanged).toHaveBeenCalledWith({ id: 'b9', code: 'FW-2026-001', name: '谷阳北路办公楼' });
  });

  it('opens an edit with the property’s facts and sends them to updateBuilding', async () => {
    const requests = stubGateway({ UpdateBuilding: data({ updateBuilding: { id: 'b1', code: 'FW-001', name: '中山中路38号院' } }) });
    const dialog = useBuildingForm(vi.fn());
    dialog.open({ building });
    expect(dialog.form.usingUnitId).toBe('org-2');
    dialog.form.bookValue = '1,200,000';
    await dialog.submit();
    expect(requests[0]?.variables).toEqual({
      id: 'b1',
      input: { name: '中山中路38号院', address: '松江区中山中路38号', usingUnitId: 'org-2', landArea: '5000', floorArea: '8000', certificateStatus: 'CERTIFIED', titleRegistration: 'REGISTERED', bookValue: '1200000', currentUse: 'OFFICE' },
    });
  });

  it('shows the server’s refusal of a field on that field', async () => {
    stubGateway({ CreateBuilding: refusal('BAD_USER_INPUT', '须大于 0', { field: 'input.floorArea', reason: 'NOT_POSITIVE' }) });
    const dialog = useBuildingForm(vi.fn());
    dialog.open({ building: null });
    Object.assign(dialog.form, { ...form, floorArea: '0' });
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.fieldErrors.floorArea?.code).toBe('BAD_USER_INPUT');
    expect(dialog.serverError).toBeNull();
  });

  it('shows a code already taken above the form', async () => {
    stubGateway({ CreateBuilding: refusal('CONFLICT', '房屋编号 FW-2026-001 已存在', { reason: 'DUPLICATE_CODE', params: { code: 'FW-2026-001' } }) });
    const dialog = useBuildingForm(vi.fn());
    dialog.open({ building: null });
    Object.assign(dialog.form, form);
    await dialog.submit();
    expect(dialog.serverError?.localizedMessage).toBe('编号 FW-2026-001 已存在');
  });
});
