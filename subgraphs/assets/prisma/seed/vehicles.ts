/**
 * Official vehicles: the fleet of the served units, the bureau's time-share pool of enforcement
 * vehicles (分时租赁) with its bookings, trips and service records; purchase approvals of 2024 with
 * more than 90 % new energy (A11); fuel-card top-ups 66,600 yuan lower in 2024 than in 2023 (A14);
 * and the 23 old vehicles approved for disposal in 2024, worth 6,779,000 (A10, written by disposals.ts).
 */
import { chineseName } from '@jiguan/demo-data/chinese-names';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { BUREAU_ID, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { Prisma } from '../generated/client.ts';
import type { EnergyType, VehicleKind } from '../generated/enums.ts';
import { usesFuel } from '../../src/domain/vehicle.ts';
import { SERVED_UNITS } from './units.ts';
import { addDays, day, dayBetween, exactPrices, isoDay, laterDay, nth, shuffled, yuan } from './values.ts';

const FUEL_TOP_UPS_CENTS = { 2023: 612_800_00, 2024: 546_200_00 };
const DISPOSED = { vehicles: 23, valueCents: 6_779_000_00 };
const POOL_OWNER = demoUnitId('机关事务管理中心');

type Model = { model: string; kind: VehicleKind; energyType: EnergyType; price: [number, number] };

const MODELS: Model[] = [
  { model: '比亚迪 汉EV', kind: 'SEDAN', energyType: 'BATTERY_ELECTRIC', price: [200_000, 260_000] },
  { model: '比亚迪 秦PLUS EV', kind: 'SEDAN', energyType: 'BATTERY_ELECTRIC', price: [130_000, 160_000] },
  { model: '荣威 Ei5', kind: 'SEDAN', energyType: 'BATTERY_ELECTRIC', price: [130_000, 160_000] },
  { model: '上汽大众 ID.4 X', kind: 'SUV', energyType: 'BATTERY_ELECTRIC', price: [180_000, 220_000] },
  { model: '上汽大通 MIFA 9', kind: 'MPV', energyType: 'BATTERY_ELECTRIC', price: [280_000, 350_000] },
  { model: '比亚迪 元PLUS（执法）', kind: 'ENFORCEMENT', energyType: 'BATTERY_ELECTRIC', price: [140_000, 170_000] },
  { model: '比亚迪 秦PLUS DM-i', kind: 'SEDAN', energyType: 'PLUG_IN_HYBRID', price: [110_000, 150_000] },
  { model: '荣威 ei6 MAX', kind: 'SEDAN', energyType: 'PLUG_IN_HYBRID', price: [150_000, 180_000] },
  { model: '比亚迪 唐DM-i', kind: 'SUV', energyType: 'PLUG_IN_HYBRID', price: [200_000, 280_000] },
  { model: '别克 GL8 PHEV', kind: 'MPV', energyType: 'PLUG_IN_HYBRID', price: [300_000, 350_000] },
  { model: '比亚迪 宋PLUS DM-i（执法）', kind: 'ENFORCEMENT', energyType: 'PLUG_IN_HYBRID', price: [160_000, 200_000] },
  { model: '大众 帕萨特', kind: 'SEDAN', energyType: 'FUEL', price: [200_000, 260_000] },
  { model: '丰田 凯美瑞', kind: 'SEDAN', energyType: 'FUEL', price: [190_000, 250_000] },
  { model: '大众 途观L', kind: 'SUV', energyType: 'FUEL', price: [220_000, 280_000] },
  { model: '别克 GL8', kind: 'MPV', energyType: 'FUEL', price: [250_000, 330_000] },
  { model: '大众 朗逸（执法）', kind: 'ENFORCEMENT', energyType: 'FUEL', price: [120_000, 160_000] },
  { model: '依维柯 得意', kind: 'SPECIAL', energyType: 'FUEL', price: [180_000, 260_000] },
  { model: '福特 全顺', kind: 'SPECIAL', energyType: 'FUEL', price: [170_000, 250_000] },
];

/** The old vehicles retired in 2024. */
const RETIRED: Model[] = [
  { model: '大众 帕萨特', kind: 'SEDAN', energyType: 'FUEL', price: [230_000, 280_000] },
  { model: '别克 GL8', kind: 'MPV', energyType: 'FUEL', price: [280_000, 350_000] },
  { model: '奥迪 A6L', kind: 'SEDAN', energyType: 'FUEL', price: [420_000, 500_000] },
  { model: '丰田 考斯特', kind: 'SPECIAL', energyType: 'FUEL', price: [480_000, 600_000] },
  { model: '大众 桑塔纳', kind: 'SEDAN', energyType: 'FUEL', price: [110_000, 150_000] },
  { model: '依维柯 宝迪', kind: 'SPECIAL', energyType: 'FUEL', price: [200_000, 300_000] },
];

/** 2024 approvals: 34 vehicles, 31 of them new energy (91.18 %). */
const APPROVED_2024: [VehicleKind, EnergyType, number][] = [
  ['SEDAN', 'BATTERY_ELECTRIC', 3], ['SEDAN', 'BATTERY_ELECTRIC', 2], ['ENFORCEMENT', 'BATTERY_ELECTRIC', 4], ['ENFORCEMENT', 'BATTERY_ELECTRIC', 3],
  ['SUV', 'BATTERY_ELECTRIC', 2], ['SEDAN', 'BATTERY_ELECTRIC', 2], ['MPV', 'BATTERY_ELECTRIC', 2], ['ENFORCEMENT', 'BATTERY_ELECTRIC', 4],
  ['MPV', 'PLUG_IN_HYBRID', 2], ['SEDAN', 'PLUG_IN_HYBRID', 3], ['SUV', 'PLUG_IN_HYBRID', 2], ['MPV', 'PLUG_IN_HYBRID', 2],
  ['SPECIAL', 'FUEL', 2], ['SPECIAL', 'FUEL', 1],
];
/** 2023 approvals, for the year before: 22 vehicles, 15 new energy. */
const APPROVED_2023: [VehicleKind, EnergyType, number][] = [
  ['SEDAN', 'BATTERY_ELECTRIC', 3], ['ENFORCEMENT', 'BATTERY_ELECTRIC', 4], ['SUV', 'PLUG_IN_HYBRID', 2], ['SEDAN', 'PLUG_IN_HYBRID', 3],
  ['MPV', 'BATTERY_ELECTRIC', 1], ['ENFORCEMENT', 'PLUG_IN_HYBRID', 2], ['SEDAN', 'FUEL', 3], ['MPV', 'FUEL', 2], ['SPECIAL', 'FUEL', 2],
];

const ENFORCEMENT_RENTERS = ['区市场监管局', '区应急局', '区生态环境局', '区交通委', '区水务局', '区绿化市容局', '区文化旅游局', '区卫生健康委'].map(demoUnitId);
const WORKSHOPS = ['上海松江汽车维修有限公司', '上汽大众松江特约维修站', '比亚迪松江服务中心', '上海茸城汽车服务有限公司'];
const TRIP_PURPOSES = ['区内公务活动', '赴市级部门办事', '执法检查', '会议保障', '应急值守', '调研走访'];

function plate(random: SeededRandom, energyType: EnergyType, taken: Set<string>): string {
  let candidate: string;
  do {
    candidate =
      energyType === 'FUEL'
        ? `沪A${random.pick([...'BCEGHJKLMN'])}${String(random.int(0, 9999)).padStart(4, '0')}`
        : `沪A${energyType === 'BATTERY_ELECTRIC' ? 'D' : 'F'}${String(random.int(0, 99_999)).padStart(5, '0')}`;
  } while (taken.has(candidate));
  taken.add(candidate);
  return candidate;
}

/** A vehicle that left the fleet by a disposal approved in 2024, for disposals.ts. */
export interface RetiredVehicle {
  vehicle: Prisma.VehicleCreateManyInput;
  executed: boolean;
}

export function seedVehicles(random: SeededRandom) {
  const plates = new Set<string>();
  const vehicles: Prisma.VehicleCreateManyInput[] = [];
  const fleetUnits = [BUREAU_ID, ...SERVED_UNITS.map((unit) => unit.id)];

  for (let i = 0; i < 140; i += 1) {
    const year = random.int(2014, 2024);
    const newEnergy = random.next() < (year >= 2020 ? 0.8 : 0.2);
    const choice = random.pick(MODELS.filter((m) => (m.energyType === 'FUEL') !== newEnergy));
    vehicles.push({
      id: `vehicle-${String(i + 1).padStart(3, '0')}`,
      plateNumber: plate(random, choice.energyType, plates),
      organizationId: random.pick(fleetUnits),
      kind: choice.kind,
      energyType: choice.energyType,
      model: choice.model,
      purchasedOn: dayBetween(random, `${year}-01-05`, `${year}-12-20`),
      purchasePrice: yuan(random.int(...choice.price) * 100),
    });
  }
  const enforcement = MODELS.filter((m) => m.kind === 'ENFORCEMENT' && m.energyType !== 'FUEL');
  for (let i = 0; i < 10; i += 1) {
    const choice = random.pick(enforcement);
    vehicles.push({
      id: `vehicle-pool-${String(i + 1).padStart(2, '0')}`,
      plateNumber: plate(random, choice.energyType, plates),
      organizationId: POOL_OWNER,
      kind: 'ENFORCEMENT',
      energyType: choice.energyType,
      model: choice.model,
      purchasedOn: dayBetween(random, '2021-03-01', '2024-06-30'),
      purchasePrice: yuan(random.int(...choice.price) * 100),
      timeShare: true,
    });
  }

  const retiredModels = Array.from({ length: DISPOSED.vehicles }, () => random.pick(RETIRED));
  const retiredPrices = exactPrices(
    Array<number>(DISPOSED.vehicles).fill(1),
    retiredModels.map((m) => random.int(...m.price) * 100),
    DISPOSED.valueCents,
  );
  const retired: RetiredVehicle[] = retiredModels.map((choice, i) => {
    const executed = i < 20;
    const vehicle: Prisma.VehicleCreateManyInput = {
      id: `vehicle-retired-${String(i + 1).padStart(2, '0')}`,
      plateNumber: plate(random, 'FUEL', plates),
      organizationId: random.pick(fleetUnits),
      kind: choice.kind,
      energyType: 'FUEL',
      model: choice.model,
      purchasedOn: dayBetween(random, '2008-01-05', '2013-12-20'),
      purchasePrice: yuan(nth(retiredPrices, i)),
      status: executed ? 'DISPOSED' : 'IN_SERVICE',
    };
    vehicles.push(vehicle);
    return { vehicle, executed };
  });

  return {
    vehicles,
    retired,
    purchaseApprovals: purchaseApprovals(random),
    fuelTopUps: fuelTopUps(random, vehicles),
    trips: trips(random, vehicles),
    serviceRecords: serviceRecords(random, vehicles),
    bookings: bookings(random, vehicles.filter((v) => v.timeShare)),
  };
}

function purchaseApprovals(random: SeededRandom): Prisma.VehiclePurchaseApprovalCreateManyInput[] {
  const rows: Prisma.VehiclePurchaseApprovalCreateManyInput[] = [];
  const add = (
    year: number,
    [kind, energyType, quantity]: [VehicleKind, EnergyType, number],
    status: 'APPROVED' | 'REJECTED' | 'PENDING',
    requested: [string, string] = [`${year}-01-08`, `${year}-10-31`],
  ) => {
    const model = MODELS.find((m) => m.kind === kind && m.energyType === energyType) ?? nth(MODELS, 0);
    const requestedOn = dayBetween(random, ...requested);
    rows.push({
      id: `purchase-${year}-${String(rows.length + 1).padStart(2, '0')}`,
      organizationId: kind === 'ENFORCEMENT' ? random.pick(ENFORCEMENT_RENTERS) : random.pick(SERVED_UNITS).id,
      vehicleKind: kind,
      energyType,
      quantity,
      budget: yuan(quantity * random.int(...model.price) * 100),
      reason: random.pick(['车辆达到更新年限', '执法执勤工作需要', '新成立单位配备', '替换报废车辆']),
      requestedOn,
      status,
      decidedOn: status === 'PENDING' ? null : addDays(requestedOn, random.int(7, 30)),
      decisionReason: status === 'APPROVED' ? '符合配备标准，同意配备' : status === 'REJECTED' ? '不符合新能源汽车配备要求，请改报新能源车型' : null,
    });
  };
  for (const request of APPROVED_2023) add(2023, request, 'APPROVED');
  for (const request of APPROVED_2024) add(2024, request, 'APPROVED');
  add(2024, ['SEDAN', 'FUEL', 2], 'REJECTED');
  add(2024, ['SUV', 'FUEL', 1], 'REJECTED');
  add(2024, ['ENFORCEMENT', 'BATTERY_ELECTRIC', 2], 'PENDING', ['2024-12-02', '2024-12-27']);
  add(2024, ['MPV', 'PLUG_IN_HYBRID', 1], 'PENDING', ['2024-12-02', '2024-12-27']);
  return rows;
}

/** Top-ups of the fuel-burning vehicles in round hundreds of yuan, adding up to each year's total. */
function fuelTopUps(random: SeededRandom, vehicles: Prisma.VehicleCreateManyInput[]): Prisma.FuelTopUpCreateManyInput[] {
  const rows: Prisma.FuelTopUpCreateManyInput[] = [];
  for (const [yearText, totalCents] of Object.entries(FUEL_TOP_UPS_CENTS)) {
    const year = Number(yearText);
    const burning = vehicles.filter((v) => usesFuel(v.energyType) && (v.purchasedOn as Date) <= day(`${year}-06-30`));
    const cards = burning.flatMap((vehicle) => Array.from({ length: 4 }, () => vehicle));
    const amounts = random.split(totalCents / 100_00, cards.length, 2);
    shuffled(random, cards).forEach((vehicle, i) => {
      // A vehicle bought during the year refuels from then on; retired ones stopped in the first half of 2024.
      const first = laterDay(`${year}-01-03`, isoDay(vehicle.purchasedOn as Date));
      const last = year === 2024 && vehicle.id?.startsWith('vehicle-retired') ? '2024-05-31' : `${year}-12-28`;
      rows.push({
        id: `fuel-${year}-${String(i + 1).padStart(4, '0')}`,
        vehicleId: vehicle.id ?? '',
        cardNumber: `1000113100${(vehicle.id ?? '').replace(/\D/g, '').padStart(5, '0')}`,
        toppedUpOn: dayBetween(random, first, last),
        amount: yuan(nth(amounts, i) * 100_00),
      });
    });
  }
  return rows;
}

/** 2024's trips of the vehicles in service, spread over the year from the day each was bought. */
function trips(random: SeededRandom, vehicles: Prisma.VehicleCreateManyInput[]): Prisma.TripCreateManyInput[] {
  const rows: Prisma.TripCreateManyInput[] = [];
  for (const vehicle of vehicles.filter((v) => v.status !== 'DISPOSED' && (v.purchasedOn as Date) < day('2024-12-01'))) {
    const driver = chineseName(random);
    const first = laterDay('2024-01-02', isoDay(vehicle.purchasedOn as Date));
    for (let n = random.int(3, 8); n > 0; n -= 1) {
      rows.push({
        id: `trip-${rows.length + 1}`,
        vehicleId: vehicle.id ?? '',
        tripDate: dayBetween(random, first, '2024-12-31'),
        distanceKm: (random.int(50, 1_800) / 10).toFixed(1),
        purpose: random.pick(TRIP_PURPOSES),
        driver,
      });
    }
  }
  return rows;
}

function serviceRecords(random: SeededRandom, vehicles: Prisma.VehicleCreateManyInput[]): Prisma.ServiceRecordCreateManyInput[] {
  const rows: Prisma.ServiceRecordCreateManyInput[] = [];
  for (const vehicle of vehicles) {
    for (const year of [2023, 2024]) {
      if ((vehicle.purchasedOn as Date) > day(`${year}-06-30`)) continue;
      rows.push({
        id: `service-${rows.length + 1}`,
        vehicleId: vehicle.id ?? '',
        servicedOn: dayBetween(random, laterDay(`${year}-01-10`, isoDay(vehicle.purchasedOn as Date)), `${year}-06-30`),
        kind: 'MAINTENANCE',
        cost: yuan(random.int(300, 1_500) * 100),
        workshop: random.pick(WORKSHOPS),
        description: '常规保养：更换机油、机滤，检查制动系统',
      });
      if (random.next() < 0.35) {
        rows.push({
          id: `service-${rows.length + 1}`,
          vehicleId: vehicle.id ?? '',
          servicedOn: dayBetween(random, `${year}-07-01`, `${year}-12-20`),
          kind: random.next() < 0.5 ? 'REPAIR' : 'ANNUAL_INSPECTION',
          cost: yuan(random.int(200, 6_000) * 100),
          workshop: random.pick(WORKSHOPS),
          description: random.pick(['更换轮胎', '空调系统维修', '年度安全技术检验', '更换刹车片', '车身钣金喷漆']),
        });
      }
    }
  }
  return rows;
}

/** Rentals of the pool vehicles by enforcement units: at most one a vehicle a day, so none overlap. */
function bookings(random: SeededRandom, pool: Prisma.VehicleCreateManyInput[]): Prisma.VehicleBookingCreateManyInput[] {
  const rows: Prisma.VehicleBookingCreateManyInput[] = [];
  for (const vehicle of pool) {
    for (let date = day('2024-09-02'); date < day('2025-01-31'); date = addDays(date, random.int(2, 9))) {
      const iso = isoDay(date);
      const halfDay = random.next() < 0.4;
      rows.push({
        id: `booking-${rows.length + 1}`,
        vehicleId: vehicle.id ?? '',
        organizationId: random.pick(ENFORCEMENT_RENTERS),
        startsAt: new Date(`${iso}T${halfDay ? '13:30' : '08:30'}:00+08:00`),
        endsAt: new Date(`${iso}T17:30:00+08:00`),
        purpose: random.pick(['市场监管执法检查', '安全生产检查', '环境执法巡查', '水务执法巡查', '文化市场执法']),
        status: random.next() < 0.08 ? 'CANCELLED' : 'BOOKED',
      });
    }
  }
  return rows;
}
