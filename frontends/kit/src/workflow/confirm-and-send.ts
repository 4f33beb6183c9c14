import { ElMessage, ElMessageBox } from 'element-plus';
import { GraphQLRequestError } from '../graphql/graphql-request-error';

export interface ConfirmAndSendOptions {
  /** The question, naming what the action touches. */
  question: string;
  title: string;
  confirmText: string;
  cancelText: string;
  /** The mutation; a refusal (GraphQLRequestError) is shown, anything else is thrown on. */
  send: () => Promise<unknown>;
  /** Shown once the server agreed. */
  doneText: string;
}

/** What came of it: the viewer said no, the server agreed, or the server refused (with its error). */
export type ConfirmAndSendOutcome = { kind: 'cancelled' } | { kind: 'done' } | { kind: 'refused'; error: GraphQLRequestError };

/**
 * A one-click action after a confirmation (revoke, drop, disable …): asks, sends, and says how it
 * went — the done text, or the server's refusal in the reader's language.
 */
export async function confirmAndSend(options: ConfirmAndSendOptions): Promise<ConfirmAndSendOutcome> {
  const confirmed = await ElMessageBox.confirm(options.question, options.title, {
    type: 'warning',
    confirmButtonText: options.confirmText,
    cancelButtonText: options.cancelText,
  }).then(
    () => true,
    () => false,
  );
  if (!confirmed) return { kind: 'cancelled' };
  try {
    await options.send();
    ElMessage.success(options.doneText);
    return { kind: 'done' };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    ElMessage.error(error.localizedMessage);
    return { kind: 'refused', error };
  }
}
