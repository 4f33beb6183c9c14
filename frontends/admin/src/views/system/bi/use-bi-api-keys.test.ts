import { i18n } from '@jiguan/kit';
import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAdminMessages } from '../../../locales/admin-messages';
import { useBiApiKeys } from './use-bi-api-keys';

const emptyPage = data({ biApiKeys: { totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] } });
const created = data({ createBiApiKey: { key: 'jgk_key-1_secret', apiKey: { id: 'key-1', name: '财务部 Power BI' } } });

describe('useBiApiKeys', () => {
  beforeAll(registerAdminMessages);
  afterEach(() => {
    vi.unstubAllGlobals();
    i18n.global.locale.value = 'zh-CN';
  });

  it('sends no dataset or unit choice as null (every one), then shows the key once and reloads the list', async () => {
    const requests = stubGateway({ BiApiKeys: emptyPage, CreateBiApiKey: created });
    const keys = useBiApiKeys();
    keys.createDialog.open('new');
    Object.assign(keys.createDialog.form, { name: ' 财务部 Power BI ' });
    await expect(keys.createDialog.submit()).resolves.toBe('已创建密钥 财务部 Power BI');
    expect(requests.find((request) => request.operation === 'CreateBiApiKey')?.variables).toEqual({
      input: { name: '财务部 Power BI', datasets: null, unitIds: null, expiresAt: null },
    });
    expect(keys.created.value).toEqual({ name: '财务部 Power BI', key: 'jgk_key-1_secret' });
    await vi.waitFor(() => expect(requests.filter((request) => request.operation === 'BiApiKeys')).toHaveLength(2));
  });

  it('sends the chosen datasets, units and expiry, and shows a refusal on its field in the reader’s language', async () => {
    const requests = stubGateway({
      BiApiKeys: emptyPage,
      CreateBiApiKey: refusal('BAD_USER_INPUT', '数据集名称 x_ 不符合格式', { field: 'input.datasets', reason: 'DATASET_NAME_FORMAT', params: { name: 'x_' } }),
    });
    const keys = useBiApiKeys();
    keys.createDialog.open('new');
    Object.assign(keys.createDialog.form, { name: 'Excel', datasets: ['x_'], unitIds: ['org-1'], expiresAt: '2099-01-01T00:00:00+08:00' });
    await expect(keys.createDialog.submit()).resolves.toBeNull();
    expect(requests.at(-1)?.variables).toEqual({ input: { name: 'Excel', datasets: ['x_'], unitIds: ['org-1'], expiresAt: '2099-01-01T00:00:00+08:00' } });
    i18n.global.locale.value = 'en';
    expect(keys.createDialog.fieldErrors.datasets?.localizedMessage).toBe('The dataset name x_ is not of the form <subgraph>_<view> (lowercase letters, digits and _)');
    expect(keys.created.value).toBeNull();
  });
});
