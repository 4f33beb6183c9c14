import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { emptyVisit, useRegisterVisit, visitInput } from './use-register-visit';

describe('useRegisterVisit', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sends trimmed details, the ID’s check letter and the plate upper case, the Shanghai time as an instant', () => {
    const form = {
      ...emptyVisit('2026-12-09'),
      visitorName: ' 王访客 ',
      visitorOrganization: '',
      phone: '13812345678',
      idNumber: '11010519491231002x',
      carPlate: '沪a12345',
      expectedAt: '14:30',
      purpose: '送审材料',
    };
    expect(visitInput(form)).toEqual({
      organizationId: undefined,
      visitorName: '王访客',
      visitorOrganization: undefined,
      phone: '13812345678',
      idNumber: '11010519491231002X',
      carPlate: '沪A12345',
      expectedAt: '2026-12-09T06:30:00.000Z',
      purpose: '送审材料',
    });
  });

  it('registers the visit, and shows the server’s refusal of the ID number on its field', async () => {
    const requests = stubGateway({ RegisterVisit: data({ registerVisit: { id: 'v1', visitorName: '王访客', expectedAt: '2026-12-09T06:30:00.000Z', status: 'EXPECTED' } }) });
    const reload = vi.fn();
    const register = useRegisterVisit(reload);
    register.open({});
    Object.assign(register.form, { visitorName: '王访客', phone: '13812345678', idNumber: '11010519491231002X', purpose: '送审材料' });
    await expect(register.submit()).resolves.toBe('已登记 王访客，预计 2026-12-09 14:30 到访');
    expect(requests[0]?.operation).toBe('RegisterVisit');
    expect(reload).toHaveBeenCalledOnce();

    stubGateway({ RegisterVisit: refusal('BAD_USER_INPUT', '身份证号码不正确', { field: 'input.idNumber', reason: 'NOT_AN_ID_NUMBER' }) });
    register.open({});
    await register.submit();
    expect(register.fieldErrors.idNumber?.localizedMessage).toBe('请输入正确的身份证号码');
  });
});
