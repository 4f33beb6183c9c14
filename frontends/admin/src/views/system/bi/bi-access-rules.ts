import type { FormRules } from 'element-plus';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CreateApiKeyForm } from './use-bi-api-keys';
import type { CreateDatabaseLoginForm } from './use-bi-database-logins';

/*
 * The BI access forms' checks, mirroring the directory's (domain/bi-api-key.ts, bi-database-login.ts)
 * so most mistakes are caught before anything is sent; the server's refusal still shows on its field.
 */

const DATASET_NAME = /^[a-z][a-z0-9]*_[a-z][a-z0-9_]*$/;

export function useCreateApiKeyRules() {
  const { t } = useI18n();
  return computed<FormRules<CreateApiKeyForm>>(() => ({
    name: [
      { required: true, whitespace: true, message: t('admin.bi.rule.nameRequired'), trigger: 'blur' },
      { max: 100, message: t('admin.bi.rule.nameLength'), trigger: 'blur' },
    ],
    datasets: [
      {
        validator: (_rule, value: string[], callback) => callback(value.every((name) => DATASET_NAME.test(name)) ? undefined : new Error(t('admin.bi.rule.datasetName'))),
        trigger: 'change',
      },
    ],
    expiresAt: [
      {
        validator: (_rule, value: string, callback) => callback(!value || new Date(value).getTime() > Date.now() ? undefined : new Error(t('admin.bi.rule.expiryFuture'))),
        trigger: 'change',
      },
    ],
  }));
}

export function useCreateDatabaseLoginRules() {
  const { t } = useI18n();
  return computed<FormRules<CreateDatabaseLoginForm>>(() => ({
    name: [{ pattern: /^bi_[a-z0-9_]{1,37}$/, message: t('admin.bi.rule.loginName'), trigger: 'blur' }],
    password: [
      { required: true, message: t('admin.rule.passwordRequired'), trigger: 'blur' },
      { pattern: /^(?=.*[A-Za-z])(?=.*\d)[\x21-\x7e]{12,64}$/, message: t('admin.bi.rule.loginPassword'), trigger: 'blur' },
    ],
  }));
}
