import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, type FormInstance } from 'element-plus';
import { computed, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { formatDecimal } from '../../../utils/format-decimal';
import { approveWarehouseRequestMutation, rejectWarehouseRequestMutation } from './decide-request-mutations';
import type { WarehouseRequestRow } from './warehouse-requests-query';

export type Decision = 'approve' | 'reject';

export interface DecisionForm {
  reason: string;
}

/**
 * Approves (the pieces are issued to the unit and the saving recorded) or rejects (they are freed)
 * a pending request. A refusal, e.g. CONFLICT when another officer decided first, is shown in the
 * dialog; the list is refreshed either way.
 */
export function useDecideRequest(onDecided: () => void) {
  const { t } = useI18n();
  const formRef = ref<FormInstance>();
  const form = reactive<DecisionForm>({ reason: '' });
  const pending = shallowRef<{ request: WarehouseRequestRow; decision: Decision } | null>(null);
  const submitting = ref(false);
  const serverError = shallowRef<GraphQLRequestError | null>(null);
  const reasonRequired = computed(() => pending.value?.decision === 'reject');

  function open(request: WarehouseRequestRow, decision: Decision): void {
    pending.value = { request, decision };
    form.reason = '';
    serverError.value = null;
    formRef.value?.clearValidate();
  }

  function close(): void {
    pending.value = null;
  }

  async function submit(): Promise<void> {
    const current = pending.value;
    if (!current) return;
    serverError.value = null;
    if (!(await formRef.value?.validate().catch(() => false))) return;
    submitting.value = true;
    const reason = form.reason.trim();
    try {
      if (current.decision === 'approve') {
        const { approveWarehouseRequest: approved } = await requestGraphQL(approveWarehouseRequestMutation, {
          id: current.request.id,
          reason: reason || undefined,
        });
        ElMessage.success(t('assets.requests.approved', { savings: formatDecimal(approved.issue?.savings ?? '0') }));
      } else {
        await requestGraphQL(rejectWarehouseRequestMutation, { id: current.request.id, reason });
        ElMessage.success(t('assets.requests.rejected'));
      }
      pending.value = null;
      onDecided();
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      serverError.value = error;
      if (error.code === 'CONFLICT') onDecided();
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, form, pending, reasonRequired, submitting, serverError, open, close, submit };
}
