import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import { floorInput, roomInput, useAddFloor, useAddRoom } from './use-floor-room-forms';
import { allocateRoomInput, useAllocateRoom, useEndRoomAllocation } from './use-room-allocation';
import { archiveDocumentInput, surveyInput, useAddArchiveDocument, useRecordSurvey } from './use-survey-archive-forms';

describe('the detail forms’ values → inputs', () => {
  it('sends a floor and a room trimmed, their areas as the Decimal scalar’s text', () => {
    expect(floorInput('b1', { label: ' 3F ', level: 3, area: '1,250.5' })).toEqual({ buildingId: 'b1', label: '3F', level: 3, area: '1250.5' });
    expect(roomInput('f3', { number: ' 301 ', area: '36', use: 'OFFICE' })).toEqual({ floorId: 'f3', number: '301', area: '36', use: 'OFFICE' });
  });

  it('sends an allocation, a survey and an archive document', () => {
    expect(allocateRoomInput('r1', { organizationId: 'org-2', certificateNumber: ' SYPZ-2026-001 ', startsOn: '2026-12-07' })).toEqual({
      roomId: 'r1', organizationId: 'org-2', certificateNumber: 'SYPZ-2026-001', startsOn: '2026-12-07',
    });
    expect(surveyInput('b1', { kind: 'SITE_SURVEY', surveyedOn: '2026-11-30', area: '820.25', surveyor: ' 区测绘院 ' })).toEqual({
      buildingId: 'b1', kind: 'SITE_SURVEY', surveyedOn: '2026-11-30', area: '820.25', surveyor: '区测绘院',
    });
    expect(archiveDocumentInput('b1', { name: ' 房地产权证 ', kind: 'TITLE_CERTIFICATE', documentDate: '2026-10-01' })).toEqual({
      buildingId: 'b1', name: '房地产权证', kind: 'TITLE_CERTIFICATE', documentDate: '2026-10-01',
    });
  });
});

describe('the detail dialogs', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('adds a floor one level above the top one and refreshes the property', async () => {
    const requests = stubGateway({ AddFloor: data({ addFloor: { id: 'f4', label: '4F', level: 4 } }) });
    const onChanged = vi.fn();
    const dialog = useAddFloor(onChanged);
    dialog.open({ buildingId: 'b1', nextLevel: 4 });
    expect(dialog.form).toEqual({ label: '4F', level: 4, area: '' });
    dialog.form.area = '800';
    await expect(dialog.submit()).resolves.toBe('已添加楼层 4F');
    expect(requests[0]?.variables).toEqual({ input: { buildingId: 'b1', label: '4F', level: 4, area: '800' } });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('shows a room number already on the floor above the form, and a bad area on its field', async () => {
    stubGateway({ AddRoom: refusal('CONFLICT', '该楼层已有房间 301', { reason: 'DUPLICATE_ROOM', params: { number: '301' } }) });
    const dialog = useAddRoom(vi.fn());
    dialog.open({ floorId: 'f3', floorLabel: '3F' });
    Object.assign(dialog.form, { number: '301', area: '36' });
    await dialog.submit();
    expect(dialog.serverError?.localizedMessage).toBe('该楼层已有房间 301');
    vi.unstubAllGlobals();
    stubGateway({ AddRoom: refusal('BAD_USER_INPUT', '须大于 0', { field: 'input.area', reason: 'NOT_POSITIVE' }) });
    await dialog.submit();
    expect(dialog.fieldErrors.area?.code).toBe('BAD_USER_INPUT');
  });

  it('allocates a room to a unit, and a unit unknown to assets lands on the unit field', async () => {
    const requests = stubGateway({
      AllocateRoom: data({ allocateRoom: { id: 'a1', certificateNumber: 'SYPZ-2026-001', organization: { id: 'org-2', name: '区审计局' }, room: { id: 'r1', number: '301' } } }),
    });
    const dialog = useAllocateRoom(vi.fn());
    dialog.open({ roomId: 'r1', roomNumber: '301' });
    Object.assign(dialog.form, { organizationId: 'org-2', certificateNumber: 'SYPZ-2026-001', startsOn: '2026-12-07' });
    await expect(dialog.submit()).resolves.toBe('已将 301 分配给 区审计局');
    expect(requests[0]?.variables).toEqual({ input: { roomId: 'r1', organizationId: 'org-2', certificateNumber: 'SYPZ-2026-001', startsOn: '2026-12-07' } });
    vi.unstubAllGlobals();
    stubGateway({ AllocateRoom: refusal('BAD_USER_INPUT', '所选单位未在资产系统登记', { field: 'input.organizationId', reason: 'UNKNOWN_UNIT' }) });
    dialog.open({ roomId: 'r1', roomNumber: '301' });
    Object.assign(dialog.form, { organizationId: 'org-x', certificateNumber: 'SYPZ-2026-002' });
    await dialog.submit();
    expect(dialog.fieldErrors.organizationId?.message).toBe('所选单位未在资产系统登记');
  });

  it('ends an allocation on a day, and a day before its start lands on the date', async () => {
    const target = { allocationId: 'a1', roomNumber: '301', unitName: '区审计局', certificateNumber: 'SYPZ-2026-001', startsOn: '2026-12-07' };
    const requests = stubGateway({ EndRoomAllocation: data({ endRoomAllocation: { id: 'a1', certificateNumber: 'SYPZ-2026-001', endedOn: '2026-12-31', organization: { id: 'org-2', name: '区审计局' } } }) });
    const dialog = useEndRoomAllocation(vi.fn());
    dialog.open(target);
    dialog.form.endedOn = '2026-12-31';
    await expect(dialog.submit()).resolves.toBe('区审计局 已于 2026-12-31 交回 301');
    expect(requests[0]?.variables).toEqual({ id: 'a1', endedOn: '2026-12-31' });
    vi.unstubAllGlobals();
    stubGateway({ EndRoomAllocation: refusal('BAD_USER_INPUT', '结束日期不能早于开始日期', { field: 'endedOn', reason: 'BEFORE_START' }) });
    dialog.open(target);
    dialog.form.endedOn = '2026-12-01';
    await dialog.submit();
    expect(dialog.fieldErrors.endedOn?.localizedMessage).toBe('日期不能早于开始日期');
  });

  it('records a survey (两测一评 of a certified property refused on the kind) and files a document', async () => {
    stubGateway({ RecordSurvey: refusal('BAD_USER_INPUT', '“两测一评”只针对无证或证实不符的房屋', { field: 'input.kind', reason: 'CERTIFIED_PROPERTY' }) });
    const survey = useRecordSurvey(vi.fn());
    survey.open({ buildingId: 'b1' });
    Object.assign(survey.form, { kind: 'TWO_SURVEYS_ONE_ASSESSMENT', area: '800', surveyor: '区测绘院' });
    await survey.submit();
    expect(survey.fieldErrors.kind?.localizedMessage).toBe('“两测一评”只针对无证或证实不符的房屋');
    vi.unstubAllGlobals();
    const requests = stubGateway({ AddArchiveDocument: data({ addArchiveDocument: { id: 'd1', name: '房地产权证' } }) });
    const document = useAddArchiveDocument(vi.fn());
    document.open({ buildingId: 'b1' });
    Object.assign(document.form, { name: '房地产权证', kind: 'TITLE_CERTIFICATE', documentDate: '2026-10-01' });
    await expect(document.submit()).resolves.toBe('已归档 房地产权证');
    expect(requests[0]?.variables).toEqual({ input: { buildingId: 'b1', name: '房地产权证', kind: 'TITLE_CERTIFICATE', documentDate: '2026-10-01' } });
  });
});
