import { connection, data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import type { FeedbackRow } from './feedback-query';
import { useFeedbackTable, useReplyToFeedback, useSubmitFeedback } from './use-feedback';

describe('feedback', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('filters by status, a cleared one as none', async () => {
    const requests = stubGateway({ FeedbackList: data({ feedback: connection([]) }) });
    const { filters } = useFeedbackTable();
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    filters.status = 'SUBMITTED';
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    filters.status = '' as never;
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.map((request) => request.variables)).toEqual([{ first: 20, filter: {} }, { first: 20, filter: { status: 'SUBMITTED' } }, { first: 20, filter: {} }]);
  });

  it('submits a unit user’s feedback for its own unit, trimmed', async () => {
    const requests = stubGateway({ SubmitFeedback: data({ submitFeedback: { id: 'f1', subject: '食堂菜品', status: 'SUBMITTED' } }) });
    const submit = useSubmitFeedback(vi.fn());
    submit.open({});
    Object.assign(submit.form, { subject: ' 食堂菜品 ', content: ' 希望增加素菜 ' });
    await expect(submit.submit()).resolves.toBe('已提交意见：食堂菜品');
    expect(requests[0]?.variables).toEqual({ input: { subject: '食堂菜品', content: '希望增加素菜' } });
  });

  it('replies to the feedback the row offers REPLY on', async () => {
    const requests = stubGateway({ ReplyToFeedback: data({ replyToFeedback: { id: 'f1', subject: '食堂菜品', status: 'REPLIED' } }) });
    const reload = vi.fn();
    const reply = useReplyToFeedback(reload);
    reply.open({ id: 'f1', subject: '食堂菜品' } as FeedbackRow);
    expect(reply.comment).toMatchObject({ prop: 'reply', required: true });
    reply.form.reply = ' 已安排每日增加两道素菜 ';
    await expect(reply.submit()).resolves.toBe('已答复：食堂菜品');
    expect(requests[0]?.variables).toEqual({ input: { id: 'f1', reply: '已安排每日增加两道素菜' } });
    expect(reload).toHaveBeenCalledOnce();
  });
});
