/**
 * The 32 idle properties surveyed in 2024, each with its 一房一策 plan (A9); the 13 handed to
 * 商发集团 with 2,512,400 yuan of new yearly after-tax rent (A13); and the space rented in for units:
 * over 5,400 m² given up in 2024, saving 4,000,000 yuan a year, and none newly rented (A12).
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { PlanType } from '../generated/enums.ts';
import type { SeededBuilding } from './buildings.ts';
import { SERVED_UNITS, SET_UP_IN_2024, SHANGFA_ID } from './units.ts';
import { addDays, dayBetween, exactPrices, nth, shuffled, yuan } from './values.ts';

const HANDOVER_RENT_CENTS = 2_512_400_00;
const GIVEN_UP = { spaces: 9, areaCents: 5_436_80, rentCents: 4_000_000_00 };

/** Plan types of the 19 still idle. */
const OPEN_PLANS: PlanType[] = ['HAND_OVER', 'HAND_OVER', ...Array<PlanType>(6).fill('LEASE'), ...Array<PlanType>(6).fill('REALLOCATE'), ...Array<PlanType>(5).fill('RENOVATE')];

const PLAN_TEXT: Record<PlanType, string> = {
  HAND_OVER: '移交区商发集团统一招租运营',
  LEASE: '按程序公开招租',
  REALLOCATE: '调剂给区级单位作业务用房',
  RENOVATE: '结构安全评估后改造为社区服务用房',
};

export function seedIdleProperties(random: SeededRandom, buildings: SeededBuilding[]) {
  const idle = buildings.filter((building) => building.idle);
  const handedOver = idle.filter((building) => building.idle?.handedOver);
  const rents = random.split(HANDOVER_RENT_CENTS, handedOver.length, 50_000_00);
  // Yuan a m² a year that the hand-overs of 2024 bring (A13): what a property still to be handed over can expect.
  const handoverRentPerM2 = HANDOVER_RENT_CENTS / handedOver.reduce((sum, building) => sum + building.floorAreaCents, 0);
  const openTypes = shuffled(random, OPEN_PLANS);
  const plans: Prisma.RevitalisationPlanCreateManyInput[] = [];
  const handovers: Prisma.HandoverCreateManyInput[] = [];
  let open = 0;
  idle.forEach(({ row, floorAreaCents, idle: state }, i) => {
    const planId = `plan-2024-${String(i + 1).padStart(2, '0')}`;
    const surveyedOn = dayBetween(random, '2024-03-01', '2024-08-31');
    const planType = state?.handedOver ? 'HAND_OVER' : nth(openTypes, open++);
    const rent = state?.handedOver ? nth(rents, handovers.length) : 0;
    plans.push({
      id: planId,
      buildingId: row.id ?? '',
      surveyedOn,
      planType,
      status: state?.handedOver ? 'IMPLEMENTED' : 'PLANNED',
      expectedYearlyIncome: yuan(expectedIncomeCents(random, planType, { floorAreaCents, rent, handoverRentPerM2 })),
      description: PLAN_TEXT[planType],
    });
    if (state?.handedOver) {
      handovers.push({
        id: `handover-2024-${String(handovers.length + 1).padStart(2, '0')}`,
        buildingId: row.id ?? '',
        planId,
        recipientId: SHANGFA_ID,
        handedOverOn: addDays(surveyedOn, random.int(30, 120)),
        yearlyRent: yuan(rent),
      });
    }
  });
  return { plans, handovers, rentedSpaces: rentedSpaces(random) };
}

/**
 * Yuan a year (in cents) a plan expects: for a property handed over since, the rent agreed came
 * within a tenth of it; one still to be handed over expects what the hand-overs bring a m²; one to
 * be let, a rent a m² like the properties already let out (300–900 yuan a m² a year, leasesOf in
 * buildings.ts). Reallocating or renovating brings in nothing.
 */
function expectedIncomeCents(
  random: SeededRandom,
  planType: PlanType,
  { floorAreaCents, rent, handoverRentPerM2 }: { floorAreaCents: number; rent: number; handoverRentPerM2: number },
): number {
  if (rent > 0) return Math.round(rent * (0.9 + random.next() * 0.2));
  if (planType === 'HAND_OVER') return Math.round(floorAreaCents * handoverRentPerM2 * (0.9 + random.next() * 0.2));
  if (planType === 'LEASE') return floorAreaCents * random.int(300, 900);
  return 0;
}

const LANDLORDS = ['上海松江新城建设发展有限公司', '上海松江经济技术开发区建设总公司', '上海松江科技园区发展有限公司', '上海泰晤士小镇物业管理有限公司', '方松街道集体资产管理公司'];
const RENTED_ADDRESSES = ['新松江路1200号', '文诚路358号', '广富林路658号', '思贤路1855号', '荣乐东路2369号', '松汇中路568号', '嘉松南路1号', '北翠路66号', '三新北路900号', '玉树路269号', '梅家浜路1038号', '沪亭北路218号', '乐都西路825号', '茸梅路1001号', '人民南路64号'];

function rentedSpaces(random: SeededRandom): Prisma.RentedSpaceCreateManyInput[] {
  // The bodies set up in 2024 never rented space (A12).
  const units = shuffled(random, SERVED_UNITS.filter((unit) => !SET_UP_IN_2024.includes(unit.id)));
  const addresses = shuffled(random, RENTED_ADDRESSES);
  // Given up in 2024 through shared offices and reallocated space (合署办公、调剂用房、盘活存量).
  const areas = random.split(GIVEN_UP.areaCents, GIVEN_UP.spaces, 200_00);
  const rents = exactPrices(Array<number>(GIVEN_UP.spaces).fill(1), areas.map((area) => area * random.int(650, 820)), GIVEN_UP.rentCents);
  const givenUp = areas.map((area, i) => ({
    id: `rented-space-${String(i + 1).padStart(2, '0')}`,
    organizationId: nth(units, i).id,
    address: `上海市松江区${nth(addresses, i)}${random.int(2, 12)}层`,
    landlord: random.pick(LANDLORDS),
    area: yuan(area),
    yearlyRent: yuan(nth(rents, i)),
    startsOn: dayBetween(random, '2016-01-01', '2021-12-31'),
    givenUpOn: dayBetween(random, '2024-02-01', '2024-11-30'),
  }));
  // Still rented, none of it new in 2024: the four bodies set up in 2024 moved into existing offices.
  const stillRented = Array.from({ length: 6 }, (_, j) => {
    const areaCents = random.int(300, 1_200) * 100;
    return {
      id: `rented-space-${String(GIVEN_UP.spaces + j + 1).padStart(2, '0')}`,
      organizationId: nth(units, GIVEN_UP.spaces + j).id,
      address: `上海市松江区${nth(addresses, GIVEN_UP.spaces + j)}${random.int(2, 12)}层`,
      landlord: random.pick(LANDLORDS),
      area: yuan(areaCents),
      yearlyRent: yuan(Math.round(areaCents * random.int(650, 820) / 100) * 100),
      startsOn: dayBetween(random, '2018-01-01', '2022-12-31'),
      givenUpOn: null,
    };
  });
  return [...givenUp, ...stillRented];
}
