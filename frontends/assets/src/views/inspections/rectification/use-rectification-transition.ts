import { GraphQLRequestError, requestGraphQL } from '@jiguan/kit';
import { ElMessage, type FormInstance } from 'element-plus';
import { computed, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RectificationCard, RectificationStatus } from './rectification-items-query';
import { rectificationMutations } from './rectification-mutations';
import type { RectificationTransition } from './rectification-transitions';
import type { NoteForm } from './transition-rules';

/**
 * Moves an item one step after asking for the note: validated before sending; a refusal (CONFLICT
 * when someone moved it first, FORBIDDEN without the right) is shown in the dialog as the server
 * worded it. `onChanged` gets the columns to refresh, also after a CONFLICT (the board was stale).
 */
export function useRectificationTransition(onChanged: (statuses: RectificationStatus[]) => void) {
  const { t } = useI18n();
  const formRef = ref<FormInstance>();
  const form = reactive<NoteForm>({ note: '' });
  const pending = shallowRef<{ item: RectificationCard; transition: RectificationTransition } | null>(null);
  const submitting = ref(false);
  const serverError = shallowRef<GraphQLRequestError | null>(null);
  const noteRequired = computed(() => pending.value?.transition.noteRequired ?? false);

  function open(item: RectificationCard, transition: RectificationTransition): void {
    pending.value = { item, transition };
    form.note = '';
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
    const from = current.item.status;
    try {
      const note = form.note.trim() || undefined;
      await requestGraphQL(rectificationMutations[current.transition.verb], { id: current.item.id, note });
      ElMessage.success(t(`assets.rectification.done.${current.transition.verb}`));
      pending.value = null;
      onChanged([from, current.transition.to]);
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      serverError.value = error;
      if (error.code === 'CONFLICT') onChanged([...new Set([from, current.transition.to])]);
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, form, pending, noteRequired, submitting, serverError, open, close, submit };
}
