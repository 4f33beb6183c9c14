/**
 * Disposals (资产处置): the 618 property records approved in 2024, worth 747,784,400 yuan, and the
 * 23 vehicles worth 6,779,000 (A10); property disposals of 2023 and some still open or rejected;
 * and the physical-warehouse lots disposed of since 2022 (their pieces count as issued, A6).
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { BUREAU_ID } from '@jiguan/demo-data/songjiang-units';
import type { Prisma } from '../generated/client.ts';
import type { DisposalMethod, DisposalStatus } from '../generated/enums.ts';
import { SERVED_UNITS } from './units.ts';
import { addDays, dayBetween, exactPrices, nth } from './values.ts';
import type { RetiredVehicle } from './vehicles.ts';
import { STAFF_ACCOUNT, type DisposedLot } from './warehouse.ts';

const APPROVED_2024 = { records: 618, valueCents: 747_784_400_00 };
const APPROVER_ACCOUNT = 'account-admin';

const PROPERTY_REASONS: [DisposalMethod, string][] = [
  ['DEMOLITION', '旧城改造动迁，房屋拆除'],
  ['DEMOLITION', '危旧房屋，经鉴定拆除'],
  ['TRANSFER', '无偿划转至区国资委监管企业'],
  ['TRANSFER', '调拨至街道（镇）使用'],
  ['SALE', '公开拍卖转让'],
];
const STREETS = ['中山中路', '谷阳北路', '人民北路', '荣乐东路', '乐都路', '西林北路', '松汇中路', '江中路', '茸梅路', '沪亭北路', '泗泾镇江川北路', '九亭镇沪亭南路', '车墩镇影视路', '叶榭镇叶旺路', '新桥镇新育路'];

interface Draft {
  row: Omit<Prisma.DisposalCreateManyInput, 'code'>;
  createdOn: Date;
  /** Each step after DRAFT, with its day */
  path: [DisposalStatus, Date][];
}

const at9 = (date: Date) => new Date(date.getTime() + 3_600_000); // 09:00 in Shanghai

/** Draft → … → the status reached, with the days the steps were taken. */
function path(random: SeededRandom, decidedOn: Date | null, reached: DisposalStatus): { createdOn: Date; path: [DisposalStatus, Date][] } {
  const anchor = decidedOn ?? dayBetween(random, '2024-12-02', '2024-12-27');
  const createdOn = addDays(anchor, -random.int(20, 60));
  const steps: [DisposalStatus, Date][] = [];
  if (reached !== 'DRAFT') steps.push(['SUBMITTED', addDays(createdOn, random.int(1, 5))]);
  if (reached === 'APPROVED' || reached === 'EXECUTED') steps.push(['APPROVED', anchor]);
  if (reached === 'REJECTED') steps.push(['REJECTED', anchor]);
  if (reached === 'EXECUTED') steps.push(['EXECUTED', addDays(anchor, random.int(10, 60))]);
  return { createdOn, path: steps };
}

function propertyDisposals(random: SeededRandom): Draft[] {
  const drafts: Draft[] = [];
  const record = (status: DisposalStatus, valueCents: number, decidedRange: [string, string] | null) => {
    const unit = random.pick(SERVED_UNITS);
    const [method, reason] = random.pick(PROPERTY_REASONS);
    const decidedOn = decidedRange && status !== 'SUBMITTED' && status !== 'DRAFT' ? dayBetween(random, ...decidedRange) : null;
    const n = drafts.length + 1;
    drafts.push({
      row: {
        id: `disposal-property-${String(n).padStart(4, '0')}`,
        organizationId: unit.id,
        assetKind: 'PROPERTY',
        assetCardNumber: `FW-${unit.code.replace(/^SJ-/, '')}-${String(n).padStart(5, '0')}`,
        assetName: `${random.pick(STREETS)}${random.int(1, 999)}号房屋（${reason}）`,
        value: (valueCents / 100).toFixed(2),
        method,
        status,
        decidedOn,
      },
      ...path(random, decidedOn, status),
    });
  };
  // Property records in the units' books, mostly outside the centralised register: log-spread values.
  const rough = Array.from({ length: APPROVED_2024.records }, () => Math.round(50_000_00 * Math.exp(random.next() * Math.log(80))));
  const values = exactPrices(Array<number>(APPROVED_2024.records).fill(1), rough, APPROVED_2024.valueCents);
  for (const value of values) record(random.next() < 0.85 ? 'EXECUTED' : 'APPROVED', value, ['2024-01-15', '2024-12-27']);
  for (let i = 0; i < 40; i += 1) record('EXECUTED', random.int(50_000, 3_000_000) * 100, ['2023-02-01', '2023-12-27']);
  for (const status of ['REJECTED', 'REJECTED', 'REJECTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'DRAFT', 'DRAFT'] as DisposalStatus[]) {
    record(status, random.int(50_000, 3_000_000) * 100, ['2024-04-01', '2024-12-20']);
  }
  return drafts;
}

function vehicleDisposals(random: SeededRandom, retired: RetiredVehicle[]): Draft[] {
  return retired.map(({ vehicle, executed }, i) => {
    const decidedOn = dayBetween(random, '2024-03-01', '2024-11-15');
    return {
      row: {
        id: `disposal-vehicle-${String(i + 1).padStart(2, '0')}`,
        organizationId: vehicle.organizationId,
        assetKind: 'VEHICLE',
        assetCardNumber: `CL-${vehicle.plateNumber}`,
        assetName: `${vehicle.model}（${vehicle.plateNumber}）`,
        vehicleId: vehicle.id ?? null,
        value: vehicle.purchasePrice as string,
        method: random.next() < 0.6 ? 'SALE' : 'SCRAP',
        status: executed ? 'EXECUTED' : 'APPROVED',
        decidedOn,
      },
      ...path(random, decidedOn, executed ? 'EXECUTED' : 'APPROVED'),
    };
  });
}

/** The disposed warehouse lots: one executed disposal each, its pieces issued the day it was executed. */
function itemDisposals(random: SeededRandom, lots: DisposedLot[]) {
  const drafts: Draft[] = [];
  const issues: Prisma.WarehouseIssueCreateManyInput[] = [];
  lots.forEach(({ item, valueCents, decidedOn }, i) => {
    const id = `disposal-item-${String(i + 1).padStart(3, '0')}`;
    const steps = path(random, decidedOn, 'EXECUTED');
    const executedOn = nth(steps.path, steps.path.length - 1)[1];
    drafts.push({
      row: {
        id,
        organizationId: BUREAU_ID,
        assetKind: 'WAREHOUSE_ITEM',
        assetCardNumber: item.code,
        assetName: `${item.name} ×${item.quantity}`,
        itemId: item.id ?? null,
        value: (valueCents / 100).toFixed(2),
        method: 'SCRAP',
        status: 'EXECUTED',
        decidedOn,
      },
      ...steps,
    });
    issues.push({ id: `issue-disposal-${String(i + 1).padStart(3, '0')}`, itemId: item.id ?? '', kind: 'DISPOSAL', quantity: item.quantity, disposalId: id, issuedOn: executedOn, value: (valueCents / 100).toFixed(2), savings: '0.00' });
  });
  return { drafts, issues };
}

const STEP_REASONS: Record<DisposalStatus, string> = {
  DRAFT: '资产已达使用年限或因规划调整无法继续使用，申请处置',
  SUBMITTED: '材料齐全，提交审批',
  APPROVED: '经审核，同意处置',
  REJECTED: '权属资料不全，暂不同意处置',
  EXECUTED: '已按批复完成处置',
};

export function seedDisposals(random: SeededRandom, retired: RetiredVehicle[], disposedLots: DisposedLot[]) {
  const items = itemDisposals(random, disposedLots);
  const drafts = [...propertyDisposals(random), ...vehicleDisposals(random, retired), ...items.drafts];
  // Numbered per year in the order they were drafted, as the application form numbers them.
  const sequence = new Map<number, number>();
  const numbered = [...drafts].sort((a, b) => a.createdOn.getTime() - b.createdOn.getTime() || String(a.row.id).localeCompare(String(b.row.id)));
  const disposals: Prisma.DisposalCreateManyInput[] = [];
  const steps: Prisma.DisposalStepCreateManyInput[] = [];
  for (const draft of numbered) {
    const year = draft.createdOn.getUTCFullYear();
    const n = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, n);
    disposals.push({ ...draft.row, code: `CZ-${year}-${String(n).padStart(4, '0')}`, createdAt: at9(draft.createdOn) });
    const id = draft.row.id ?? '';
    steps.push({ id: `${id}-step-0`, disposalId: id, fromStatus: null, toStatus: 'DRAFT', actorId: STAFF_ACCOUNT, reason: STEP_REASONS.DRAFT, at: at9(draft.createdOn) });
    let from: DisposalStatus = 'DRAFT';
    draft.path.forEach(([to, on], i) => {
      const decides = to === 'APPROVED' || to === 'REJECTED';
      steps.push({ id: `${id}-step-${i + 1}`, disposalId: id, fromStatus: from, toStatus: to, actorId: decides ? APPROVER_ACCOUNT : STAFF_ACCOUNT, reason: STEP_REASONS[to], at: at9(on) });
      from = to;
    });
  }
  return { disposals, steps, issues: items.issues };
}
