import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { data, refusal, stubGateway } from '../../testing/stub-gateway';
import { requestGraphQL } from '../graphql/request-graphql';
import { meQuery } from '../session/session-operations';
import { endSession, setSessionToken } from '../session/session-store';
import { useTransitionDialog } from './use-transition-dialog';

interface Row {
  id: string;
  code: string;
}

/** The gateway's answer to the stand-in request: data, or a refusal. */
const answerMe = (body: object) => stubGateway({ Me: body });

/** A dialog that "sends" with a real request (the account query stands in for a mutation). */
function reasonDialog(onChanged = vi.fn()) {
  const send = vi.fn(async (row: Row, form: { reason: string }) => {
    await requestGraphQL(meQuery);
    return { code: row.code, reason: form.reason.trim() };
  });
  const dialog = useTransitionDialog({
    emptyForm: () => ({ reason: '' }),
    send,
    doneText: (row, result) => `done ${row.code} (${result.reason})`,
    onChanged,
  });
  return { dialog, send, onChanged };
}

const row: Row = { id: 'd1', code: 'CZ-2024-0001' };

describe('useTransitionDialog', () => {
  beforeEach(() => setSessionToken('token-1', new Date(Date.now() + 3_600_000).toISOString()));
  afterEach(() => {
    vi.unstubAllGlobals();
    endSession();
  });

  it('opens on a target with a fresh form and closes again', () => {
    const { dialog } = reasonDialog();
    expect(dialog.target).toBeNull();
    dialog.open(row);
    dialog.form.reason = 'typed';
    dialog.close();
    expect(dialog.target).toBeNull();
    dialog.open(row);
    expect(dialog).toMatchObject({ target: row, form: { reason: '' }, serverError: null, fieldErrors: {} });
  });

  it('sends the form for the target, then closes and reports the change', async () => {
    answerMe(data({ me: { id: 'a1' } }));
    const { dialog, send, onChanged } = reasonDialog();
    dialog.open(row);
    dialog.form.reason = '  同意报废  ';
    await expect(dialog.submit()).resolves.toBe('done CZ-2024-0001 (同意报废)');
    expect(send).toHaveBeenCalledWith(row, { reason: '  同意报废  ' });
    expect(onChanged).toHaveBeenCalledWith(row, { code: row.code, reason: '同意报废' });
    expect(dialog).toMatchObject({ target: null, submitting: false });
  });

  it('keeps a refusal in the open dialog, on the field it names or above the form', async () => {
    const { dialog, onChanged } = reasonDialog();
    dialog.open(row);
    answerMe(refusal('BAD_USER_INPUT', '理由过长', { field: 'reason', reason: 'TEXT_TOO_LONG', params: { max: 500 } }));
    await expect(dialog.submit()).resolves.toBeNull();
    expect(dialog.fieldErrors.reason?.localizedMessage).toBe('不能超过 500 个字');
    expect(dialog.serverError).toBeNull();

    answerMe(refusal('FORBIDDEN', '不能审批自己提交的处置申请', { reason: 'SELF_APPROVAL' }));
    await dialog.submit();
    expect(dialog.serverError).toMatchObject({ code: 'FORBIDDEN', reason: 'SELF_APPROVAL' });
    expect(dialog.fieldErrors).toEqual({});
    expect(dialog.target).toBe(row);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('reports a CONFLICT as a change with no answer: the list it was opened from is stale', async () => {
    answerMe(refusal('CONFLICT', '处置申请已被他人处理', { reason: 'LOST_RACE' }));
    const { dialog, onChanged } = reasonDialog();
    dialog.open(row);
    await dialog.submit();
    expect(onChanged).toHaveBeenCalledWith(row, null);
    expect(dialog.serverError?.localizedMessage).toBe('已被他人抢先处理，请刷新后重试');
    expect(dialog.target).toBe(row);
  });

  it('sends nothing while closed', async () => {
    const requests = answerMe(data({ me: { id: 'a1' } }));
    const { dialog } = reasonDialog();
    await expect(dialog.submit()).resolves.toBeNull();
    expect(requests).toEqual([]);
  });
});
