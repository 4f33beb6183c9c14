/**
 * The canteens and the providers (S2–S6): the 5 canteens with their diners of 2023 and 2024 (the
 * same number both years), the daily sampled plates of 2024 (waste coefficient below 0.2 on 95 % of
 * the sampled days), kitchen waste weighed every working day and falling month on month through 2024,
 * ingredient purchases 312,400.00 lower in 2024 than in 2023, 48 trainings by the catering provider
 * in 2024, and the fleet's driving record: complaints, violations and an accident in 2023, none in
 * 2024 (车场日 and driver trainings instead).
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { Sitting } from '../generated/enums.ts';

export const CANTEENS: { id: string; name: string; buildingId: string; seats: number }[] = [
  { id: 'canteen-1', name: '区办公中心食堂', buildingId: 'building-0002', seats: 600 },
  { id: 'canteen-2', name: '中山中路38号院食堂', buildingId: 'building-0001', seats: 260 },
  { id: 'canteen-3', name: '谷阳北路9号食堂', buildingId: 'building-0010', seats: 180 },
  { id: 'canteen-4', name: '中山东路290号食堂', buildingId: 'building-0011', seats: 120 },
  { id: 'canteen-5', name: '谷阳北路128号食堂', buildingId: 'building-0012', seats: 100 },
];
/** Yuan, 2 decimals, as cents: 2024's purchases and what 2023 spent more (S4). */
export const PURCHASES_2024_CENTS = 9_876_500_00;
export const PURCHASES_SAVED_CENTS = 312_400_00;
export const CATERING_TRAININGS_2024 = 48;

const SITTINGS: [Sitting, number][] = [['BREAKFAST', 0.35], ['LUNCH', 1], ['DINNER', 0.2]];
const CATEGORIES: [string, string, string][] = [['蔬菜', '公斤', '松江区某蔬菜合作社'], ['肉禽', '公斤', '上海某肉类食品有限公司'], ['水产', '公斤', '上海某水产有限公司'], ['粮油', '公斤', '上海某粮油有限公司'], ['调味品', '件', '上海某副食品有限公司']];

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const date = (day: string) => new Date(`${day}T00:00:00.000Z`);
function workingDays(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(iso(t));
  }
  return days;
}
const cents = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

export async function seedCanteensAndProviders(tx: Prisma.TransactionClient, random: SeededRandom): Promise<void> {
  await tx.canteen.createMany({ data: CANTEENS });
  const days = { 2023: workingDays(2023), 2024: workingDays(2024) };

  // Diners: 2024 counted per canteen, day and sitting; 2023 the same total spread over its own days.
  const meals: Prisma.MealCountCreateManyInput[] = [];
  for (const canteen of CANTEENS) {
    for (const [sitting, share] of SITTINGS) {
      const base = Math.round(canteen.seats * 0.8 * share);
      const counts2024 = days[2024].map(() => Math.max(5, base + random.int(-Math.ceil(base * 0.1), Math.ceil(base * 0.1))));
      const total = counts2024.reduce((a, b) => a + b, 0);
      const counts2023 = random.split(total, days[2023].length, Math.max(1, Math.floor(base * 0.8)));
      days[2024].forEach((day, i) => {
        meals.push({ canteenId: canteen.id, servedOn: date(day), sitting, diners: counts2024[i]! });
        // Drawn though no longer stored (the forecast is the count of the meal orders now), so every row drawn after it stays as published.
        random.int(-8, 8);
      });
      days[2023].forEach((day, i) => meals.push({ canteenId: canteen.id, servedOn: date(day), sitting, diners: counts2023[i]! }));
    }
  }
  await tx.mealCount.createMany({ data: meals });

  // One sampled tray set a canteen and working day of 2024; 95 % of the days under 0.2.
  const samples: Prisma.WasteSampleCreateManyInput[] = [];
  for (const canteen of CANTEENS) {
    for (const day of days[2024]) {
      const served = random.int(8_000, 12_000);
      const coefficient = random.next() < 0.95 ? 0.08 + random.next() * 0.11 : 0.205 + random.next() * 0.05;
      samples.push({ canteenId: canteen.id, sampledOn: date(day), servedGrams: served, leftoverGrams: Math.round(served * coefficient) });
    }
  }
  await tx.wasteSample.createMany({ data: samples });

  // Kitchen waste: each month of 2024 about 3 % less than the one before, weighed every working day.
  const weighings: Prisma.KitchenWasteWeighingCreateManyInput[] = [];
  let monthTenths = 52_000_0;
  for (let month = 0; month < 12; month += 1) {
    const monthDays = days[2024].filter((day) => Number(day.slice(5, 7)) === month + 1);
    const parts = random.split(monthTenths, monthDays.length * CANTEENS.length, 100);
    let k = 0;
    for (const day of monthDays) for (const canteen of CANTEENS) weighings.push({ canteenId: canteen.id, weighedOn: date(day), kilograms: `${Math.floor(parts[k]! / 10)}.${parts[k++]! % 10}` });
    monthTenths = Math.round(monthTenths * (0.955 + random.next() * 0.03));
  }
  await tx.kitchenWasteWeighing.createMany({ data: weighings });

  // Ingredient purchases: four a week a canteen; 2023's total is 2024's plus the saving.
  const purchases: Prisma.IngredientPurchaseCreateManyInput[] = [];
  for (const [year, total] of [[2024, PURCHASES_2024_CENTS], [2023, PURCHASES_2024_CENTS + PURCHASES_SAVED_CENTS]] as const) {
    const dates = days[year].filter((_, i) => i % 5 !== 4);
    const rows = dates.length * CANTEENS.length;
    const amounts = random.split(total, rows, 100_00);
    let k = 0;
    for (const day of dates) {
      for (const canteen of CANTEENS) {
        const [category, unit, supplier] = random.pick(CATEGORIES);
        const amount = amounts[k++]!;
        purchases.push({ canteenId: canteen.id, supplier, category, unit, quantity: cents(Math.max(100, Math.round(amount / random.int(8, 40)))), amount: cents(amount), purchasedOn: date(day) });
      }
    }
  }
  await tx.ingredientPurchase.createMany({ data: purchases });

  await tx.serviceProvider.createMany({
    data: [
      { id: 'provider-catering', name: '上海松江某餐饮管理有限公司', kind: 'CATERING' },
      { id: 'provider-property', name: '上海松江物业管理有限公司', kind: 'PROPERTY' },
      { id: 'provider-security', name: '上海茸城保安服务有限公司', kind: 'SECURITY' },
      { id: 'provider-cleaning', name: '上海某保洁服务有限公司', kind: 'CLEANING' },
      { id: 'provider-maintenance', name: '上海茸城设施维保有限公司', kind: 'MAINTENANCE' },
    ],
  });
  const contracts: Prisma.ProviderContractCreateManyInput[] = [
    ['provider-catering', 'JGSW-2024-CY-01', '5 个机关食堂的餐饮服务', 8_640_000_00],
    ['provider-property', 'JGSW-2024-WY-01', '区办公中心及中山中路38号院物业管理', 6_380_000_00],
    ['provider-security', 'JGSW-2024-AB-01', '各办公点安保与门岗', 3_960_000_00],
    ['provider-cleaning', 'JGSW-2024-BJ-01', '办公区域保洁', 2_150_000_00],
    ['provider-maintenance', 'JGSW-2024-WB-01', '设施设备维修保养', 1_870_000_00],
  ].map(([providerId, number, scope, amount]) => ({ providerId: providerId as string, number: number as string, scope: scope as string, amount: cents(amount as number), startsOn: new Date('2024-01-01'), endsOn: new Date('2026-12-31') }));
  await tx.providerContract.createMany({ data: contracts });
  const criteria: [string, number][] = [['服务质量', 40], ['人员管理', 20], ['安全管理', 20], ['满意度', 20]];
  const assessments: Prisma.ProviderAssessmentCreateManyInput[] = [];
  for (const contract of contracts) {
    for (const quarter of [1, 2, 3, 4]) {
      for (const [criterion, maxScore] of criteria) assessments.push({ providerId: contract.providerId, year: 2024, quarter, criterion, maxScore, score: maxScore - random.int(0, Math.ceil(maxScore * 0.15)) });
    }
  }
  await tx.providerAssessment.createMany({ data: assessments });

  const trainings: Prisma.ProviderTrainingCreateManyInput[] = [];
  const topics = ['食品安全操作规范', '厨房消防安全', '节约粮食与制止餐饮浪费', '服务礼仪', '食材验收与留样', '设备安全使用', '营养配餐', '卫生清洁规范'];
  for (let month = 0; month < 12; month += 1) {
    for (const week of [3, 10, 17, 24]) trainings.push({ providerId: 'provider-catering', heldOn: new Date(Date.UTC(2024, month, week)), topic: random.pick(topics), attendees: random.int(18, 46) });
    if (month % 3 === 0) trainings.push({ providerId: 'provider-catering', heldOn: new Date(Date.UTC(2023, month, 12)), topic: random.pick(topics), attendees: random.int(18, 40) });
    if (month % 2 === 0) trainings.push({ providerId: 'provider-property', heldOn: new Date(Date.UTC(2024, month, 15)), topic: '物业服务规范', attendees: random.int(10, 30) });
  }
  await tx.providerTraining.createMany({ data: trainings });

  const events: Prisma.VehicleRecordEventCreateManyInput[] = [
    { vehicleId: 'vehicle-007', kind: 'COMPLAINT', occurredOn: new Date('2023-03-14'), description: '群众反映公务车辆占用人行道停放' },
    { vehicleId: 'vehicle-021', kind: 'COMPLAINT', occurredOn: new Date('2023-08-02'), description: '驾驶员服务态度投诉' },
    { vehicleId: 'vehicle-012', kind: 'TRAFFIC_VIOLATION', occurredOn: new Date('2023-05-09'), description: '违反禁令标志指示' },
    { vehicleId: 'vehicle-033', kind: 'TRAFFIC_VIOLATION', occurredOn: new Date('2023-09-21'), description: '超速行驶（未超过 20%）' },
    { vehicleId: 'vehicle-004', kind: 'TRAFFIC_VIOLATION', occurredOn: new Date('2023-11-30'), description: '违规停车' },
    { vehicleId: 'vehicle-018', kind: 'ACCIDENT', occurredOn: new Date('2023-06-17'), description: '倒车时轻微剐蹭，无人员受伤' },
  ];
  for (let month = 0; month < 12; month += 1) events.push({ vehicleId: null, kind: 'PARK_DAY', occurredOn: new Date(Date.UTC(2024, month, 20)), description: '车场日：车辆安全检查与保养' });
  for (const month of [1, 3, 5, 7, 9, 11]) events.push({ vehicleId: null, kind: 'DRIVER_TRAINING', occurredOn: new Date(Date.UTC(2024, month, 8)), description: '驾驶员安全行车培训' });
  await tx.vehicleRecordEvent.createMany({ data: events });

  // 安保: a fire drill and a counter-terrorism drill a half-year, a joint security meeting a quarter (2024).
  await tx.securityActivity.createMany({
    data: [
      { kind: 'FIRE_DRILL', heldOn: new Date('2024-05-15'), buildingId: 'building-0002', title: '区办公中心消防疏散演练', participants: 420, summary: '全楼疏散用时 4 分 30 秒' },
      { kind: 'FIRE_DRILL', heldOn: new Date('2024-11-08'), buildingId: 'building-0001', title: '中山中路38号院“119”消防演练', participants: 180, summary: '灭火器实操与疏散' },
      { kind: 'COUNTER_TERRORISM_DRILL', heldOn: new Date('2024-06-20'), buildingId: 'building-0010', title: '谷阳北路9号反恐防暴演练', participants: 60, summary: '门岗处置突发事件' },
      { kind: 'COUNTER_TERRORISM_DRILL', heldOn: new Date('2024-12-12'), buildingId: 'building-0002', title: '区办公中心反恐应急演练', participants: 80, summary: null },
      ...[3, 6, 9, 12].map((month) => ({ kind: 'JOINT_MEETING' as const, heldOn: new Date(Date.UTC(2024, month - 1, 26)), buildingId: 'building-0002', title: `${month / 3} 季度安保联席会`, participants: random.int(12, 20), summary: '通报安保情况，部署下阶段工作' })),
    ],
  });
}
