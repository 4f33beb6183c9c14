/**
 * The members (党员) of the bureau's branches, their transfers and their Party dues (党费). A
 * member is a directory Person of the bureau (the demo accounts of the bureau among them); the
 * branch is the one of the unit they work in (the joint branch: some of 机关事务管理中心's staff).
 * Dues are paid monthly from 2024 (or from joining) through the past months at the standard
 * brackets of the declared income, with a few months left unpaid (arrears); the demo member
 * (孙立新) has paid 2026 up to August.
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { DemoRank } from '@jiguan/demo-data/songjiang-people';
import type { Prisma } from '../generated/client.ts';
import { addMonths, AS_OF, day, isoDay, monthOf, monthsBetween, workday } from './calendar.ts';
import { admittedCandidates, candidatePersonIds } from './development.ts';
import { ORG, type BranchId } from './organisations.ts';
import { account, BUREAU_PEOPLE, person, UNIT, type BureauPerson } from './people.ts';

/** The demo secretary's account is the bureau's (so the directory shows them every section's people); their branch is 第二党支部, whose secretary they are. */
const SECRETARY_BRANCH: BranchId = ORG.branch2;

/** The branch of each unit's people. */
const BRANCH_OF_UNIT: Record<string, BranchId> = {
  [UNIT.bureau]: ORG.branch1,
  [UNIT.office]: ORG.branch1,
  [UNIT.partyOffice]: ORG.branch1,
  [UNIT.assets]: ORG.branch2,
  [UNIT.services]: ORG.branch2,
  [UNIT.finance]: ORG.branch2,
  [UNIT.centre]: ORG.branch3,
  [UNIT.procurement]: ORG.branch4,
};

/** The centre's staff in the joint branch of the outsourced service companies (founded 2024-05-20). */
const JOINT_MEMBERS = [7, 11, 14, 15, 17, 19, 21].map((n) => person('centre', n));

/** People who must be members besides the committees': the joint branch's, the bureau's demo accounts (not the BI analyst). */
const ALWAYS = new Set([
  ...JOINT_MEMBERS,
  ...['leader', 'admin', 'assets', 'services', 'finance', 'party', 'secretary', 'member'].map(account),
]);

/** Members who came from elsewhere (转入) or left (转出). */
const TRANSFERS: { personId: string; direction: 'IN' | 'OUT'; on: string; counterpart: string; note: string }[] = [
  { personId: person('procurement', 30), direction: 'IN', on: '2024-03-12', counterpart: '中共上海市松江区财政局机关委员会', note: '工作调动，组织关系转入' },
  { personId: person('centre', 22), direction: 'IN', on: '2025-04-08', counterpart: '中共上海市松江区岳阳街道工作委员会', note: '新入职，组织关系转入' },
  { personId: person('procurement', 33), direction: 'OUT', on: '2025-08-20', counterpart: '中共上海市松江区发展和改革委员会机关支部', note: '工作调动，组织关系转出' },
];

/** Declared monthly incomes (元) by rank. */
const INCOME: Record<DemoRank, [number, number]> = {
  DISTRICT_CHIEF: [14000, 15000],
  DISTRICT_DEPUTY: [13000, 14500],
  DIVISION_CHIEF: [13000, 15000],
  DIVISION_DEPUTY: [11000, 13500],
  SECTION_CHIEF: [9000, 11500],
  SECTION_DEPUTY: [7800, 10000],
  STAFF: [4000, 8500],
};

/** Incomes on the brackets' edges (exactly 5,000 and 10,000), so the dues show both sides. */
const EDGE_INCOMES: Record<string, number> = { [person('office', 4)]: 5000, [person('bureau', 5)]: 10000 };

/** The dues rate of a monthly income in basis points: ≤ 3,000 0.5 %; ≤ 5,000 1 %; ≤ 10,000 1.5 %; above 2 %. */
export function duesRateBasisPoints(income: number): number {
  if (income <= 3000) return 50;
  if (income <= 5000) return 100;
  if (income <= 10000) return 150;
  return 200;
}

/** The day of the month each branch collects dues. */
const COLLECTION_DAY: Record<BranchId, number> = { [ORG.branch1]: 10, [ORG.branch2]: 2, [ORG.branch3]: 15, [ORG.branch4]: 8, [ORG.joint]: 12 };

const DUES_FROM = day('2024-01-01');

/** When a person is a member of which branch: what meetings and dues go by. */
export interface Membership {
  memberId: string;
  personId: string;
  branchId: BranchId;
  /** The day they are in the branch from (joined, or transferred in). */
  from: Date;
  /** The day they left (transferred out), if they did. */
  until: Date | null;
}

const yuan = (cents: number) => (cents / 100).toFixed(2);

/** `committeePeople`: the organisations' committee members, members all. */
export function seedMembers(random: SeededRandom, committeePeople: readonly string[]) {
  const candidates = candidatePersonIds();
  const always = new Set([...ALWAYS, ...committeePeople]);
  const members: Prisma.PartyMemberCreateManyInput[] = [];
  const memberships: Membership[] = [];
  const transfers: Prisma.MembershipTransferCreateManyInput[] = [];
  const dues: Prisma.DuesPaymentCreateManyInput[] = [];

  const chosen: BureauPerson[] = BUREAU_PEOPLE.filter((p) => {
    // Every draw is made, whoever is forced in, so one person's choice does not shift the others'.
    const draw = random.next();
    if (candidates.has(p.id)) return false;
    if (always.has(p.id) || TRANSFERS.some((t) => t.personId === p.id)) return true;
    if (p.account === 'bi') return false;
    return draw < (p.rank === 'STAFF' ? 0.35 : 0.8);
  });

  const addMember = (personId: string, branchId: BranchId, joinedOn: Date, income: number, status: 'FULL' | 'PROBATIONARY' | 'TRANSFERRED_OUT', fullOn: Date | null) => {
    const id = `party-member-${String(members.length + 1).padStart(3, '0')}`;
    members.push({ id, personId, branchId, status, joinedOn, fullOn, monthlyIncome: yuan(income * 100), createdAt: new Date('2024-01-02T08:00:00.000Z') });
    return id;
  };

  for (const p of chosen) {
    const branchId = JOINT_MEMBERS.includes(p.id) ? ORG.joint : p.id === account('secretary') ? SECRETARY_BRANCH : BRANCH_OF_UNIT[p.unitId]!;
    const [low, high] = INCOME[p.rank];
    const income = EDGE_INCOMES[p.id] ?? random.int(low / 10, high / 10) * 10;
    const senior = p.rank !== 'STAFF';
    const joinedOn = p.account === 'member' ? day('2018-06-29') : day(`${random.int(senior ? 1992 : 2005, senior ? 2012 : 2021)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`);
    const fullOn = new Date(Date.UTC(joinedOn.getUTCFullYear() + 1, joinedOn.getUTCMonth(), joinedOn.getUTCDate()));
    const transferIn = TRANSFERS.find((t) => t.personId === p.id && t.direction === 'IN');
    const transferOut = TRANSFERS.find((t) => t.personId === p.id && t.direction === 'OUT');
    // The joint branch was founded 2024-05-20: its members moved in from 第三党支部 that day.
    const from = branchId === ORG.joint ? day('2024-05-20') : transferIn ? day(transferIn.on) : joinedOn;
    const memberId = addMember(p.id, branchId, joinedOn, income, transferOut ? 'TRANSFERRED_OUT' : 'FULL', fullOn);
    memberships.push({ memberId, personId: p.id, branchId, from, until: transferOut ? day(transferOut.on) : null });
    for (const t of [transferIn, transferOut]) {
      if (!t) continue;
      transfers.push({ id: `${memberId}-transfer-${t.direction.toLowerCase()}`, memberId, direction: t.direction, transferredOn: day(t.on), counterpart: t.counterpart, note: t.note, createdAt: new Date(`${t.on}T10:00:00.000Z`) });
    }
    addDues(dues, random, { memberId, branchId, income, from: transferIn ? day(transferIn.on) : joinedOn, until: transferOut ? day(transferOut.on) : null, demoMember: p.account === 'member' });
  }

  for (const plan of admittedCandidates()) {
    const admit = plan.steps.find((s) => s[0] === 'ADMIT')!;
    const confirm = plan.steps.find((s) => s[0] === 'CONFIRM_FULL');
    const joinedOn = day(admit[1]);
    const memberId = addMember(plan.personId, plan.branchId, joinedOn, plan.monthlyIncome!, confirm ? 'FULL' : 'PROBATIONARY', confirm ? day(confirm[1]) : null);
    memberships.push({ memberId, personId: plan.personId, branchId: plan.branchId, from: joinedOn, until: null });
    addDues(dues, random, { memberId, branchId: plan.branchId, income: plan.monthlyIncome!, from: joinedOn, until: null, demoMember: false });
  }

  return { members, memberships, transfers, dues };
}

/**
 * The months paid: from the month after joining (or 2024-01) to the last collection day on or
 * before AS_OF (to the month of leaving); about one member in ten leaves a month or two unpaid.
 */
function addDues(
  dues: Prisma.DuesPaymentCreateManyInput[],
  random: SeededRandom,
  m: { memberId: string; branchId: BranchId; income: number; from: Date; until: Date | null; demoMember: boolean },
) {
  const firstMonth = m.from <= DUES_FROM ? DUES_FROM : addMonths(m.from, 1);
  const lastMonth = m.until ? monthOf(m.until) : monthOf(day(AS_OF));
  const rate = duesRateBasisPoints(m.income);
  const amount = Math.round((m.income * 100 * rate) / 10000);
  const gaps = new Set<string>();
  if (m.demoMember) for (const month of ['2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01']) gaps.add(month);
  else if (random.next() < 0.1) {
    const count = random.int(1, 2);
    for (let i = 0; i < count; i += 1) gaps.add(`${random.pick(['2025', '2026'])}-${String(random.int(1, 10)).padStart(2, '0')}-01`);
  }
  for (const month of monthsBetween(firstMonth, lastMonth)) {
    if (gaps.has(isoDay(month))) continue;
    const paidOn = workday(month, COLLECTION_DAY[m.branchId]);
    if (paidOn > day(AS_OF)) continue;
    dues.push({
      id: `${m.memberId}-dues-${isoDay(month).slice(0, 7)}`,
      memberId: m.memberId,
      month,
      baseIncome: yuan(m.income * 100),
      rate: (rate / 10000).toFixed(4),
      amount: yuan(amount),
      paidOn,
      createdAt: new Date(`${isoDay(paidOn)}T09:00:00.000Z`),
    });
  }
}
