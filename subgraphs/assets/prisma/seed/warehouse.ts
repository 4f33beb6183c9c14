/**
 * The public warehouse (公物仓), values at 原值, pieces (件):
 * - virtual warehouse, 2024: 701 pieces listed worth 337,200; 148 reallocated saving 56,400 (A5);
 * - physical warehouse to 2024-12-31: 705 pieces taken in worth 1,462,600; 776 out worth 740,300,
 *   443 of them reallocated to 16 units saving 378,900 (A6, A7). More go out than came in because
 *   the furniture on hand when the register opened (期初库存) was never "taken in".
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { BUREAU_ID, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { itemStateFor } from '../../src/domain/warehouse-item.ts';
import type { Prisma } from '../generated/client.ts';
import type { ItemCategory, ItemCondition, ItemOrigin } from '../generated/enums.ts';
import { SERVED_UNITS } from './units.ts';
import { addDays, day, dayBetween, exactPrices, lotQuantities, nth, shuffled, yuan } from './values.ts';

const WAREHOUSES: Prisma.WarehouseCreateManyInput[] = [
  { id: 'warehouse-virtual', code: 'GWC-XN', name: '区级公物仓（虚拟仓）', kind: 'VIRTUAL', address: null },
  { id: 'warehouse-physical', code: 'GWC-ST', name: '区级公物仓（实体仓）', kind: 'PHYSICAL', address: '上海市松江区茸梅路1001号' },
];

/** The directory's demo accounts (ids `account-<username>`) who file and decide the seeded requests and disposals. */
export const STAFF_ACCOUNT = 'account-assets';
const UNIT_ACCOUNT = 'account-unit';

type Outcome = 'REALLOCATED' | 'DISPOSED' | 'IN_STOCK';

interface LotGroup {
  key: string;
  warehouseId: string;
  origin: ItemOrigin;
  outcome: Outcome;
  lots: number;
  pieces: number;
  /** Σ pieces × 原值 */
  valueCents: number;
  /** Σ pieces × new price, for the reallocated groups */
  savingsCents?: number;
  listed: [from: string, to: string];
  names: string[];
}

const GROUPS: LotGroup[] = [
  { key: 'XN-R', warehouseId: 'warehouse-virtual', origin: 'UNIT_TRANSFER', outcome: 'REALLOCATED', lots: 30, pieces: 148, valueCents: 51_800_00, savingsCents: 56_400_00, listed: ['2024-01-10', '2024-10-31'], names: ['办公椅', '会议椅', '茶几', '书架', '文件柜', '衣帽架'] },
  { key: 'XN-L', warehouseId: 'warehouse-virtual', origin: 'UNIT_TRANSFER', outcome: 'IN_STOCK', lots: 90, pieces: 553, valueCents: 285_400_00, listed: ['2024-01-10', '2024-12-20'], names: ['办公椅', '会议椅', '茶几', '书架', '文件柜', '饮水机', '微波炉', '碎纸机', '台灯'] },
  { key: 'ST-R', warehouseId: 'warehouse-physical', origin: 'UNIT_TRANSFER', outcome: 'REALLOCATED', lots: 60, pieces: 300, valueCents: 240_000_00, savingsCents: 264_000_00, listed: ['2022-03-01', '2024-10-31'], names: ['办公桌', '办公椅', '文件柜', '书架', '会议椅', '显示器', '打印机'] },
  { key: 'QC-R', warehouseId: 'warehouse-physical', origin: 'OPENING_STOCK', outcome: 'REALLOCATED', lots: 25, pieces: 143, valueCents: 104_500_00, savingsCents: 114_900_00, listed: ['2021-12-31', '2021-12-31'], names: ['办公桌', '办公椅', '文件柜', '书架', '会议椅'] },
  { key: 'ST-D', warehouseId: 'warehouse-physical', origin: 'UNIT_TRANSFER', outcome: 'DISPOSED', lots: 20, pieces: 105, valueCents: 120_000_00, listed: ['2022-03-01', '2024-06-30'], names: ['台式电脑', '打印机', '显示器', '档案柜', '办公桌'] },
  { key: 'QC-D', warehouseId: 'warehouse-physical', origin: 'OPENING_STOCK', outcome: 'DISPOSED', lots: 40, pieces: 228, valueCents: 275_800_00, listed: ['2021-12-31', '2021-12-31'], names: ['办公桌', '文件柜', '沙发', '会议桌', '档案柜', '显示器'] },
  { key: 'ST-L', warehouseId: 'warehouse-physical', origin: 'UNIT_TRANSFER', outcome: 'IN_STOCK', lots: 60, pieces: 300, valueCents: 1_102_600_00, listed: ['2022-03-01', '2024-12-20'], names: ['空调', '台式电脑', '笔记本电脑', '复印机', '投影仪', '会议桌', '沙发', '电视机'] },
];

/** What a new one costs (yuan), and its category. */
const CATALOGUE: Record<string, { category: ItemCategory; price: [number, number] }> = {
  办公椅: { category: 'FURNITURE', price: [600, 1_000] },
  会议椅: { category: 'FURNITURE', price: [300, 600] },
  茶几: { category: 'FURNITURE', price: [500, 1_200] },
  书架: { category: 'FURNITURE', price: [600, 1_200] },
  文件柜: { category: 'FURNITURE', price: [900, 1_600] },
  档案柜: { category: 'FURNITURE', price: [800, 1_500] },
  衣帽架: { category: 'FURNITURE', price: [200, 400] },
  办公桌: { category: 'FURNITURE', price: [1_200, 2_200] },
  会议桌: { category: 'FURNITURE', price: [2_000, 9_000] },
  沙发: { category: 'FURNITURE', price: [1_500, 6_000] },
  饮水机: { category: 'APPLIANCE', price: [500, 1_200] },
  微波炉: { category: 'APPLIANCE', price: [400, 900] },
  空调: { category: 'APPLIANCE', price: [3_000, 8_000] },
  电视机: { category: 'APPLIANCE', price: [3_000, 8_000] },
  台灯: { category: 'OTHER', price: [150, 300] },
  碎纸机: { category: 'OFFICE_EQUIPMENT', price: [800, 1_500] },
  打印机: { category: 'OFFICE_EQUIPMENT', price: [1_500, 3_000] },
  复印机: { category: 'OFFICE_EQUIPMENT', price: [8_000, 20_000] },
  投影仪: { category: 'OFFICE_EQUIPMENT', price: [3_000, 9_000] },
  显示器: { category: 'IT_EQUIPMENT', price: [900, 1_500] },
  台式电脑: { category: 'IT_EQUIPMENT', price: [4_000, 7_000] },
  笔记本电脑: { category: 'IT_EQUIPMENT', price: [5_000, 9_000] },
};

/** The 16 units that received physical-warehouse pieces (A7); the report names the first three. */
function receivingUnits(random: SeededRandom): string[] {
  const named = ['区审计局', '区新城办', '区人才局'].map(demoUnitId);
  const others = shuffled(random, SERVED_UNITS.map((unit) => unit.id).filter((id) => !named.includes(id))).slice(0, 13);
  return [...named, ...others];
}

/** A lot whose pieces later leave through a disposal, for disposals.ts to write. */
export interface DisposedLot {
  item: Prisma.WarehouseItemCreateManyInput;
  valueCents: number;
  decidedOn: Date;
}

export function seedWarehouse(random: SeededRandom) {
  const items: Prisma.WarehouseItemCreateManyInput[] = [];
  const requests: Prisma.WarehouseRequestCreateManyInput[] = [];
  const issues: Prisma.WarehouseIssueCreateManyInput[] = [];
  const disposedLots: DisposedLot[] = [];
  const physicalReceivers = receivingUnits(random);
  let physicalReallocations = 0;

  for (const group of GROUPS) {
    const quantities = lotQuantities(random, group.pieces, group.lots);
    const names = quantities.map(() => random.pick(group.names));
    const catalogue = names.map((name) => CATALOGUE[name] ?? { category: 'OTHER' as const, price: [500, 1_000] as [number, number] });
    const newPrices = catalogue.map(({ price: [min, max] }) => random.int(min, max) * 100);
    // 原值: what it cost new some years ago, so near today's price.
    const originals = exactPrices(quantities, newPrices.map((price) => price * (0.8 + random.next() * 0.3)), group.valueCents);
    const savingsPrices = group.savingsCents ? exactPrices(quantities, originals.map((value) => value * (1 + random.next() * 0.25)), group.savingsCents) : undefined;

    quantities.forEach((quantity, i) => {
      const listedOn = dayBetween(random, ...group.listed);
      const id = `item-${group.key}-${String(i + 1).padStart(3, '0')}`;
      const originalCents = nth(originals, i);
      const item: Prisma.WarehouseItemCreateManyInput = {
        id,
        code: `GWC-${group.key}-${String(i + 1).padStart(3, '0')}`,
        warehouseId: group.warehouseId,
        category: nth(catalogue, i).category,
        name: nth(names, i),
        quantity,
        availableQuantity: group.outcome === 'IN_STOCK' ? quantity : 0,
        originalValue: yuan(originalCents),
        assessedValue: yuan(Math.round(originalCents * (0.15 + random.next() * 0.45))),
        newPrice: yuan(savingsPrices ? nth(savingsPrices, i) : Math.round(originalCents * (1 + random.next() * 0.3))),
        fromUnitId: group.origin === 'OPENING_STOCK' ? null : random.pick(SERVED_UNITS).id,
        origin: group.origin,
        condition: random.pick<ItemCondition>(group.outcome === 'DISPOSED' ? ['FAIR', 'POOR'] : ['NEW', 'GOOD', 'GOOD', 'FAIR']),
        state: group.outcome === 'REALLOCATED' ? 'ALLOCATED' : group.outcome === 'DISPOSED' ? 'DISPOSED' : 'LISTED',
        listedOn,
      };
      items.push(item);

      if (group.outcome === 'REALLOCATED') {
        const physical = group.warehouseId === 'warehouse-physical';
        // Every one of the 16 receives something before any receives twice.
        const receivingId = physical ? nth(physicalReceivers, physicalReallocations++ % physicalReceivers.length) : random.pick(SERVED_UNITS).id;
        const issuedOn = reallocationDate(random, group, listedOn);
        const requestId = `request-${group.key}-${String(i + 1).padStart(3, '0')}`;
        requests.push({
          id: requestId,
          itemId: id,
          organizationId: receivingId,
          quantity,
          reason: random.pick(['新成立单位办公家具配置', '办公用房调整后补充家具', '业务用房配置所需', '替换损坏的旧家具']),
          status: 'APPROVED',
          requestedBy: receivingId === demoUnitId('区审计局') ? UNIT_ACCOUNT : STAFF_ACCOUNT,
          requestedAt: new Date(addDays(issuedOn, -random.int(3, 10)).getTime() + 2 * 3_600_000),
          decidedBy: STAFF_ACCOUNT,
          decidedAt: new Date(issuedOn.getTime() + 1 * 3_600_000),
          decisionReason: '同意调剂',
        });
        issues.push({
          id: `issue-${group.key}-${String(i + 1).padStart(3, '0')}`,
          itemId: id,
          kind: 'REALLOCATION',
          quantity,
          receivingId,
          requestId,
          issuedOn,
          value: yuan(quantity * originalCents),
          savings: yuan(quantity * nth(savingsPrices ?? [], i)),
        });
      } else if (group.outcome === 'DISPOSED') {
        // After listing, and early enough that the pieces were out (executed within 60 days) by the end of 2024.
        const earliest = addDays(listedOn, 30) > day('2022-06-01') ? addDays(listedOn, 30) : day('2022-06-01');
        disposedLots.push({ item, valueCents: quantity * originalCents, decidedOn: dayBetween(random, earliest.toISOString().slice(0, 10), '2024-10-31') });
      }
    });
  }
  return { warehouses: WAREHOUSES, items, requests: [...requests, ...openRequests(random, items)], issues, disposedLots };
}

/** Pieces go out after they were listed, within the period the report counts. */
function reallocationDate(random: SeededRandom, group: LotGroup, listedOn: Date): Date {
  if (group.origin === 'OPENING_STOCK') return dayBetween(random, '2022-02-01', '2023-12-20');
  const latest = day('2024-12-28');
  const issuedOn = addDays(listedOn, random.int(5, 60));
  return issuedOn > latest ? latest : issuedOn;
}

/**
 * Requests still waiting on items in stock (their pieces reserved) and a couple rejected: the
 * staff's work list. Mutates the items' counts and state to match.
 */
function openRequests(random: SeededRandom, items: Prisma.WarehouseItemCreateManyInput[]): Prisma.WarehouseRequestCreateManyInput[] {
  const inStock = shuffled(random, items.filter((item) => item.warehouseId === 'warehouse-physical' && item.state === 'LISTED'));
  const requesters = [demoUnitId('区审计局'), demoUnitId('区行政复议局'), BUREAU_ID, demoUnitId('区数据局'), demoUnitId('区人才局')];
  return requesters.map((organizationId, i) => {
    const item = nth(inStock, i);
    const pending = i < 3;
    const quantity = pending ? Math.min(item.quantity, random.int(1, 3)) : 1;
    if (pending) {
      item.availableQuantity = (item.availableQuantity ?? item.quantity) - quantity;
      item.reservedQuantity = (item.reservedQuantity ?? 0) + quantity;
      item.state = itemStateFor({ availableQuantity: item.availableQuantity, reservedQuantity: item.reservedQuantity });
    }
    return {
      id: `request-open-${i + 1}`,
      itemId: item.id ?? '',
      organizationId,
      quantity,
      reason: '办公用房调整后补充家具',
      status: pending ? 'PENDING' : 'REJECTED',
      requestedBy: organizationId === demoUnitId('区审计局') ? UNIT_ACCOUNT : STAFF_ACCOUNT,
      requestedAt: new Date(`2024-12-${String(10 + i).padStart(2, '0')}T02:00:00.000Z`),
      ...(pending ? {} : { decidedBy: STAFF_ACCOUNT, decidedAt: new Date('2024-12-20T02:00:00.000Z'), decisionReason: '该单位办公家具已满足配置标准' }),
    };
  });
}
