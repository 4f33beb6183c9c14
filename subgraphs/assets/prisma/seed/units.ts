import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { BUREAU_ID, DEMO_UNITS, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { Prisma } from '../generated/client.ts';
import type { Rank } from '../generated/enums.ts';

/**
 * 办公用房标准 per person (m²) for the district's ranks, after the 2014 党政机关办公用房建设标准
 * (a Shanghai district's bureaus are 处级).
 */
const OFFICE_SPACE_STANDARDS: Prisma.OfficeSpaceStandardCreateManyInput[] = (
  [
    ['DISTRICT_CHIEF', '42.00'],
    ['DISTRICT_DEPUTY', '30.00'],
    ['DIVISION_CHIEF', '24.00'],
    ['DIVISION_DEPUTY', '18.00'],
    ['SECTION_CHIEF', '12.00'],
    ['SECTION_DEPUTY', '12.00'],
    ['STAFF', '12.00'],
  ] as [Rank, string][]
).map(([rank, areaPerPerson]) => ({ rank, areaPerPerson }));

/** The units that work from offices, and so have approved posts (编制): not the sections, not the company. */
const STAFFED_UNITS = DEMO_UNITS.filter((unit) => unit.kind !== 'INTERNAL_SECTION' && unit.kind !== 'STATE_OWNED_ENTERPRISE');

/** The district units the bureau serves (the district, the bureau, its sections and the company left out). */
export const SERVED_UNITS = STAFFED_UNITS.filter((unit) => unit.parentId !== null && unit.id !== BUREAU_ID);

export const SHANGFA_ID = demoUnitId('商发集团');

/**
 * The four district bodies set up in the 2024 institutional reform (机构改革新成立单位): the report
 * names 区新城办 and 区人才局 among them, and says they got no rented space at all, only offices
 * reallocated from the existing stock (全部在存量办公用房内调剂) and furniture from the warehouse.
 */
export const SET_UP_IN_2024: readonly string[] = ['区新城办', '区人才局', '区数据局', '区行政复议局'].map(demoUnitId);

/** Every unit of the directory, registered in assets with its approved posts by rank. */
export function seedUnits(random: SeededRandom) {
  const organizations: Prisma.OrganizationCreateManyInput[] = DEMO_UNITS.map((unit) => ({ id: unit.id }));
  const staffing: Prisma.StaffingCreateManyInput[] = STAFFED_UNITS.flatMap((unit) => {
    const posts: [Rank, number][] =
      unit.parentId === null
        ? [['DISTRICT_CHIEF', 1], ['DISTRICT_DEPUTY', 6]]
        : [
            ['DIVISION_CHIEF', 1],
            ['DIVISION_DEPUTY', random.int(2, 4)],
            ['SECTION_CHIEF', random.int(3, 7)],
            ['SECTION_DEPUTY', random.int(2, 6)],
            ['STAFF', random.int(12, 45)],
          ];
    return posts.map(([rank, approvedHeadcount]) => ({ organizationId: unit.id, rank, approvedHeadcount }));
  });
  return { organizations, staffing, standards: OFFICE_SPACE_STANDARDS };
}

/** Office area (m²) a unit's approved posts allow under the standard. */
export function allowedOfficeArea(staffing: Prisma.StaffingCreateManyInput[], organizationId: string): number {
  const perPerson = new Map(OFFICE_SPACE_STANDARDS.map((standard) => [standard.rank, Number(standard.areaPerPerson)]));
  return staffing
    .filter((row) => row.organizationId === organizationId)
    .reduce((sum, row) => sum + row.approvedHeadcount * (perPerson.get(row.rank) ?? 0), 0);
}
