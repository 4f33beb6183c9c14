/**
 * Premises inspections (房屋巡检): in 2024, 16 units inspected (two of them twice), 53 problems
 * found and 58 rectification items issued (A4); in 2023 a smaller round, all rectified.
 */
import { chineseName } from '@jiguan/demo-data/chinese-names';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { Prisma } from '../generated/client.ts';
import type { ProblemCategory, RectificationStatus } from '../generated/enums.ts';
import { SERVED_UNITS } from './units.ts';
import { addDays, dayBetween, nth, shuffled } from './values.ts';

const ROUNDS = [
  { year: 2024, units: 16, inspections: 18, problems: 53, items: 58 },
  { year: 2023, units: 10, inspections: 10, problems: 24, items: 24 },
];

const CATEGORIES: [ProblemCategory, number][] = [
  ['LEASE_OR_LOAN', 0.38],
  ['ALLOCATION_AND_USE', 0.42],
  ['SAFETY', 0.14],
  ['OTHER', 0.06],
];

const FINDINGS: Record<ProblemCategory, [problem: string, suggestion: string][]> = {
  LEASE_OR_LOAN: [
    ['部分沿街房屋未经审批对外出租', '立即停止未经审批的出租行为，按《房屋出租、出借管理实施细则》补办审批'],
    ['出借房屋未签订书面协议', '补签出借协议并报区机管局备案'],
    ['出租合同已到期未及时收回房屋', '限期收回房屋，或按程序重新报批'],
    ['租金未按合同约定及时收缴', '追缴欠缴租金，建立租金收缴台账'],
    ['承租方擅自转租', '依约解除合同并收回房屋'],
  ],
  ALLOCATION_AND_USE: [
    ['办公用房超标准使用', '按标准调整办公用房，腾退超标面积'],
    ['未取得使用凭证擅自调整房屋用途', '恢复原用途，按程序申领使用凭证'],
    ['闲置房间未及时上报', '报送闲置房屋清单，纳入统一调配'],
    ['办公用房改作库房使用', '清理库存物品，恢复办公用途或上报调剂'],
    ['领导干部办公室面积超标', '按标准重新核定办公室面积'],
  ],
  SAFETY: [
    ['消防通道堆放杂物', '立即清理消防通道，落实日常巡查'],
    ['电线私拉乱接', '由专业电工整改线路，消除用电隐患'],
    ['灭火器过期未更换', '更换过期灭火器并建立检查记录'],
    ['屋面渗漏存在安全隐患', '尽快组织屋面维修'],
  ],
  OTHER: [
    ['房屋档案资料不全', '补齐房屋档案资料并报送'],
    ['房屋台账信息与实际不符', '核对并更新房屋台账'],
  ],
};

function category(random: SeededRandom): ProblemCategory {
  let roll = random.next();
  for (const [name, share] of CATEGORIES) {
    roll -= share;
    if (roll < 0) return name;
  }
  return 'OTHER';
}

function status(random: SeededRandom, year: number): RectificationStatus {
  if (year < 2024) return 'VERIFIED';
  const roll = random.next();
  return roll < 0.7 ? 'VERIFIED' : roll < 0.8 ? 'SUBMITTED' : roll < 0.92 ? 'RECTIFYING' : 'OPEN';
}

const NOTES: Partial<Record<RectificationStatus, string>> = {
  RECTIFYING: '已制定整改方案，正在落实',
  SUBMITTED: '已完成整改，提交整改报告及照片',
  VERIFIED: '已完成整改，经现场复核通过',
};

/** The inspections, their problems (at a property the unit uses, where it has one) and rectification items. */
export function seedInspections(random: SeededRandom, buildings: Prisma.BuildingCreateManyInput[]) {
  const inspections: Prisma.InspectionCreateManyInput[] = [];
  const problems: Prisma.InspectionProblemCreateManyInput[] = [];
  const items: Prisma.RectificationItemCreateManyInput[] = [];
  const inspectors = `区机管局资产管理科 陈晓东、${chineseName(random)}`;

  for (const round of ROUNDS) {
    // 区审计局 is inspected in 2024, so the demo unit user has rectification items to follow.
    const pool = shuffled(random, SERVED_UNITS.filter((unit) => unit.id !== demoUnitId('区审计局')));
    const units = [...(round.year === 2024 ? [demoUnitId('区审计局')] : []), ...pool.map((unit) => unit.id)].slice(0, round.units);
    const visits = [...units, ...shuffled(random, units).slice(0, round.inspections - round.units)];
    const problemCounts = random.split(round.problems, round.inspections);
    const twoItems = new Set(shuffled(random, Array.from({ length: round.problems }, (_, i) => i)).slice(0, round.items - round.problems));
    let problemIndex = 0;
    visits.forEach((organizationId, v) => {
      const inspectionId = `inspection-${round.year}-${String(v + 1).padStart(2, '0')}`;
      const inspectedOn = dayBetween(random, `${round.year}-03-05`, `${round.year}-11-28`);
      inspections.push({ id: inspectionId, organizationId, inspectedOn, inspectors });
      const premises = buildings.filter((b) => b.usingUnitId === organizationId || b.owningUnitId === organizationId);
      for (let p = 0; p < nth(problemCounts, v); p += 1, problemIndex += 1) {
        const problemCategory = category(random);
        const [description, suggestion] = random.pick(FINDINGS[problemCategory]);
        const problemId = `${inspectionId}-problem-${p + 1}`;
        problems.push({ id: problemId, inspectionId, buildingId: premises.length ? random.pick(premises).id : null, category: problemCategory, description });
        const itemCount = twoItems.has(problemIndex) ? 2 : 1;
        for (let i = 0; i < itemCount; i += 1) {
          const itemStatus = status(random, round.year);
          items.push({
            id: `${problemId}-item-${i + 1}`,
            problemId,
            suggestion: i === 0 ? suggestion : '举一反三开展自查，建立长效管理机制',
            owner: chineseName(random),
            dueOn: addDays(inspectedOn, random.pick([30, 60, 90])),
            status: itemStatus,
            note: NOTES[itemStatus] ?? null,
          });
        }
      }
    });
  }
  return { inspections, problems, rectificationItems: items };
}
