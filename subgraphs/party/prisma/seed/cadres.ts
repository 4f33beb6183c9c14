/**
 * 科级干部选拔任用 (P5): six section-level cadres appointed in 2024, after 动议 and a 任前公示 of
 * five working days, with the appointments of the other years.
 */
import type { Prisma } from '../generated/client.ts';
import type { CadreLevel } from '../generated/enums.ts';
import { addDays, day } from './calendar.ts';
import { person, UNIT } from './people.ts';

const APPOINTMENTS: [personId: string, unitId: string, position: string, level: CadreLevel, appointedOn: string][] = [
  [person('partyOffice', 2), UNIT.partyOffice, '党建办副主任', 'SECTION_DEPUTY', '2023-08-21'],
  [person('services', 2), UNIT.services, '综合服务科副科长', 'SECTION_DEPUTY', '2023-08-21'],
  [person('office', 2), UNIT.office, '办公室副主任', 'SECTION_DEPUTY', '2024-03-18'],
  [person('assets', 2), UNIT.assets, '资产管理科副科长', 'SECTION_DEPUTY', '2024-03-18'],
  [person('centre', 6), UNIT.centre, '机关事务管理中心物业管理部主任', 'SECTION_CHIEF', '2024-07-15'],
  [person('centre', 9), UNIT.centre, '机关事务管理中心餐饮服务部副主任', 'SECTION_DEPUTY', '2024-07-15'],
  [person('procurement', 5), UNIT.procurement, '政府采购中心采购一部主任', 'SECTION_CHIEF', '2024-11-11'],
  [person('procurement', 12), UNIT.procurement, '政府采购中心采购二部副主任', 'SECTION_DEPUTY', '2024-11-11'],
  [person('finance', 2), UNIT.finance, '财务管理科副科长', 'SECTION_DEPUTY', '2025-04-14'],
  [person('centre', 7), UNIT.centre, '机关事务管理中心安全保卫部主任', 'SECTION_CHIEF', '2025-04-14'],
  [person('procurement', 13), UNIT.procurement, '政府采购中心综合部副主任', 'SECTION_DEPUTY', '2025-09-22'],
  [person('procurement', 6), UNIT.procurement, '政府采购中心采购三部主任', 'SECTION_CHIEF', '2026-06-15'],
  [person('centre', 10), UNIT.centre, '机关事务管理中心车辆管理部副主任', 'SECTION_DEPUTY', '2026-06-15'],
];

export function seedCadreAppointments(): Prisma.CadreAppointmentCreateManyInput[] {
  return APPOINTMENTS.map(([personId, organizationId, position, level, appointedOn], index) => ({
    id: `party-cadre-${String(index + 1).padStart(2, '0')}`,
    personId,
    organizationId,
    position,
    level,
    // 动议 about six weeks before, the 任前公示 (five working days) opening a week before.
    proposedOn: addDays(day(appointedOn), -42),
    publicNoticeOn: addDays(day(appointedOn), -7),
    appointedOn: day(appointedOn),
    createdAt: new Date(`${appointedOn}T12:00:00.000Z`),
  }));
}
