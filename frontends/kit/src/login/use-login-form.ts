import type { FormInstance } from 'element-plus';
import { reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { GraphQLRequestError } from '../graphql/graphql-request-error';
import { useSession } from '../session/use-session';

export interface LoginForm {
  username: string;
  password: string;
}

/** The login form: validates, logs in, then returns to the page that asked for the login. */
export function useLoginForm() {
  const router = useRouter();
  const route = useRoute();
  const { login } = useSession();
  const formRef = ref<FormInstance>();
  const form = reactive<LoginForm>({ username: '', password: '' });
  const submitting = ref(false);
  const serverError = ref<string | null>(null);

  async function submit(): Promise<void> {
    if (!(await formRef.value?.validate().catch(() => false))) return;
    submitting.value = true;
    serverError.value = null;
    try {
      await login(form.username.trim(), form.password);
      const redirect = typeof route.query.redirect === 'string' ? route.query.redirect : '/';
      await router.replace(redirect);
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      serverError.value = error.localizedMessage;
    } finally {
      submitting.value = false;
    }
  }

  return { formRef, form, submitting, serverError, submit };
}
