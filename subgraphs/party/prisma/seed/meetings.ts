/**
 * Organisational life (组织生活): the 党组's theory study sessions (中心组理论学习, P1: 31 in 2024)
 * and every branch's 三会一课 and 主题党日 from 2024 to AS_OF, with who attended. The branches
 * mostly comply (支委会, 党小组会 and 主题党日 monthly; 党员大会 and 党课 quarterly) with three
 * real gaps the compliance check finds: 第一党支部 held no 支委会 in 2024-08, 第三党支部 no 党课 in
 * 2024 Q3, 第四党支部 no 党小组会 in 2025-02. The joint branch meets from its founding day, 2024-05-20.
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { MeetingKind } from '../generated/enums.ts';
import { AS_OF, day, isoDay, monthsBetween, onOrBeforeAsOf, workday } from './calendar.ts';
import type { Membership } from './members.ts';
import { BRANCH_IDS, ORG, type BranchId } from './organisations.ts';

/** Study sessions of the 党组 a year (2026: planned, those after AS_OF not held yet). */
const STUDY_SESSIONS: Record<number, number> = { 2023: 27, 2024: 31, 2025: 29, 2026: 30 };

const STUDY_TOPICS = [
  '学习贯彻习近平新时代中国特色社会主义思想',
  '学习贯彻党的二十大精神',
  '学习贯彻党的二十届三中全会精神',
  '学习习近平总书记考察上海重要讲话精神',
  '学习习近平总书记关于机关事务工作的重要指示精神',
  '党纪学习教育：《中国共产党纪律处分条例》逐章学习',
  '学习《党政机关厉行节约反对浪费条例》',
  '学习《机关事务管理条例》',
  '深入贯彻中央八项规定精神',
  '学习习近平总书记关于全面从严治党的重要论述',
  '学习习近平总书记关于意识形态工作的重要论述',
  '学习习近平总书记关于调查研究的重要论述',
];

const TOPICS: Record<MeetingKind, string[]> = {
  CENTRAL_GROUP_STUDY: STUDY_TOPICS,
  COMMITTEE_MEETING: ['研究本月支部工作安排', '研究党员发展和教育管理工作', '研究党费收缴和组织生活安排', '研究“绿叶工匠”党建品牌建设', '研究巡察整改落实情况'],
  GROUP_MEETING: ['党小组学习讨论：坚守纪律底线 强化规矩意识', '党小组学习：习近平总书记重要讲话精神', '党小组交流：立足岗位作表率', '党小组学习：《机关事务管理条例》'],
  THEME_DAY: ['主题党日：重温入党誓词', '主题党日：志愿服务进社区', '主题党日：“绿叶工匠”岗位练兵', '主题党日：廉洁文化进机关', '主题党日：红色寻访'],
  GENERAL_MEETING: ['支部党员大会：传达学习上级会议精神', '支部党员大会：讨论季度工作和党员发展', '支部党员大会：民主评议党员'],
  PARTY_LECTURE: ['党课：以党的创新理论武装头脑', '党课：机关后勤人的初心使命', '党课：严守党的纪律', '党课：厉行节约 廉洁高效'],
};

const PLACES: Record<string, string> = {
  [ORG.leadershipGroup]: '局党组会议室',
  [ORG.branch1]: '局机关党员活动室',
  [ORG.branch2]: '区办公中心1号楼会议室',
  [ORG.branch3]: '机关事务管理中心会议室',
  [ORG.branch4]: '政府采购中心会议室',
  [ORG.joint]: '区办公中心物业综合实训室',
};

const ABSENCE_REASONS = ['出差', '病假', '公休', '参加区里会议', '外出培训', '事假'];

/** The gaps: [branch, kind, month] not held. */
const GAPS: [BranchId, MeetingKind, string][] = [
  [ORG.branch1, 'COMMITTEE_MEETING', '2024-08'],
  [ORG.branch3, 'PARTY_LECTURE', '2024-08'],
  [ORG.branch4, 'GROUP_MEETING', '2025-02'],
];

const FIRST_MONTH: Record<BranchId, string> = { [ORG.branch1]: '2024-01-01', [ORG.branch2]: '2024-01-01', [ORG.branch3]: '2024-01-01', [ORG.branch4]: '2024-01-01', [ORG.joint]: '2024-05-01' };

export function seedMeetings(random: SeededRandom, memberships: Membership[], committeeOf: Map<string, string[]>) {
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const attendance: Prisma.MeetingAttendanceCreateManyInput[] = [];
  const asOf = day(AS_OF);

  const add = (partyOrganizationId: string, kind: MeetingKind, heldOn: Date, topic: string, people: string[]) => {
    if (!onOrBeforeAsOf(heldOn)) return;
    const id = `party-meeting-${String(meetings.length + 1).padStart(4, '0')}`;
    meetings.push({ id, partyOrganizationId, kind, heldOn, topic, place: PLACES[partyOrganizationId] ?? null, createdAt: new Date(`${isoDay(heldOn)}T10:00:00.000Z`) });
    people.forEach((personId, index) => {
      const present = random.next() >= 0.07;
      attendance.push({ id: `${id}-${String(index + 1).padStart(2, '0')}`, meetingId: id, personId, present, absenceReason: present ? null : random.pick(ABSENCE_REASONS) });
    });
  };

  // 中心组理论学习: the 党组's members, spread over the year's months.
  const groupMembers = committeeOf.get(ORG.leadershipGroup)!;
  for (const [year, sessions] of Object.entries(STUDY_SESSIONS)) {
    const perMonth = random.split(sessions, 12, 1);
    perMonth.forEach((count, month) => {
      const first = day(`${year}-${String(month + 1).padStart(2, '0')}-01`);
      for (let k = 0; k < count; k += 1) {
        const heldOn = workday(first, 3 + Math.floor(((k + 0.5) * 24) / count));
        add(ORG.leadershipGroup, 'CENTRAL_GROUP_STUDY', heldOn, random.pick(STUDY_TOPICS), groupMembers);
      }
    });
  }

  // 三会一课 and 主题党日 of every branch.
  const inBranch = (branchId: BranchId, on: Date) =>
    memberships.filter((m) => m.branchId === branchId && m.from <= on && (m.until === null || m.until > on)).map((m) => m.personId);
  for (const branchId of BRANCH_IDS) {
    const committee = committeeOf.get(branchId)!;
    for (const month of monthsBetween(day(FIRST_MONTH[branchId]), asOf)) {
      const ym = isoDay(month).slice(0, 7);
      const monthInQuarter = month.getUTCMonth() % 3;
      const held = (kind: MeetingKind) => !GAPS.some(([b, k, m]) => b === branchId && k === kind && m === ym);
      const schedule: [MeetingKind, number][] =
        branchId === ORG.joint && ym === '2024-05'
          ? // Founded 2024-05-20 at its first 党员大会; its committee, group and theme day in the days after.
            [['COMMITTEE_MEETING', 21], ['GROUP_MEETING', 23], ['THEME_DAY', 28]]
          : [['COMMITTEE_MEETING', 4], ['GROUP_MEETING', 12], ['THEME_DAY', 20]];
      // The joint branch gave its first 党课 the month after its founding.
      if (monthInQuarter === 1 || (branchId === ORG.joint && ym === '2024-06')) schedule.push(['PARTY_LECTURE', 24]);
      if (monthInQuarter === 2) schedule.push(['GENERAL_MEETING', 26]);
      if (branchId === ORG.joint && ym === '2024-05') add(branchId, 'GENERAL_MEETING', day('2024-05-20'), '支部党员大会：社会化服务单位联合党支部成立暨选举支部委员会', inBranch(branchId, day('2024-05-20')));
      for (const [kind, dayOfMonth] of schedule) {
        if (!held(kind)) continue;
        const heldOn = workday(month, dayOfMonth + random.int(0, 2));
        const people = kind === 'COMMITTEE_MEETING' ? committee : inBranch(branchId, heldOn);
        add(branchId, kind, heldOn, random.pick(TOPICS[kind]), people);
      }
    }
  }
  return { meetings, attendance };
}
