import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAssetsMessages } from '../../../locales/assets-messages';
import type { RectificationCard } from './rectification-items-query';
import { useRectificationTransition } from './use-rectification-transition';

const card = (status: RectificationCard['status']) => ({ id: 'item-3', status, suggestion: '清退出租房屋' }) as RectificationCard;

describe('useRectificationTransition', () => {
  beforeAll(registerAssetsMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('sends an empty optional note as none (the item keeps its note) and refreshes the two columns', async () => {
    const requests = stubGateway({ StartRectification: data({ moved: { id: 'item-3', status: 'RECTIFYING' } }) });
    const onMoved = vi.fn();
    const move = useRectificationTransition(onMoved);
    move.open({ item: card('OPEN'), action: 'START' });
    expect(move.comment).toEqual({ prop: 'note', label: '说明（选填）', required: false, requiredMessage: '请填写说明' });
    move.form.note = '   ';
    await expect(move.submit()).resolves.toBe('已开始整改');
    expect(requests[0]?.variables).toEqual({ id: 'item-3' });
    expect(onMoved).toHaveBeenCalledWith(['OPEN', 'RECTIFYING']);
  });

  it('sends a required note trimmed, and puts the item where the server says', async () => {
    const requests = stubGateway({ RejectRectification: data({ moved: { id: 'item-3', status: 'RECTIFYING' } }) });
    const onMoved = vi.fn();
    const move = useRectificationTransition(onMoved);
    move.open({ item: card('SUBMITTED'), action: 'REJECT' });
    expect(move.comment).toMatchObject({ prop: 'note', label: '说明（必填）', required: true });
    move.form.note = ' 现场复查未整改到位 ';
    await move.submit();
    expect(requests[0]).toMatchObject({ operation: 'RejectRectification', variables: { id: 'item-3', note: '现场复查未整改到位' } });
    expect(onMoved).toHaveBeenCalledWith(['SUBMITTED', 'RECTIFYING']);
  });

  it('refreshes every column after a CONFLICT, since where the item went is unknown', async () => {
    stubGateway({ VerifyRectification: refusal('CONFLICT', '整改意见已被他人处理，请刷新后重试', { reason: 'LOST_RACE' }) });
    const onMoved = vi.fn();
    const move = useRectificationTransition(onMoved);
    move.open({ item: card('SUBMITTED'), action: 'VERIFY' });
    await move.submit();
    expect(onMoved).toHaveBeenCalledWith('all');
    expect(move.serverError?.localizedMessage).toBe('已被他人抢先处理，请刷新后重试');
  });
});
