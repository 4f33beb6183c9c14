import { confirmAndSend, i18n, requestGraphQL, useConnectionTable, useTransitionDialog } from '@jiguan/kit';
import { ref } from 'vue';
import { createBiApiKeyMutation, revokeBiApiKeyMutation } from './bi-api-key-mutations';
import { type ApiKeyRow, biApiKeysQuery } from './bi-api-keys-query';

export interface CreateApiKeyForm {
  name: string;
  /** Empty: every dataset. */
  datasets: string[];
  /** Empty: every unit. */
  unitIds: string[];
  /** ISO date-time, or '' for no expiry. */
  expiresAt: string;
}

/** A key just created, shown this once. */
export interface CreatedApiKey {
  name: string;
  key: string;
}

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/**
 * The keys tab: the list, the 新建密钥 dialog (an empty choice of datasets or units sends null:
 * every dataset, every unit), the key shown once after it, and 吊销 after a confirmation.
 */
export function useBiApiKeys() {
  const table = useConnectionTable({
    fetchPage: async (page, search) => (await requestGraphQL(biApiKeysQuery, { ...page, filter: { search } })).biApiKeys,
  });
  const created = ref<CreatedApiKey | null>(null);

  const createDialog = useTransitionDialog({
    emptyForm: (): CreateApiKeyForm => ({ name: '', datasets: [], unitIds: [], expiresAt: '' }),
    send: async (_target: 'new', form) => {
      const input = {
        name: form.name.trim(),
        datasets: form.datasets.length ? form.datasets : null,
        unitIds: form.unitIds.length ? form.unitIds : null,
        expiresAt: form.expiresAt || null,
      };
      return (await requestGraphQL(createBiApiKeyMutation, { input })).createBiApiKey;
    },
    doneText: (_target, result) => t('admin.bi.keys.created', { name: result.apiKey.name }),
    onChanged: (_target, result) => {
      if (result) created.value = { name: result.apiKey.name, key: result.key };
      void table.reload();
    },
  });

  async function revoke(key: ApiKeyRow): Promise<void> {
    const outcome = await confirmAndSend({
      question: t('admin.bi.keys.confirmRevoke', { name: key.name }),
      title: t('admin.common.confirmTitle'),
      confirmText: t('admin.bi.keys.action.REVOKE'),
      cancelText: t('admin.common.cancel'),
      send: () => requestGraphQL(revokeBiApiKeyMutation, { id: key.id }),
      doneText: t('admin.bi.keys.revoked', { name: key.name }),
    });
    if (outcome.kind !== 'cancelled') void table.reload();
  }

  return { table, createDialog, created, revoke };
}
