/**
 * The platform's first year (2024) of meeting-room bookings and visitor registrations (S1: ≥ 2,150
 * bookings, ≥ 3,300 visitors) in the bureau's compounds: 区办公中心1–8号楼, 中山中路38号院 and
 * 谷阳北路9号. Bookings of one room never overlap (four sittings a working day); statuses as the
 * year went: mostly completed, some cancelled, rejected or released. Visitors' phones and ID
 * numbers are kept as the subgraph keeps them (last 4, and encrypted whole).
 */
import { DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { chineseName } from '@jiguan/demo-data/chinese-names';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { BookingStatus, VisitStatus } from '../generated/enums.ts';
import { localInstant } from '../../src/domain/booking.ts';
import { encrypt, lastFour } from '../../src/domain/visit.ts';

export const BOOKINGS_2024 = 2_186;
export const VISITS_2024 = 3_342;

/** The compounds (assets building ids) and their rooms, named as the door and the booking sheet name them (the place first). */
const COMPOUNDS: { buildingId: string; rooms: [name: string, floor: number, capacity: number, needsApproval: boolean, equipment: string[]][] }[] = [
  { buildingId: 'building-0001', rooms: [['中山中路38号院第一会议室', 2, 30, false, ['投影仪', '视频会议终端']], ['中山中路38号院第二会议室', 3, 16, false, ['电视屏']], ['中山中路38号院大会议室', 1, 120, true, ['音响', 'LED屏', '同声录音']]] },
  ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
    buildingId: `building-000${n}`,
    rooms: [
      [`区办公中心${n - 1}号楼第一会议室`, 2, 24, false, ['投影仪']],
      [`区办公中心${n - 1}号楼第二会议室`, 4, 12, false, ['电视屏']],
    ] as [string, number, number, boolean, string[]][],
  })),
  { buildingId: 'building-0002', rooms: [['区办公中心报告厅', 1, 200, true, ['音响', 'LED屏', '同声传译']], ['区办公中心多功能厅', 1, 80, true, ['音响', '投影仪']]] },
  { buildingId: 'building-0010', rooms: [['谷阳北路9号会议室', 3, 20, false, ['投影仪', '视频会议终端']]] },
];

const SITTINGS: [start: number, end: number][] = [
  [9 * 60, 10 * 60 + 30],
  [10 * 60 + 30, 12 * 60],
  [14 * 60, 15 * 60 + 30],
  [15 * 60 + 30, 17 * 60],
];

const PURPOSES = ['科室工作例会', '专题学习会', '项目推进会', '业务培训', '座谈会', '党支部主题党日', '安全生产工作会议', '预算编制协调会', '招投标评审会', '年度工作总结会'];
const NEEDS = [null, null, null, '需茶水', '需横幅', '课桌式布置', '需视频会议调试', '需签到表'];
const VISIT_PURPOSES = ['业务洽谈', '项目对接', '工作调研', '设备维保', '送审材料', '参加会议', '档案查阅', '施工协调'];
const VISITOR_ORGS = ['上海松江城建设计院', '某信息技术有限公司', '某物业管理有限公司', '区人大代表', '某建设工程公司', '某会计师事务所', '某律师事务所', null];

/** Working days of 2024 (Monday to Friday; the seed ignores the holiday calendar). */
function workingDays(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const day = new Date(t);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const BOOKING_STATUSES: [BookingStatus, number][] = [['COMPLETED', 0.86], ['CANCELLED', 0.07], ['RELEASED', 0.04], ['REJECTED', 0.03]];
const VISIT_STATUSES: [VisitStatus, number][] = [['CHECKED_OUT', 0.9], ['NO_SHOW', 0.06], ['CANCELLED', 0.04]];

function weighted<T>(random: SeededRandom, choices: [T, number][]): T {
  let r = random.next();
  for (const [value, weight] of choices) {
    if (r < weight) return value;
    r -= weight;
  }
  return choices[0]![0];
}

/** A Songjiang (310117) resident ID number with its check character. */
function idNumber(random: SeededRandom): string {
  const birth = new Date(Date.UTC(random.int(1960, 2000), random.int(0, 11), random.int(1, 28))).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `310117${birth}${String(random.int(0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const person = (unitCode: string) => `person-${unitCode.toLowerCase()}-001`;

export async function seedRoomsAndVisits(tx: Prisma.TransactionClient, random: SeededRandom): Promise<void> {
  // Every unit but the district itself.
  const units = DEMO_UNITS.filter((unit) => unit.parentId !== null);
  const rooms = COMPOUNDS.flatMap(({ buildingId, rooms: list }) =>
    list.map(([name, floor, capacity, needsApproval, equipment], i) => ({
      id: `meeting-room-${buildingId.slice(-2)}-${i + 1}${name.includes('报告厅') || name.includes('多功能厅') ? 'h' : ''}`,
      buildingId,
      floor,
      name,
      capacity,
      needsApproval,
      equipment,
      opensAtMinute: 8 * 60,
      closesAtMinute: 18 * 60,
    })),
  );
  await tx.meetingRoom.createMany({ data: rooms });

  // Distinct (day, room, sitting) picks: no two bookings of a room overlap.
  const days = workingDays(2024);
  const taken = new Set<string>();
  const bookings: Prisma.RoomBookingCreateManyInput[] = [];
  while (bookings.length < BOOKINGS_2024) {
    const day = random.pick(days);
    const room = random.pick(rooms);
    const sitting = random.int(0, SITTINGS.length - 1);
    const key = `${day}|${room.id}|${sitting}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const unit = random.pick(units);
    const [start, end] = SITTINGS[sitting]!;
    const status = weighted(random, BOOKING_STATUSES);
    const startsAt = localInstant(day, start);
    bookings.push({
      id: `room-booking-2024-${String(bookings.length + 1).padStart(5, '0')}`,
      meetingRoomId: room.id,
      organizationId: unit.id,
      organiserPersonId: person(unit.code),
      startsAt,
      endsAt: localInstant(day, end),
      attendees: random.int(3, Math.min(room.capacity, 60)),
      purpose: random.pick(PURPOSES),
      needs: random.pick(NEEDS),
      status: room.needsApproval || status !== 'REJECTED' ? status : 'COMPLETED',
      decisionNote: status === 'REJECTED' ? '该时段已安排区级会议' : null,
      checkedInAt: status === 'COMPLETED' ? new Date(startsAt.getTime() - random.int(0, 14) * 60_000) : null,
      createdAt: new Date(startsAt.getTime() - random.int(1, 14) * 86_400_000),
    });
  }
  await tx.roomBooking.createMany({ data: bookings });

  const visits: Prisma.VisitCreateManyInput[] = [];
  for (let i = 0; i < VISITS_2024; i += 1) {
    const unit = random.pick(units);
    const day = random.pick(days);
    const expectedAt = localInstant(day, random.int(8 * 60 + 30, 16 * 60));
    const status = weighted(random, VISIT_STATUSES);
    const phone = `1${random.pick(['39', '58', '81', '36', '77'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    const id = `visit-2024-${String(i + 1).padStart(5, '0')}`;
    const idNo = idNumber(random);
    const checkedInAt = status === 'CHECKED_OUT' ? new Date(expectedAt.getTime() + random.int(-20, 20) * 60_000) : null;
    visits.push({
      id,
      organizationId: unit.id,
      hostPersonId: person(unit.code),
      buildingId: random.pick(['building-0001', 'building-0002', 'building-0003', 'building-0010']),
      visitorName: chineseName(random),
      visitorOrganization: random.pick(VISITOR_ORGS),
      phoneLast4: lastFour(phone),
      phoneEncrypted: encrypt(phone, `${id}:phone`),
      idNumberLast4: lastFour(idNo),
      idNumberEncrypted: encrypt(idNo, `${id}:id`),
      carPlate: random.next() < 0.3 ? `沪${random.pick(['A', 'B', 'C', 'D', 'M'])}${String(random.int(10_000, 99_999))}` : null,
      expectedAt,
      purpose: random.pick(VISIT_PURPOSES),
      status,
      checkedInAt,
      checkedOutAt: checkedInAt ? new Date(checkedInAt.getTime() + random.int(30, 180) * 60_000) : null,
      createdAt: new Date(expectedAt.getTime() - random.int(1, 5) * 86_400_000),
    });
  }
  await tx.visit.createMany({ data: visits });
}
