/**
 * Discipline education (纪律教育, P2): the three visits of 2024's 党纪学习教育 (中共一大纪念馆,
 * 松江区廉政教育馆, 方塔园廉政教育基地) and the special studies, with those of the other years.
 */
import type { Prisma } from '../generated/client.ts';
import type { EducationKind } from '../generated/enums.ts';
import { day } from './calendar.ts';
import { ORG } from './organisations.ts';

const ACTIVITIES: [org: string, kind: EducationKind, title: string, place: string | null, heldOn: string, participants: number][] = [
  [ORG.generalBranch, 'VISIT', '参观陈云纪念馆，学习老一辈革命家优良作风', '陈云纪念馆', '2023-09-14', 38],
  [ORG.generalBranch, 'SPECIAL_STUDY', '学习贯彻习近平新时代中国特色社会主义思想主题教育专题学习', '局机关党员活动室', '2023-05-11', 72],
  [ORG.leadershipGroup, 'SPECIAL_STUDY', '党纪学习教育：《中国共产党纪律处分条例》专题学习', '局党组会议室', '2024-04-23', 26],
  [ORG.generalBranch, 'SPECIAL_STUDY', '“坚守纪律底线 强化规矩意识”主题小组讨论', '局机关党员活动室', '2024-05-15', 68],
  [ORG.generalBranch, 'VISIT', '党纪学习教育：参观中共一大纪念馆', '中共一大纪念馆', '2024-05-28', 45],
  [ORG.generalBranch, 'VISIT', '党纪学习教育：参观松江区廉政教育馆', '松江区廉政教育馆', '2024-06-13', 52],
  [ORG.generalBranch, 'VISIT', '党纪学习教育：方塔园廉政教育基地现场教学', '方塔园廉政教育基地', '2024-07-11', 40],
  [ORG.generalBranch, 'SPECIAL_STUDY', '学习贯彻党的二十届三中全会精神专题学习', '区办公中心1号楼会议室', '2024-09-19', 75],
  [ORG.generalBranch, 'SPECIAL_STUDY', '深入贯彻中央八项规定精神学习教育专题学习', '局机关党员活动室', '2025-04-17', 70],
  [ORG.generalBranch, 'VISIT', '警示教育：参观上海市反腐倡廉警示教育基地', '上海市反腐倡廉警示教育基地', '2025-06-19', 44],
  [ORG.branch3, 'VISIT', '参观松江区廉政教育馆', '松江区廉政教育馆', '2025-10-23', 18],
  [ORG.generalBranch, 'SPECIAL_STUDY', '以案为鉴：党员干部违规违纪典型案例专题警示教育', '区办公中心1号楼会议室', '2026-03-26', 73],
  [ORG.generalBranch, 'VISIT', '参观中共一大纪念馆，重温入党誓词', '中共一大纪念馆', '2026-06-25', 47],
];

export function seedEducation(): Prisma.EducationActivityCreateManyInput[] {
  return ACTIVITIES.map(([partyOrganizationId, kind, title, place, heldOn, participants], index) => ({
    id: `party-education-${String(index + 1).padStart(2, '0')}`,
    partyOrganizationId,
    kind,
    title,
    place,
    heldOn: day(heldOn),
    participants,
    createdAt: new Date(`${heldOn}T12:00:00.000Z`),
  }));
}
