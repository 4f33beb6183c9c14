import { confirmAndSend, GraphQLRequestError, i18n, requestGraphQL, useTransitionDialog } from '@jiguan/kit';
import { ref, shallowRef } from 'vue';
import { createBiDatabaseLoginMutation, dropBiDatabaseLoginMutation } from './bi-database-login-mutations';
import { biDatabaseLoginsQuery, type DatabaseLoginRow } from './bi-database-logins-query';

export interface CreateDatabaseLoginForm {
  name: string;
  /** Empty: every unit. */
  unitIds: string[];
  password: string;
}

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The database logins tab: the list (its refusal, e.g. BI_DATABASE_NOT_INSTALLED, above it), create, drop after a confirmation. */
export function useBiDatabaseLogins() {
  const rows = ref<DatabaseLoginRow[]>([]);
  const loading = ref(false);
  const error = shallowRef<GraphQLRequestError | null>(null);

  async function reload(): Promise<void> {
    loading.value = true;
    try {
      rows.value = (await requestGraphQL(biDatabaseLoginsQuery)).biDatabaseLogins;
      error.value = null;
    } catch (caught) {
      if (!(caught instanceof GraphQLRequestError)) throw caught;
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  const createDialog = useTransitionDialog({
    emptyForm: (): CreateDatabaseLoginForm => ({ name: 'bi_', unitIds: [], password: '' }),
    send: async (_target: 'new', form) => {
      const input = { name: form.name.trim(), unitIds: form.unitIds.length ? form.unitIds : null, password: form.password };
      return (await requestGraphQL(createBiDatabaseLoginMutation, { input })).createBiDatabaseLogin;
    },
    doneText: (_target, login) => t('admin.bi.logins.created', { name: login.name }),
    onChanged: () => void reload(),
  });

  async function drop(login: DatabaseLoginRow): Promise<void> {
    const outcome = await confirmAndSend({
      question: t('admin.bi.logins.confirmDrop', { name: login.name }),
      title: t('admin.common.confirmTitle'),
      confirmText: t('admin.bi.logins.drop'),
      cancelText: t('admin.common.cancel'),
      send: () => requestGraphQL(dropBiDatabaseLoginMutation, { name: login.name }),
      doneText: t('admin.bi.logins.dropped', { name: login.name }),
    });
    if (outcome.kind !== 'cancelled') void reload();
  }

  void reload();
  return { rows, loading, error, reload, createDialog, drop };
}
