import { i18n, requestGraphQL, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { ProviderKind } from '../../../generated/graphql';
import { decimalText } from '../../repairs/common/form-values';
import { createProviderContractMutation, createServiceProviderMutation, recordProviderTrainingMutation } from './provider-mutations';
import { type ProviderRow, serviceProvidersQuery } from './providers-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** 社会化服务单位 by kind, by name, paged by the server. */
export function useProvidersTable() {
  const filters = reactive<{ kind?: ProviderKind }>({});
  const table = useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(serviceProvidersQuery, { ...page, kind: filters.kind || undefined })).serviceProviders,
  });
  watch(filters, () => void table.applySearch());
  return { table, filters };
}

/** A new provider: its name and kind. */
export function useCreateProvider(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ kind }: { kind?: ProviderKind }) => ({ name: '', kind }),
    send: async (_target, form) => (await requestGraphQL(createServiceProviderMutation, { input: { name: form.name.trim(), kind: form.kind ?? 'PROPERTY' } })).createServiceProvider,
    doneText: (_target, provider) => t('services.providers.done.created', { name: provider.name }),
    onChanged,
  });
}

export interface ContractForm {
  number: string;
  startsOn: string;
  endsOn: string;
  amount: string;
  scope: string;
}

/** The contract's input: the amount typed with separators as a Decimal. */
export const contractInput = (provider: Pick<ProviderRow, 'id'>, form: ContractForm) => ({
  providerId: provider.id,
  number: form.number.trim(),
  startsOn: form.startsOn,
  endsOn: form.endsOn,
  amount: decimalText(form.amount) ?? form.amount,
  scope: form.scope.trim(),
});

/** A contract with the provider (number, term, amount, scope). */
export function useCreateContract(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_provider: ProviderRow): ContractForm => ({ number: '', startsOn: '', endsOn: '', amount: '', scope: '' }),
    send: async (provider, form) => (await requestGraphQL(createProviderContractMutation, { input: contractInput(provider, form) })).createProviderContract,
    doneText: (provider, contract) => t('services.providers.done.contracted', { name: provider.name, number: contract.number }),
    onChanged,
  });
}

export interface TrainingForm {
  heldOn: string;
  topic: string;
  attendees: number | undefined;
}

/** A training the provider held for its staff. */
export function useRecordTraining(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_provider: ProviderRow): TrainingForm => ({ heldOn: '', topic: '', attendees: undefined }),
    send: async (provider, form) =>
      (await requestGraphQL(recordProviderTrainingMutation, { input: { providerId: provider.id, heldOn: form.heldOn, topic: form.topic.trim(), attendees: form.attendees ?? 0 } })).recordProviderTraining,
    doneText: (provider, training) => t('services.providers.done.trained', { name: provider.name, topic: training.topic }),
    onChanged,
  });
}
