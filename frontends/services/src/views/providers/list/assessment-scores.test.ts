import { describe, expect, it } from 'vitest';
import { assessedQuarters, lineProblems, refusedLine, scoreTotals } from './assessment-scores';

const row = (year: number, quarter: number, criterion: string, score: number, maxScore: number) => ({ node: { id: `${year}${quarter}${criterion}`, year, quarter, criterion, score, maxScore } });

describe('assessment scores', () => {
  it('groups the rows into quarters, latest first, each totalled', () => {
    const quarters = assessedQuarters([row(2024, 4, '服务质量', 38, 40), row(2024, 4, '满意度', 18, 20), row(2024, 3, '服务质量', 36, 40)]);
    expect(quarters.map((quarter) => [quarter.year, quarter.quarter, quarter.total, quarter.maxTotal, quarter.lines.length])).toEqual([
      [2024, 4, 56, 60, 2],
      [2024, 3, 36, 40, 1],
    ]);
  });

  it('adds up what is being entered', () => {
    expect(scoreTotals([{ criterion: 'a', score: 35, maxScore: 40 }, { criterion: 'b', score: 60, maxScore: 60 }])).toEqual({ total: 95, maxTotal: 100 });
  });

  it('finds a criterion named twice and a score over its maximum, as the server checks them', () => {
    const lines = [
      { criterion: '服务质量', score: 38, maxScore: 40 },
      { criterion: '服务质量 ', score: 10, maxScore: 20 },
      { criterion: '满意度', score: 25, maxScore: 20 },
    ];
    expect(lineProblems(lines)).toEqual([
      null,
      { column: 'criterion', reason: 'DUPLICATE_CRITERION', params: { criterion: '服务质量' } },
      { column: 'score', reason: 'SCORE_OVER_MAX', params: { max: 20 } },
    ]);
    expect(refusedLine(lines, 'SCORE_OVER_MAX')).toBe(2);
    expect(refusedLine(lines, 'DUPLICATE_CRITERION')).toBe(1);
    expect(refusedLine(lines, 'MAXIMA_NOT_100')).toBe(-1);
  });
});
