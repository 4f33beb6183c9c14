/**
 * The bureau's people the party data is about: the directory's demo people (tools/demo-data, the
 * same ids the directory seeds) of the bureau and its sections and centres, and the demo accounts' people.
 */
import { DEMO_ACCOUNTS, demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import { demoPeopleOf, type DemoRank } from '@jiguan/demo-data/songjiang-people';
import { BUREAU_ID, demoUnitId } from '@jiguan/demo-data/songjiang-units';

export interface BureauPerson {
  id: string;
  name: string;
  unitId: string;
  rank: DemoRank;
  /** A demo account's person (leader, party …). */
  account?: string;
}

export const UNIT = {
  bureau: BUREAU_ID,
  office: demoUnitId('办公室'),
  assets: demoUnitId('资产管理科'),
  services: demoUnitId('综合服务科'),
  finance: demoUnitId('财务管理科'),
  partyOffice: demoUnitId('党建办'),
  centre: demoUnitId('机关事务管理中心'),
  procurement: demoUnitId('政府采购中心'),
} as const;

const BUREAU_UNITS: string[] = Object.values(UNIT);

/** The demo accounts whose people work in the bureau (all but the 区审计局 unit user). */
const accountPeople: BureauPerson[] = DEMO_ACCOUNTS.filter((a) => BUREAU_UNITS.includes(demoUnitId(a.unit))).map((a) => ({
  id: demoAccountPersonId(a.username),
  name: a.name,
  unitId: demoUnitId(a.unit),
  rank: a.rank,
  account: a.username,
}));

/** Every person of the bureau, unit by unit (head first), the accounts' people after their unit's. */
export const BUREAU_PEOPLE: readonly BureauPerson[] = BUREAU_UNITS.flatMap((unitId) => [
  ...demoPeopleOf(unitId).map((p) => ({ id: p.id, name: p.name, unitId, rank: p.rank })),
  ...accountPeople.filter((p) => p.unitId === unitId),
]);

const byId = new Map(BUREAU_PEOPLE.map((p) => [p.id, p]));

/** A bureau person by id; throws for an id the directory does not seed. */
export function bureauPerson(id: string): BureauPerson {
  const person = byId.get(id);
  if (!person) throw new Error(`no bureau person ${id}`);
  return person;
}

/** The directory id of the n-th person (1-based) of a bureau unit: `person('centre', 5)`. */
export function person(unit: keyof typeof UNIT, n: number): string {
  const people = demoPeopleOf(UNIT[unit]);
  const found = people[n - 1];
  if (!found) throw new Error(`${unit} has no person ${n}`);
  return found.id;
}

export const account = (username: string): string => demoAccountPersonId(username);
