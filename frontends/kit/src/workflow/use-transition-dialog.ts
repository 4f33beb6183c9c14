import { computed, reactive, type Ref, ref, shallowRef } from 'vue';
import { GraphQLRequestError } from '../graphql/graphql-request-error';

/** A step's free-text field (理由, 审批意见, 说明), shown by the dialog as a `CommentField`. */
export interface CommentSpec<TForm> {
  /** The form key it fills, which is the mutation's argument. */
  prop: keyof TForm & string;
  label: string;
  /** Whether the server requires it for this step. */
  required: boolean;
  /** Shown when a required text is left empty, e.g. 请填写理由. */
  requiredMessage: string;
  placeholder?: string;
}

export interface TransitionDialogOptions<TTarget, TForm extends object, TResult> {
  /** The form's values each time the dialog opens. */
  emptyForm: (target: TTarget) => TForm;
  /** The step's free-text field, when it has one (most steps of a workflow do). */
  comment?: (target: TTarget) => CommentSpec<TForm>;
  /** Sends the change: the mutation for `target` with the form's values (trimmed here, as the server wants them). */
  send: (target: TTarget, form: TForm) => Promise<TResult>;
  /** What the page says once the server agreed, e.g. "已驳回 CZ-2024-0007". */
  doneText: (target: TTarget, result: TResult) => string;
  /**
   * Runs after the server agreed, with its answer, and after a CONFLICT, with null: the record
   * moved meanwhile, so the list the dialog was opened from is stale.
   */
  onChanged?: (target: TTarget, result: TResult | null) => void;
}

/** What `useTransitionDialog` returns: one reactive object, handed to `<TransitionDialog :dialog>` whole. */
export interface TransitionDialogState<TTarget, TForm extends object> {
  /** What the dialog is about (the record and the step); null while it is closed. */
  readonly target: TTarget | null;
  readonly form: TForm;
  /** The open step's free-text field, if it has one. */
  readonly comment: CommentSpec<TForm> | null;
  readonly submitting: boolean;
  /** A refusal that names no field of the form. */
  readonly serverError: GraphQLRequestError | null;
  /** Refusals of one field (BAD_USER_INPUT with `field`), by field. */
  readonly fieldErrors: Partial<Record<keyof TForm, GraphQLRequestError>>;
  open(target: TTarget): void;
  close(): void;
  /** Resolves with the text to show once the server agreed (the dialog has closed), or null after a refusal. */
  submit(): Promise<string | null>;
}

/**
 * A dialog that takes one step on a record (approve, reject, submit, reset a password …) with a
 * small form: `open(target)` with the record and the step, `submit()` sends it (the dialog's
 * component validates the form first). A refusal stays in the dialog: on the field it names
 * (BAD_USER_INPUT with `field`), else in `serverError`.
 */
export function useTransitionDialog<TTarget, TForm extends object, TResult>(
  options: TransitionDialogOptions<TTarget, TForm, TResult>,
): TransitionDialogState<TTarget, TForm> {
  const target = shallowRef<TTarget | null>(null);
  // Deeply reactive: the dialog's fields bind to it with v-model.
  const form = ref({}) as Ref<TForm>;
  const submitting = ref(false);
  const serverError = shallowRef<GraphQLRequestError | null>(null);
  const fieldErrors = shallowRef<Partial<Record<keyof TForm, GraphQLRequestError>>>({});
  // Computed while the dialog renders, so its texts follow a language switch.
  const comment = computed(() => (target.value !== null && options.comment ? options.comment(target.value) : null));

  function open(next: TTarget): void {
    target.value = next;
    form.value = options.emptyForm(next);
    serverError.value = null;
    fieldErrors.value = {};
  }

  function close(): void {
    target.value = null;
  }

  async function submit(): Promise<string | null> {
    const current = target.value;
    if (!current || submitting.value) return null;
    serverError.value = null;
    fieldErrors.value = {};
    submitting.value = true;
    try {
      const result = await options.send(current, form.value);
      target.value = null;
      options.onChanged?.(current, result);
      return options.doneText(current, result);
    } catch (error) {
      if (!(error instanceof GraphQLRequestError)) throw error;
      if (error.field && error.field in form.value) fieldErrors.value = { [error.field]: error } as typeof fieldErrors.value;
      else serverError.value = error;
      if (error.code === 'CONFLICT') options.onChanged?.(current, null);
      return null;
    } finally {
      submitting.value = false;
    }
  }

  return reactive({ target, form, comment, submitting, serverError, fieldErrors, open, close, submit }) as TransitionDialogState<TTarget, TForm>;
}
