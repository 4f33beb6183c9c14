import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, type FormInstance } from 'element-plus';
import { computed, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAssetsAccess } from '../../../composables/use-assets-access';
import { fileWarehouseRequestMutation } from './file-warehouse-request-mutation';
import type { WarehouseItemRow } from './warehouse-items-query';

export interface RequestItemForm {
  quantity: number;
  reason: string;
}

/**
 * 调剂申请 for the unit user's own unit: validated before sending; a refusal is shown on the field
 * the server names (BAD_USER_INPUT) or above the form (CONFLICT: the pieces went to someone else).
 */
export function useRequestItem(onFiled: () => void) {
  const { t } = useI18n();
  const { ownUnit } = useAssetsAccess();
  const formRef = ref<FormInstance>();
  const item = shallowRef<WarehouseItemRow | null>(null);
  const form = reactive<RequestItemForm>({ quantity: 1, reason: '' });
  const submitting = ref(false);
  const serverError = shallowRef<GraphQLRequestError | null>(null);
  const fieldErrors = ref<Partial<Record<keyof RequestItemForm, string>>>({});
  const available = computed(() => item.value?.availableQuantity ?? 0);

  function open(row: WarehouseItemRow): void {
    item.value = row;
    Object.assign(form, { quantity: 1, reason: '' });
    serverError.value = null;
    fieldErrors.value = {};
    formRef.value?.clearValidate();
  }

  function close(): void {
    item.value = null;
  }

  async function submit(): Promise<void> {
    const current = item.value;
    const unit = ownUnit.value;
    if (!current || !unit) return;
    serverError.value = null;
    fieldErrors.value = {};
    if (!(await formRef.value?.validate().catch(() => false))) return;
    submitting.value = true;
    try {
      await requestGraphQL(fileWarehouseRequestMutation, {
        input: { itemId: current.id, organizationId: unit.id, quantity: form.quantity, reason: form.reason.trim() },
      });
      ElMessage.success(t('assets.warehouse.request.filed', { name: current.name, quantity: form.quantity }));
      item.value = null;
      onFiled();
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      const field = error.field;
      if (field && field in form) fieldErrors.value = { [field]: error.message };
      else serverError.value = error;
      // The catalogue was stale (someone else reserved the pieces): show what is left now.
      if (error.code === 'CONFLICT') onFiled();
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, item, form, available, submitting, serverError, fieldErrors, open, close, submit };
}
