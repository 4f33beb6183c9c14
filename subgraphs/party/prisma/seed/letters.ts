/**
 * Responsibility letters and pledges (责任书 / 承诺书): the 党风廉政建设责任书 the section and centre
 * chiefs sign with the 党组 every year, the 2024 “三不”承诺书 of the section-level cadres, and the
 * 文明行车承诺书 of 机关事务管理中心's drivers (文明礼貌行车月) — one driver has not signed 2026's yet.
 */
import type { Prisma } from '../generated/client.ts';
import type { LetterKind } from '../generated/enums.ts';
import { addDays, day } from './calendar.ts';
import { ORG } from './organisations.ts';
import { account, BUREAU_PEOPLE, person } from './people.ts';

const CHIEFS = [person('office', 1), account('assets'), account('services'), account('finance'), account('party'), person('centre', 1), person('procurement', 1)];
const SECTION_CADRES = BUREAU_PEOPLE.filter((p) => p.rank === 'SECTION_CHIEF' || p.rank === 'SECTION_DEPUTY').map((p) => p.id);
const DRIVERS = [13, 15, 18, 20, 23].map((n) => person('centre', n));

const LETTERS: [org: string, kind: LetterKind, title: string, year: number, signers: string[], signedOn: string][] = [
  [ORG.leadershipGroup, 'RESPONSIBILITY', '2024年度党风廉政建设责任书', 2024, CHIEFS, '2024-02-27'],
  [ORG.generalBranch, 'PLEDGE', '“三不”承诺书（不敢腐、不能腐、不想腐）', 2024, SECTION_CADRES, '2024-02-27'],
  [ORG.branch3, 'PLEDGE', '文明行车承诺书', 2024, DRIVERS, '2024-09-03'],
  [ORG.leadershipGroup, 'RESPONSIBILITY', '2025年度党风廉政建设责任书', 2025, CHIEFS, '2025-02-25'],
  [ORG.branch3, 'PLEDGE', '文明行车承诺书', 2025, DRIVERS, '2025-09-02'],
  [ORG.leadershipGroup, 'RESPONSIBILITY', '2026年度党风廉政建设责任书', 2026, CHIEFS, '2026-02-24'],
  [ORG.branch3, 'PLEDGE', '文明行车承诺书', 2026, DRIVERS.slice(0, 4), '2026-09-01'],
];

export function seedLetters() {
  const letters: Prisma.ResponsibilityLetterCreateManyInput[] = [];
  const signatures: Prisma.LetterSignatureCreateManyInput[] = [];
  LETTERS.forEach(([partyOrganizationId, kind, title, year, signers, signedOn], index) => {
    const id = `party-letter-${String(index + 1).padStart(2, '0')}`;
    letters.push({ id, partyOrganizationId, kind, title, year, createdAt: new Date(`${signedOn}T08:00:00.000Z`) });
    // Signed at the meeting, a few late the days after.
    signers.forEach((personId, n) => signatures.push({ id: `${id}-signature-${String(n + 1).padStart(2, '0')}`, letterId: id, personId, signedOn: addDays(day(signedOn), n % 9 === 8 ? 2 : 0) }));
  });
  return { letters, signatures };
}
