import type { FormRules } from 'element-plus';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

export interface NoteForm {
  note: string;
}

/** A note of at most 500 characters (the subgraph's limit), required where the server requires it. */
export function useNoteRules(required: Ref<boolean>) {
  const { t } = useI18n();
  return computed<FormRules<NoteForm>>(() => ({
    note: [
      { required: required.value, whitespace: true, message: t('assets.rule.noteRequired'), trigger: 'blur' },
      { max: 500, message: t('assets.rule.textTooLong', { max: 500 }), trigger: 'blur' },
    ],
  }));
}
