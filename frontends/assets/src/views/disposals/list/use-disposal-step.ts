import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, type FormInstance } from 'element-plus';
import { reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { disposalMutations, type DisposalVerb } from './disposal-mutations';
import type { DisposalRow } from './disposals-query';

export interface DisposalStepForm {
  reason: string;
}

/**
 * Takes one step of a disposal with its reason. The server's refusal (FORBIDDEN for deciding one's
 * own submission, CONFLICT when the disposal moved meanwhile) is shown in the dialog.
 */
export function useDisposalStep(onStepped: () => void) {
  const { t } = useI18n();
  const formRef = ref<FormInstance>();
  const form = reactive<DisposalStepForm>({ reason: '' });
  const pending = shallowRef<{ disposal: DisposalRow; verb: DisposalVerb } | null>(null);
  const submitting = ref(false);
  const serverError = shallowRef<GraphQLRequestError | null>(null);

  function open(disposal: DisposalRow, verb: DisposalVerb): void {
    pending.value = { disposal, verb };
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
    try {
      await requestGraphQL(disposalMutations[current.verb], { id: current.disposal.id, reason: form.reason.trim() });
      ElMessage.success(t(`assets.disposals.done.${current.verb}`, { code: current.disposal.code }));
      pending.value = null;
      onStepped();
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      serverError.value = error;
      if (error.code === 'CONFLICT') onStepped();
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, form, pending, submitting, serverError, open, close, submit };
}
