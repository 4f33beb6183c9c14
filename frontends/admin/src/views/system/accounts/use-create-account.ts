import { type DataScope, GraphQLRequestError, requestGraphQL, type Role } from '@jiguan/kit';
import { ElMessage, type FormInstance } from 'element-plus';
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { createUserAccountMutation } from './create-user-account-mutation';

export interface CreateAccountForm {
  username: string;
  password: string;
  personId: string;
  roles: Role[];
  dataScope: DataScope;
}

function emptyForm(): CreateAccountForm {
  return { username: '', password: '', personId: '', roles: [], dataScope: 'SELF' };
}

/**
 * The create-account form: validated before sending; a refusal from the server is shown on the
 * field it names (BAD_USER_INPUT with `field`) or else above the form (e.g. CONFLICT, a taken username).
 */
export function useCreateAccount(onCreated: () => void) {
  const { t } = useI18n();
  const formRef = ref<FormInstance>();
  const form = reactive<CreateAccountForm>(emptyForm());
  const submitting = ref(false);
  const serverError = ref<string | null>(null);
  const fieldErrors = ref<Partial<Record<keyof CreateAccountForm, string>>>({});

  function reset(): void {
    Object.assign(form, emptyForm());
    serverError.value = null;
    fieldErrors.value = {};
    formRef.value?.clearValidate();
  }

  async function submit(): Promise<boolean> {
    serverError.value = null;
    fieldErrors.value = {};
    if (!(await formRef.value?.validate().catch(() => false))) return false;
    submitting.value = true;
    try {
      const { createUserAccount } = await requestGraphQL(createUserAccountMutation, {
        input: { ...form, username: form.username.trim() },
      });
      ElMessage.success(t('admin.createAccount.created', { username: createUserAccount.username }));
      onCreated();
      return true;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      const field = error.field;
      if (field && field in form) fieldErrors.value = { [field]: error.message };
      else serverError.value = error.message;
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, form, submitting, serverError, fieldErrors, reset, submit };
}
