import { i18n } from '@jiguan/kit';
import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAdminMessages } from '../../../locales/admin-messages';
import { useOrganizationForm } from './use-organization-form';
import type { UnitRow } from './use-units-tree';

const audit: UnitRow = {
  id: 'org-audit',
  code: 'SJ-SJJ',
  name: '区审计局',
  shortName: '审计局',
  kind: 'PARTY_GOVERNMENT_ORGAN',
  underAgencyBookkeeping: false,
  childCount: 0,
  parent: { id: 'org-district' },
};

describe('useOrganizationForm', () => {
  beforeAll(registerAdminMessages);
  afterEach(() => {
    vi.unstubAllGlobals();
    i18n.global.locale.value = 'zh-CN';
  });

  it('creates a unit under the row it was opened on, trimmed and with the code in capitals', async () => {
    const requests = stubGateway({ CreateOrganization: data({ createOrganization: { id: 'org-new', name: '审计局办公室' } }) });
    const changed = vi.fn();
    const dialog = useOrganizationForm(changed);
    dialog.open({ mode: 'create', parent: audit });
    expect(dialog.form).toEqual({ name: '', shortName: '', code: '', kind: 'PARTY_GOVERNMENT_ORGAN', parentId: 'org-audit' });
    Object.assign(dialog.form, { name: ' 审计局办公室 ', shortName: ' ', code: ' sj-sjj-bgs ', kind: 'INTERNAL_SECTION' });
    await expect(dialog.submit()).resolves.toBe('已新建单位 审计局办公室');
    expect(requests.map((request) => request.variables)).toEqual([
      { input: { name: '审计局办公室', shortName: null, code: 'SJ-SJJ-BGS', kind: 'INTERNAL_SECTION', parentId: 'org-audit' } },
    ]);
    expect(changed).toHaveBeenCalledOnce();
  });

  it('edits a unit from its values, a cleared parent moving it to the top', async () => {
    const requests = stubGateway({ UpdateOrganization: data({ updateOrganization: { id: 'org-audit', name: '区审计局' } }) });
    const dialog = useOrganizationForm(() => undefined);
    dialog.open({ mode: 'edit', unit: audit });
    expect(dialog.form).toEqual({ name: '区审计局', shortName: '审计局', code: 'SJ-SJJ', kind: 'PARTY_GOVERNMENT_ORGAN', parentId: 'org-district' });
    dialog.form.parentId = '';
    await expect(dialog.submit()).resolves.toBe('已保存单位 区审计局');
    expect(requests[0]?.variables).toEqual({ id: 'org-audit', input: { name: '区审计局', shortName: '审计局', code: 'SJ-SJJ', kind: 'PARTY_GOVERNMENT_ORGAN', parentId: null } });
  });

  it('shows a taken code on the code field and a cycle on the parent, in the reader’s language', async () => {
    const dialog = useOrganizationForm(() => undefined);
    dialog.open({ mode: 'edit', unit: audit });
    stubGateway({ UpdateOrganization: refusal('BAD_USER_INPUT', '单位编码 SJ-SJJ 已被使用', { field: 'input.code', reason: 'ORGANIZATION_CODE_TAKEN', params: { code: 'SJ-SJJ' } }) });
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.fieldErrors.code?.localizedMessage).toBe('单位编码 SJ-SJJ 已被使用');
    i18n.global.locale.value = 'en';
    expect(dialog.fieldErrors.code?.localizedMessage).toBe('The unit code SJ-SJJ is taken');

    stubGateway({ UpdateOrganization: refusal('BAD_USER_INPUT', '上级单位不能是本单位或其下级单位', { field: 'input.parentId', reason: 'ORGANIZATION_CYCLE' }) });
    await dialog.submit();
    expect(dialog.fieldErrors).toEqual({ parentId: expect.anything() });
    expect(dialog.fieldErrors.parentId?.localizedMessage).toBe('The parent unit cannot be the unit itself or one below it');
    expect(dialog.target).toEqual({ mode: 'edit', unit: audit });
  });
});
