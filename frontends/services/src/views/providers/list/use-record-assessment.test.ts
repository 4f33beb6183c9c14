import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerServicesMessages } from '../../../locales/services-messages';
import { scoreTotals } from './assessment-scores';
import type { ProviderRow } from './providers-query';
import { emptyScores, nextQuarter, useRecordAssessment } from './use-record-assessment';

const line = (quarter: number, criterion: string, score: number, maxScore: number) => ({ node: { id: `${quarter}${criterion}`, year: 2024, quarter, criterion, score, maxScore } });
const provider = {
  id: 'provider-property',
  name: '上海松江物业管理有限公司',
  assessments: { totalCount: 3, edges: [line(4, '服务质量', 38, 50), line(4, '安全管理', 45, 50), line(3, '服务质量', 40, 50)] },
} as unknown as ProviderRow;
const fresh = { id: 'provider-new', name: '新单位', assessments: { totalCount: 0, edges: [] } } as unknown as ProviderRow;

describe('useRecordAssessment', () => {
  beforeAll(registerServicesMessages);
  afterEach(() => vi.unstubAllGlobals());

  it('starts on the quarter after the latest assessed, with its criteria and no scores', () => {
    expect(nextQuarter(provider)).toEqual({ year: 2025, quarter: 1 });
    expect(emptyScores(provider)).toEqual([
      { criterion: '服务质量', score: 0, maxScore: 50 },
      { criterion: '安全管理', score: 0, maxScore: 50 },
    ]);
    expect(nextQuarter(fresh, '2026-08-15')).toEqual({ year: 2026, quarter: 3 });
    expect(emptyScores(fresh).map((l) => l.maxScore)).toEqual([40, 20, 20, 20]);
  });

  it('sends every criterion row, trimmed, whose maxima add up to 100', async () => {
    const requests = stubGateway({ RecordProviderAssessment: data({ recordProviderAssessment: [{ id: 'a1', year: 2025, quarter: 1, score: 46 }] }) });
    const onChanged = vi.fn();
    const dialog = useRecordAssessment(onChanged);
    dialog.open(provider);
    dialog.form.scores = [
      { criterion: ' 服务质量 ', score: 46, maxScore: 50 },
      { criterion: '安全管理', score: 44, maxScore: 50 },
    ];
    expect(scoreTotals(dialog.form.scores)).toEqual({ total: 90, maxTotal: 100 });
    await expect(dialog.submit()).resolves.toBe('已记录 上海松江物业管理有限公司 的履约考核');
    expect(requests[0]?.variables).toEqual({
      input: {
        providerId: 'provider-property',
        year: 2025,
        quarter: 1,
        scores: [
          { criterion: '服务质量', score: 46, maxScore: 50 },
          { criterion: '安全管理', score: 44, maxScore: 50 },
        ],
      },
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it.each([
    ['SCORE_OVER_MAX', 'input.scores.1.score', { max: 50 }, 'scores', '得分须在 0–50 之间'],
    ['DUPLICATE_CRITERION', 'input.scores.1.criterion', { criterion: '服务质量' }, 'scores', '考核项“服务质量”重复'],
    ['MAXIMA_NOT_100', 'input.scores', { total: 90 }, 'scores', '各考核项满分合计须为 100（现为 90）'],
  ] as const)('shows %s on the criteria rows', async (reason, field, params, formField, text) => {
    stubGateway({ RecordProviderAssessment: refusal('BAD_USER_INPUT', '…', { reason, field, params }) });
    const dialog = useRecordAssessment(vi.fn());
    dialog.open(provider);
    await dialog.submit();
    expect(dialog.fieldErrors[formField]).toMatchObject({ reason, localizedMessage: text });
    expect(dialog.serverError).toBeNull();
  });

  it('shows a quarter already assessed on the quarter, and reloads', async () => {
    stubGateway({ RecordProviderAssessment: refusal('CONFLICT', '该季度已考核', { reason: 'QUARTER_ALREADY_ASSESSED', params: { year: 2024, quarter: 4 } }) });
    const onChanged = vi.fn();
    const dialog = useRecordAssessment(onChanged);
    dialog.open(provider);
    await dialog.submit();
    expect(dialog.fieldErrors.quarter?.localizedMessage).toBe('2024 年第 4 季度已考核');
    expect(onChanged).toHaveBeenCalledOnce();
  });
});
