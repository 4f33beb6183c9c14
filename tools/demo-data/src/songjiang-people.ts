/**
 * The people (人员) of the songjiang-2024 demo dataset: every unit's staff with fixed ids
 * (`person-<unit code>-NNN`), seeded names and ranks. The directory seeds them; other domains' seeds
 * refer to them by these ids (a Party member, a cadre appointed …), so the ids cannot drift.
 * The demo accounts' own people (`person-demo-<username>`) are not in this list: see demo-accounts.ts.
 */
import { chineseName } from './chinese-names.ts';
import { SeededRandom } from './seeded-random.ts';
import { BUREAU_ID, DEMO_UNITS, type DemoUnit } from './songjiang-units.ts';

export type DemoRank = 'DISTRICT_CHIEF' | 'DISTRICT_DEPUTY' | 'DIVISION_CHIEF' | 'DIVISION_DEPUTY' | 'SECTION_CHIEF' | 'SECTION_DEPUTY' | 'STAFF';

export interface DemoPerson {
  id: string;
  name: string;
  organizationId: string;
  position: string;
  rank: DemoRank;
  phone: string;
}

/** Headcount and ranks of a unit: a head, deputies, section heads, staff. */
function staffing(unit: DemoUnit, random: SeededRandom): DemoRank[] {
  if (unit.kind === 'INTERNAL_SECTION') return ['SECTION_CHIEF', 'SECTION_DEPUTY', ...Array<DemoRank>(random.int(3, 8)).fill('STAFF')];
  if (unit.parentId === null) return ['DISTRICT_CHIEF', ...Array<DemoRank>(4).fill('DISTRICT_DEPUTY')];
  const sectionHeads = random.int(3, 6);
  return [
    'DIVISION_CHIEF',
    ...Array<DemoRank>(random.int(2, 3)).fill('DIVISION_DEPUTY'),
    ...Array<DemoRank>(sectionHeads).fill('SECTION_CHIEF'),
    ...Array<DemoRank>(sectionHeads).fill('SECTION_DEPUTY'),
    ...Array<DemoRank>(random.int(8, 30)).fill('STAFF'),
  ];
}

const POSITION: Record<DemoRank, string> = {
  DISTRICT_CHIEF: '区长',
  DISTRICT_DEPUTY: '副区长',
  DIVISION_CHIEF: '局长',
  DIVISION_DEPUTY: '副局长',
  SECTION_CHIEF: '科长',
  SECTION_DEPUTY: '副科长',
  STAFF: '科员',
};

function songjiangPeople(): DemoPerson[] {
  const random = new SeededRandom(2024);
  const people: DemoPerson[] = [];
  for (const unit of DEMO_UNITS) {
    // The bureau's head is the demo leader account (李宏波), added with the accounts.
    const ranks = unit.id === BUREAU_ID ? staffing(unit, random).slice(1) : staffing(unit, random);
    ranks.forEach((rank, index) => {
      people.push({
        id: `person-${unit.code.toLowerCase()}-${String(index + 1).padStart(3, '0')}`,
        name: chineseName(random),
        organizationId: unit.id,
        position: unit.kind === 'INTERNAL_SECTION' && rank === 'SECTION_CHIEF' ? '科长' : POSITION[rank],
        rank,
        phone: `021-5781${String(random.int(0, 9999)).padStart(4, '0')}`,
      });
    });
  }
  return people;
}

/** Every unit's people, in unit order, each unit's head first. */
export const DEMO_PEOPLE: readonly DemoPerson[] = songjiangPeople();

/** The people of one unit, in their order (head first). */
export function demoPeopleOf(unitId: string): DemoPerson[] {
  return DEMO_PEOPLE.filter((person) => person.organizationId === unitId);
}
