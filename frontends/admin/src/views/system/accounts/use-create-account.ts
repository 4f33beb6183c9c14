import { type DataScope, GraphQLRequestError, requestGraphQL, type Role } from '@jiguan/kit';
import { reactive, ref, shallowRef } from 'vue';
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
 * The create-account form. `submit()` sends it (the dialog validates it first) and resolves with
 * the new account; a refusal is kept on the field the server names (BAD_USER_INPUT with `field`)
 * or else above the form (e.g. CONFLICT, a taken username), and `submit()` resolves with null.
 */
export function useCreateAccount() {
  const form = reactive<CreateAccountForm>(emptyForm());
  const submitting = ref(false);
  const serverError = shallowRef<GraphQLRequestError | null>(null);
  const fieldErrors = shallowRef<Partial<Record<keyof CreateAccountForm, GraphQLRequestError>>>({});

  function reset(): void {
    Object.assign(form, emptyForm());
    serverError.value = null;
    fieldErrors.value = {};
  }

  async function submit(): Promise<{ id: string; username: string } | null> {
    serverError.value = null;
    fieldErrors.value = {};
    submitting.value = true;
    try {
      const { createUserAccount } = await requestGraphQL(createUserAccountMutation, {
        input: { ...form, username: form.username.trim() },
      });
      return createUserAccount;
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      const field = error.field;
      if (field && field in form) fieldErrors.value = { [field]: error };
      else serverError.value = error;
      return null;
    } finally {
      submitting.value = false;
    }
  }

  return { form, submitting, serverError, fieldErrors, reset, submit };
}
