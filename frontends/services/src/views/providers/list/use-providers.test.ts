import { connection, data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import type { ProviderRow } from './providers-query';
import { useCreateContract, useCreateProvider, useProvidersTable, useRecordTraining } from './use-providers';

const provider = { id: 'provider-cleaning', name: '上海某保洁服务有限公司' } as ProviderRow;

describe('providers', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('lists the providers of the chosen kind', async () => {
    const requests = stubGateway({ ServiceProviders: data({ serviceProviders: connection([]) }) });
    const { filters } = useProvidersTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.kind = 'CLEANING';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([{ first: 20 }, { first: 20, kind: 'CLEANING' }]);
  });

  it('creates a provider of the kind the list shows', async () => {
    const requests = stubGateway({ CreateServiceProvider: data({ createServiceProvider: { id: 'p9', name: '某安保公司', kind: 'SECURITY' } }) });
    const create = useCreateProvider(vi.fn());
    create.open({ kind: 'SECURITY' });
    create.form.name = ' 某安保公司 ';
    await expect(create.submit()).resolves.toBe('已新增服务单位 某安保公司');
    expect(requests[0]?.variables).toEqual({ input: { name: '某安保公司', kind: 'SECURITY' } });
  });

  it('sends a contract’s amount typed with separators as a Decimal, and shows its number taken on the field', async () => {
    const requests = stubGateway({ CreateProviderContract: data({ createProviderContract: { id: 'c9', number: 'JGSW-2025-BJ-01' } }) });
    const contract = useCreateContract(vi.fn());
    contract.open(provider);
    Object.assign(contract.form, { number: ' JGSW-2025-BJ-01 ', startsOn: '2025-01-01', endsOn: '2025-12-31', amount: '2,150,000.00', scope: ' 办公区域保洁 ' });
    await expect(contract.submit()).resolves.toBe('已为 上海某保洁服务有限公司 新增合同 JGSW-2025-BJ-01');
    expect(requests[0]?.variables).toEqual({
      input: { providerId: 'provider-cleaning', number: 'JGSW-2025-BJ-01', startsOn: '2025-01-01', endsOn: '2025-12-31', amount: '2150000.00', scope: '办公区域保洁' },
    });

    stubGateway({ CreateProviderContract: refusal('CONFLICT', '合同编号已存在', { field: 'input.number', reason: 'CONTRACT_NUMBER_TAKEN' }) });
    contract.open(provider);
    await contract.submit();
    expect(contract.fieldErrors.number?.localizedMessage).toBe('合同编号已存在');
  });

  it('records a training with its attendees', async () => {
    const requests = stubGateway({ RecordProviderTraining: data({ recordProviderTraining: { id: 't9', topic: '消防安全培训', heldOn: '2025-03-02' } }) });
    const training = useRecordTraining(vi.fn());
    training.open(provider);
    Object.assign(training.form, { heldOn: '2025-03-02', topic: ' 消防安全培训 ', attendees: 24 });
    await expect(training.submit()).resolves.toBe('已记录 上海某保洁服务有限公司 的培训：消防安全培训');
    expect(requests[0]?.variables).toEqual({ input: { providerId: 'provider-cleaning', heldOn: '2025-03-02', topic: '消防安全培训', attendees: 24 } });
  });
});
