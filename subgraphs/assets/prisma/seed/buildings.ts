/**
 * The 277 properties under centralised management (A1), each surveyed on site in 2024 and with an
 * archive; the 两测一评 of 2024 (A2 ≈ 350,000 m²) and the land re-surveys (A3 28,300 m²); the 32
 * idle properties (A9; 13 of them since handed to 商发集团, A13); floors, rooms and the rooms given
 * to units; leases and loans.
 */
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { BUREAU_ID, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { Prisma } from '../generated/client.ts';
import type { BuildingUse, CertificateStatus, RoomUse } from '../generated/enums.ts';
import { SERVED_UNITS, SET_UP_IN_2024, SHANGFA_ID } from './units.ts';
import { day, dayBetween, nth, shuffled, yuan } from './values.ts';

const BUILDING_COUNT = 277;
const TWO_SURVEYS_ONE_ASSESSMENT = { buildings: 96, totalCents: 350_000_00 };
const LAND_RESURVEY = { buildings: 11, totalCents: 28_300_00 };
const IDLE_WITH_PLAN = 32;
const HANDED_OVER = 13;

/** How many of each current use, after the hand-overs of 2024 (the 13 count as LEASED_OUT). */
const USES: [BuildingUse, number][] = [
  ['OFFICE', 165],
  ['BUSINESS', 48],
  ['IDLE', IDLE_WITH_PLAN - HANDED_OVER],
  ['LEASED_OUT', HANDED_OVER + 14],
  ['LENT_OUT', 18],
];

/** Properties the report names, with the unit that uses them. */
const NAMED: { name: string; address: string; use: BuildingUse; user: string }[] = [
  { name: '中山中路38号院', address: '中山中路38号', use: 'OFFICE', user: '区机管局' },
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ name: `区办公中心${n}号楼`, address: `园中路1号${n}号楼`, use: 'OFFICE' as const, user: '区机管局' })),
  { name: '谷阳北路9号', address: '谷阳北路9号', use: 'OFFICE', user: '区新城办' },
  { name: '中山东路290号', address: '中山东路290号', use: 'OFFICE', user: '区人才局' },
  { name: '谷阳北路128号', address: '谷阳北路128号', use: 'OFFICE', user: '区数据局' },
  { name: '人民北路211号（区人社局执法大队、仲裁院）', address: '人民北路211号', use: 'BUSINESS', user: '区人社局' },
  { name: '区纪委监委办公楼', address: '乐都路339号', use: 'OFFICE', user: '区纪委监委' },
  { name: '区行政复议局办公用房', address: '荣乐中路2号', use: 'OFFICE', user: '区行政复议局' },
];

/** Compounds whose rooms many units share; the bureau manages them. */
const SHARED_COMPOUNDS = new Set(NAMED.filter((b) => b.user === '区机管局').map((b) => b.name));

const STREETS = [
  '中山中路', '中山东路', '中山西路', '谷阳北路', '谷阳南路', '人民北路', '人民南路', '荣乐东路', '荣乐中路', '荣乐西路',
  '乐都路', '西林北路', '西林南路', '松汇中路', '松汇西路', '新松江路', '园中路', '江中路', '茸梅路', '沪亭北路',
  '广富林路', '思贤路', '文诚路', '玉树路', '北翠路', '梅家浜路', '三新北路', '嘉松南路', '泗泾镇江川北路', '九亭镇沪亭南路',
  '车墩镇影视路', '叶榭镇叶旺路', '新桥镇新育路', '洞泾镇长兴路', '佘山镇外青松公路', '小昆山镇文翔路', '石湖荡镇松蒸公路', '泖港镇中南路',
];

const SUFFIXES: Record<BuildingUse, string[]> = {
  OFFICE: ['办公楼', '综合楼', '办公用房', '院'],
  BUSINESS: ['业务用房', '档案库房', '执法站', '服务中心', '培训中心'],
  IDLE: ['原办公楼', '沿街门面房', '原宿舍楼', '仓库', '原培训楼'],
  LEASED_OUT: ['沿街门面房', '商铺', '原办公楼', '仓库'],
  LENT_OUT: ['原办公楼', '综合楼', '活动室', '门面房'],
};

const FLOOR_AREA: Record<BuildingUse, [number, number]> = {
  OFFICE: [1_500, 9_000],
  BUSINESS: [800, 6_000],
  IDLE: [200, 2_500],
  LEASED_OUT: [150, 3_000],
  LENT_OUT: [150, 2_500],
};

const LEASE_TENANTS = ['上海松江商贸有限公司', '上海茸城餐饮管理有限公司', '松江区新华书店', '上海云间科技有限公司', '上海佘山文化传播有限公司', '上海九亭物流有限公司'];
const LOAN_BORROWERS = ['岳阳街道社区卫生服务中心', '永丰街道社区事务受理中心', '区红十字会', '方松街道老年活动中心', '中山街道新时代文明实践站', '区残联康复站'];

export interface SeededBuilding {
  row: Prisma.BuildingCreateManyInput;
  floorAreaCents: number;
  /** Went through 两测一评 in 2024 (its floor area is the survey's). */
  twoSurveysOneAssessment: boolean;
  /** One of the idle properties surveyed in 2024 for a 一房一策 plan; handedOver if it went to 商发集团 since. */
  idle?: { handedOver: boolean };
}

interface BuildingPlan {
  name: string;
  address: string;
  use: BuildingUse;
  userId: string | null;
  ownerId: string;
  idle?: { handedOver: boolean };
}

/** What each property is and who owns and uses it; the named ones first. */
function buildingPlans(random: SeededRandom): BuildingPlan[] {
  const generatedUses = USES.flatMap(([use, count]) => Array<BuildingUse>(count).fill(use));
  for (const named of NAMED) generatedUses.splice(generatedUses.indexOf(named.use), 1);
  const addresses = new Set(NAMED.map((b) => b.address));
  // Every served unit gets office space before any gets a second property.
  const officeUsers = shuffled(random, SERVED_UNITS);
  let nextOfficeUser = 0;
  let handedOver = 0;

  const plans: BuildingPlan[] = NAMED.map((b) => ({ ...b, userId: demoUnitId(b.user), ownerId: BUREAU_ID }));
  for (const use of shuffled(random, generatedUses)) {
    let address: string;
    do address = `${random.pick(STREETS)}${random.int(1, 1200)}号`;
    while (addresses.has(address));
    addresses.add(address);
    const name = `${address}${random.pick(SUFFIXES[use])}`;
    const unit = use === 'OFFICE' || use === 'BUSINESS' ? nth(officeUsers, nextOfficeUser++ % officeUsers.length) : random.pick(SERVED_UNITS);
    const ownerId = random.next() < 0.7 ? BUREAU_ID : unit.id;
    if (use === 'IDLE') {
      plans.push({ name, address, use, userId: null, ownerId, idle: { handedOver: false } });
    } else if (use === 'LEASED_OUT' && handedOver < HANDED_OVER) {
      handedOver += 1;
      plans.push({ name, address, use, userId: SHANGFA_ID, ownerId: BUREAU_ID, idle: { handedOver: true } });
    } else {
      plans.push({ name, address, use, userId: unit.id, ownerId });
    }
  }
  if (plans.length !== BUILDING_COUNT) throw new Error(`${plans.length} properties planned, the report has ${BUILDING_COUNT}`);
  return plans;
}

/** The register: certificates, areas and values, with the 两测一评 properties re-measured by their survey. */
function buildingRows(random: SeededRandom): SeededBuilding[] {
  const plans = buildingPlans(random);
  const surveyedAreas = random.split(TWO_SURVEYS_ONE_ASSESSMENT.totalCents, TWO_SURVEYS_ONE_ASSESSMENT.buildings, 300_00);
  // Ranks among the properties that may lack a certificate (not the bureau's own compounds):
  // the first 96 went through 两测一评 in 2024, the next 31 are still waiting.
  const candidates = shuffled(random, plans.map((_, i) => i).filter((i) => !SHARED_COMPOUNDS.has(nth(plans, i).name)));
  const rankOf = new Map(candidates.map((buildingIndex, rank) => [buildingIndex, rank]));
  return plans.map((plan, index) => {
    const rank = rankOf.get(index) ?? Number.MAX_SAFE_INTEGER;
    const surveyed = rank < TWO_SURVEYS_ONE_ASSESSMENT.buildings;
    const certificateStatus: CertificateStatus =
      rank < TWO_SURVEYS_ONE_ASSESSMENT.buildings + 31 ? (random.next() < 0.6 ? 'UNCERTIFIED' : 'MISMATCHED') : 'CERTIFIED';
    const [minArea, maxArea] = FLOOR_AREA[plan.use];
    const floorAreaCents = surveyed ? nth(surveyedAreas, rank) : random.int(minArea, maxArea) * 100 + random.int(0, 99);
    return {
      floorAreaCents,
      twoSurveysOneAssessment: surveyed,
      ...(plan.idle ? { idle: plan.idle } : {}),
      row: {
        id: `building-${String(index + 1).padStart(4, '0')}`,
        code: `SJ-FW-${String(index + 1).padStart(4, '0')}`,
        name: plan.name,
        address: `上海市松江区${plan.address}`,
        owningUnitId: plan.ownerId,
        usingUnitId: plan.userId,
        landArea: yuan(Math.round(floorAreaCents * (0.35 + random.next() * 0.8))),
        floorArea: yuan(floorAreaCents),
        certificateStatus,
        titleRegistration:
          certificateStatus === 'CERTIFIED' ? (random.next() < 0.9 ? 'REGISTERED' : 'IN_PROGRESS') : surveyed ? 'IN_PROGRESS' : 'UNREGISTERED',
        bookValue: yuan(Math.round((floorAreaCents / 100) * random.int(2_500, 9_000)) * 100),
        currentUse: plan.use,
        managedSince: dayBetween(random, '2021-07-01', '2024-06-30'),
      },
    };
  });
}

const ROOM_MIX: Record<'OFFICE' | 'BUSINESS', [RoomUse, number][]> = {
  OFFICE: [['OFFICE', 0.74], ['MEETING', 0.1], ['ARCHIVE', 0.05], ['STORAGE', 0.05], ['EQUIPMENT', 0.03], ['SERVICE', 0.03]],
  BUSINESS: [['OFFICE', 0.2], ['SERVICE', 0.3], ['ARCHIVE', 0.2], ['EQUIPMENT', 0.15], ['STORAGE', 0.15]],
};
const ROOM_AREA: Record<RoomUse, [number, number]> = {
  OFFICE: [14, 42],
  MEETING: [40, 120],
  ARCHIVE: [30, 90],
  STORAGE: [12, 40],
  EQUIPMENT: [10, 30],
  SERVICE: [40, 160],
};

function roomUse(random: SeededRandom, mix: [RoomUse, number][]): RoomUse {
  let roll = random.next();
  for (const [use, share] of mix) {
    roll -= share;
    if (roll < 0) return use;
  }
  return nth(mix, 0)[0];
}

/** Surveys of 2024: every property on site; 两测一评 for the 96; land re-surveys adding up to 28,300 m². */
function surveysOf(random: SeededRandom, buildings: SeededBuilding[]) {
  const surveys: Prisma.SurveyCreateManyInput[] = [];
  const twoSurveysOneAssessment = new Set<string>();
  for (const { row, twoSurveysOneAssessment: surveyed } of buildings) {
    surveys.push({ id: `survey-site-${row.code}`, buildingId: row.id ?? '', kind: 'SITE_SURVEY', surveyedOn: dayBetween(random, '2024-01-08', '2024-11-29'), area: row.floorArea, surveyor: '区机管局资产管理科' });
    if (surveyed) {
      twoSurveysOneAssessment.add(row.id ?? '');
      surveys.push({
        id: `survey-2s1a-${row.code}`,
        buildingId: row.id ?? '',
        kind: 'TWO_SURVEYS_ONE_ASSESSMENT',
        surveyedOn: dayBetween(random, '2024-02-01', '2024-12-20'),
        area: row.floorArea,
        surveyor: random.pick(['松江区测绘所', '上海城建测绘有限公司', '上海房地产估价师事务所']),
      });
    }
  }
  const resurveyed = shuffled(random, buildings).slice(0, LAND_RESURVEY.buildings);
  const areas = random.split(LAND_RESURVEY.totalCents, LAND_RESURVEY.buildings, 500_00);
  resurveyed.forEach(({ row }, i) => {
    // The re-survey establishes the land area on the register.
    row.landArea = yuan(nth(areas, i));
    surveys.push({ id: `survey-land-${row.code}`, buildingId: row.id ?? '', kind: 'LAND_RESURVEY', surveyedOn: dayBetween(random, '2024-03-01', '2024-11-30'), area: row.landArea, surveyor: '区规划资源局测绘队' });
  });
  return { surveys, twoSurveysOneAssessment, landResurveyed: new Set(resurveyed.map(({ row }) => row.id ?? '')) };
}

/** Each property's archive (档案资料): photos of the site survey, certificates, proofs, drawings, survey reports. */
function archiveOf(random: SeededRandom, buildings: SeededBuilding[], surveys: ReturnType<typeof surveysOf>) {
  const surveyDate = new Map(surveys.surveys.map((s) => [`${s.kind}:${s.buildingId}`, s.surveyedOn as Date]));
  return buildings.flatMap(({ row }) => {
    const id = row.id ?? '';
    const documents: Omit<Prisma.ArchiveDocumentCreateManyInput, 'id' | 'buildingId'>[] = [
      { name: '现场踏勘照片', kind: 'PHOTO', documentDate: surveyDate.get(`SITE_SURVEY:${id}`) ?? day('2024-06-30') },
    ];
    if (row.certificateStatus === 'CERTIFIED') documents.push({ name: '不动产权证书', kind: 'TITLE_CERTIFICATE', documentDate: dayBetween(random, '2005-01-01', '2020-12-31') });
    if (random.next() < 0.6) documents.push({ name: '土地来源证明', kind: 'LAND_SOURCE_PROOF', documentDate: dayBetween(random, '1995-01-01', '2015-12-31') });
    if (random.next() < 0.5) documents.push({ name: '建筑竣工图', kind: 'DRAWING', documentDate: dayBetween(random, '1990-01-01', '2015-12-31') });
    if (surveys.twoSurveysOneAssessment.has(id)) {
      documents.push({ name: '房屋测绘及评估报告（两测一评）', kind: 'SURVEY_REPORT', documentDate: surveyDate.get(`TWO_SURVEYS_ONE_ASSESSMENT:${id}`) ?? day('2024-12-31') });
    }
    if (surveys.landResurveyed.has(id)) {
      documents.push({ name: '土地修测报告', kind: 'SURVEY_REPORT', documentDate: surveyDate.get(`LAND_RESURVEY:${id}`) ?? day('2024-12-31') });
    }
    return documents.map((document, i) => ({ ...document, id: `archive-${row.code}-${i + 1}`, buildingId: id }));
  });
}

interface SeededRoom {
  row: Prisma.RoomCreateManyInput;
  buildingId: string;
  areaCents: number;
}

/** Floors and rooms of the office and business properties. */
function floorsAndRooms(random: SeededRandom, buildings: SeededBuilding[]) {
  const floors: Prisma.FloorCreateManyInput[] = [];
  const rooms: SeededRoom[] = [];
  for (const { row, floorAreaCents } of buildings) {
    if (row.currentUse !== 'OFFICE' && row.currentUse !== 'BUSINESS') continue;
    const count = Math.min(5, Math.floor(floorAreaCents / 100 / 2_500) + 1);
    const floorAreas = random.split(floorAreaCents, count, 100_00);
    for (let level = 1; level <= count; level += 1) {
      const floorId = `floor-${row.code}-${level}`;
      floors.push({ id: floorId, buildingId: row.id ?? '', label: `${level}F`, level, area: yuan(nth(floorAreas, level - 1)) });
      const roomCount = random.int(3, 7);
      for (let n = 1; n <= roomCount; n += 1) {
        const use = roomUse(random, ROOM_MIX[row.currentUse]);
        const [min, max] = ROOM_AREA[use];
        const areaCents = random.int(min * 100, max * 100);
        const number = `${level}${String(n).padStart(2, '0')}`;
        rooms.push({ row: { id: `room-${row.code}-${number}`, floorId, number, area: yuan(areaCents), use }, buildingId: row.id ?? '', areaCents });
      }
    }
  }
  return { floors, rooms };
}

/**
 * Rooms given to units with their usage certificates (使用凭证): each unit's office rooms up to
 * 70–110 % of what its approved posts allow (so about a quarter are over the standard), from its
 * own properties first, then from the bureau's shared compounds; business rooms to their users.
 */
function allocations(random: SeededRandom, buildings: SeededBuilding[], rooms: SeededRoom[], allowed: (unitId: string) => number) {
  const userOf = new Map(buildings.map(({ row }) => [row.id ?? '', row.usingUnitId ?? null]));
  const sharedIds = new Set(buildings.filter(({ row }) => SHARED_COMPOUNDS.has(row.name)).map(({ row }) => row.id ?? ''));
  const sharedOffices = rooms.filter((room) => sharedIds.has(room.buildingId) && room.row.use === 'OFFICE');
  const result: Prisma.RoomAllocationCreateManyInput[] = [];
  let certificate = 0;
  // The bodies set up in 2024 moved into their rooms that year, and held none before.
  const unitsBefore2024 = SERVED_UNITS.filter((unit) => !SET_UP_IN_2024.includes(unit.id));
  const allocate = (room: SeededRoom, organizationId: string) => {
    const startsOn = dayBetween(random, SET_UP_IN_2024.includes(organizationId) ? '2024-03-01' : '2022-03-01', '2024-09-30');
    if (random.next() < 0.04) {
      // An earlier holder, moved out the day before.
      const former = random.pick(unitsBefore2024).id;
      certificate += 1;
      result.push({
        id: `allocation-${certificate}`,
        roomId: room.row.id ?? '',
        organizationId: former,
        certificateNumber: `SJPZ-2020-${String(certificate).padStart(5, '0')}`,
        startsOn: dayBetween(random, '2020-01-01', '2021-12-31'),
        endedOn: new Date(startsOn.getTime() - 86_400_000),
      });
    }
    certificate += 1;
    result.push({
      id: `allocation-${certificate}`,
      roomId: room.row.id ?? '',
      organizationId,
      certificateNumber: `SJPZ-${startsOn.getUTCFullYear()}-${String(certificate).padStart(5, '0')}`,
      startsOn,
    });
  };

  // The district's leaders and the bureau sit in the shared compounds, so they choose first.
  const units = [...new Set([demoUnitId('上海市松江区'), BUREAU_ID, ...buildings.map(({ row }) => row.usingUnitId)])].filter(
    (id): id is string => typeof id === 'string' && allowed(id) > 0,
  );
  const taken = new Set<string>();
  for (const unitId of units) {
    const target = allowed(unitId) * (0.7 + random.next() * 0.4) * 100;
    let held = 0;
    const own = rooms.filter((room) => room.row.use === 'OFFICE' && !sharedIds.has(room.buildingId) && userOf.get(room.buildingId) === unitId);
    for (const room of [...own, ...sharedOffices]) {
      if (taken.has(room.row.id ?? '') || held + room.areaCents > target) continue;
      taken.add(room.row.id ?? '');
      allocate(room, unitId);
      held += room.areaCents;
    }
  }
  for (const room of rooms) {
    const user = userOf.get(room.buildingId);
    if (room.row.use !== 'OFFICE' && room.row.use !== 'MEETING' && user && !sharedIds.has(room.buildingId)) allocate(room, user);
  }
  return result;
}

/** Leases (出租) and loans (出借) of the properties let out other than through 商发集团. */
function leasesOf(random: SeededRandom, buildings: SeededBuilding[]): Prisma.LeaseCreateManyInput[] {
  return buildings
    .filter(({ row, idle }) => !idle && (row.currentUse === 'LEASED_OUT' || row.currentUse === 'LENT_OUT'))
    .map(({ row, floorAreaCents }, i) => {
      const loan = row.currentUse === 'LENT_OUT';
      const startsOn = dayBetween(random, '2019-01-01', '2023-12-31');
      const years = random.pick([3, 5]);
      return {
        id: `lease-${String(i + 1).padStart(3, '0')}`,
        buildingId: row.id ?? '',
        kind: loan ? 'LOAN' : 'LEASE',
        counterparty: random.pick(loan ? LOAN_BORROWERS : LEASE_TENANTS),
        startsOn,
        endsOn: new Date(Date.UTC(startsOn.getUTCFullYear() + years, startsOn.getUTCMonth(), startsOn.getUTCDate() - 1)),
        yearlyRent: loan ? '0.00' : yuan(Math.round((floorAreaCents / 100) * random.int(300, 900)) * 100),
      };
    });
}

export function seedBuildings(random: SeededRandom, allowedOfficeArea: (unitId: string) => number) {
  const buildings = buildingRows(random);
  const surveys = surveysOf(random, buildings);
  const { floors, rooms } = floorsAndRooms(random, buildings);
  return {
    buildings,
    surveys: surveys.surveys,
    archiveDocuments: archiveOf(random, buildings, surveys),
    floors,
    rooms: rooms.map((room) => room.row),
    roomAllocations: allocations(random, buildings, rooms, allowedOfficeArea),
    leases: leasesOf(random, buildings),
  };
}
