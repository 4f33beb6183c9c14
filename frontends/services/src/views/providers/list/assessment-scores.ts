import type { ProviderRow } from './providers-query';

/** One criterion of a quarter's assessment: its score out of its maximum. */
export interface ScoreLine {
  criterion: string;
  score: number;
  maxScore: number;
}

/** A quarter's assessment of a provider, with its total. */
export interface AssessedQuarter {
  year: number;
  quarter: number;
  lines: ScoreLine[];
  total: number;
  maxTotal: number;
}

/** The bureau's criteria and their maxima (adding up to 100), for a first assessment. */
export const standardCriteria: readonly ScoreLine[] = [
  { criterion: '服务质量', score: 0, maxScore: 40 },
  { criterion: '人员管理', score: 0, maxScore: 20 },
  { criterion: '安全管理', score: 0, maxScore: 20 },
  { criterion: '满意度', score: 0, maxScore: 20 },
];

const sum = (lines: readonly ScoreLine[], key: 'score' | 'maxScore') => lines.reduce((total, line) => total + (Number.isFinite(line[key]) ? line[key] : 0), 0);

/** The rows of the assessments (latest quarter first, criteria in order) as quarters with their totals. */
export function assessedQuarters(rows: ProviderRow['assessments']['edges']): AssessedQuarter[] {
  const quarters = new Map<string, AssessedQuarter>();
  for (const { node } of rows) {
    const key = `${node.year}-${node.quarter}`;
    const quarter = quarters.get(key) ?? { year: node.year, quarter: node.quarter, lines: [], total: 0, maxTotal: 0 };
    quarter.lines.push({ criterion: node.criterion, score: node.score, maxScore: node.maxScore });
    quarters.set(key, quarter);
  }
  return [...quarters.values()].map((quarter) => ({ ...quarter, total: sum(quarter.lines, 'score'), maxTotal: sum(quarter.lines, 'maxScore') }));
}

/** The totals of the lines being entered: the score and the maxima (which must come to 100). */
export const scoreTotals = (lines: readonly ScoreLine[]) => ({ total: sum(lines, 'score'), maxTotal: sum(lines, 'maxScore') });

/** What is wrong with one line, as the server would say it: which column and why. */
export interface LineProblem {
  column: 'criterion' | 'score';
  reason: 'DUPLICATE_CRITERION' | 'SCORE_OVER_MAX';
  params: Record<string, string | number>;
}

/**
 * The problem of each line, in the server's order (a criterion named twice, a score outside
 * 0–its maximum), or null: the form marks these before sending, and finds the line of the
 * server's own refusal the same way.
 */
export function lineProblems(lines: readonly ScoreLine[]): Array<LineProblem | null> {
  const seen = new Set<string>();
  return lines.map((line): LineProblem | null => {
    const criterion = line.criterion.trim();
    const duplicate = seen.has(criterion);
    seen.add(criterion);
    if (duplicate) return { column: 'criterion', reason: 'DUPLICATE_CRITERION', params: { criterion } };
    if (!Number.isInteger(line.score) || line.score < 0 || line.score > line.maxScore) return { column: 'score', reason: 'SCORE_OVER_MAX', params: { max: line.maxScore } };
    return null;
  });
}

/** The line a refusal of one line (DUPLICATE_CRITERION, SCORE_OVER_MAX) is about: the first line with that problem. */
export function refusedLine(lines: readonly ScoreLine[], reason: string | undefined): number {
  return lineProblems(lines).findIndex((problem) => problem?.reason === reason);
}
