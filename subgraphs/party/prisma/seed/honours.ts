/**
 * Honours (P4): in 2024 第一党支部 (the bureau's 机关党支部) was named a “1号先锋”先进基层党组织 and
 * four members “1号先锋”优秀共产党员 or 优秀党务工作者; the other years' honours beside them.
 */
import type { Prisma } from '../generated/client.ts';
import type { HonourKind } from '../generated/enums.ts';
import { day } from './calendar.ts';
import { ORG } from './organisations.ts';
import { account, person } from './people.ts';

const HONOURS: [org: string, kind: HonourKind, personId: string | null, title: string, awardedBy: string, awardedOn: string][] = [
  [ORG.branch3, 'INDIVIDUAL', person('centre', 5), '优秀共产党员', '中共上海市松江区机关工作委员会', '2023-06-30'],
  [ORG.branch2, 'INDIVIDUAL', person('finance', 1), '优秀共产党员', '中共上海市松江区机关工作委员会', '2023-06-30'],
  [ORG.branch1, 'ORGANISATION', null, '“1号先锋”先进基层党组织', '中共上海市松江区委员会', '2024-06-28'],
  [ORG.branch1, 'INDIVIDUAL', account('party'), '“1号先锋”优秀党务工作者', '中共上海市松江区委员会', '2024-06-28'],
  [ORG.branch2, 'INDIVIDUAL', person('assets', 1), '“1号先锋”优秀共产党员', '中共上海市松江区委员会', '2024-06-28'],
  [ORG.branch3, 'INDIVIDUAL', person('centre', 8), '“1号先锋”优秀共产党员', '中共上海市松江区委员会', '2024-06-28'],
  [ORG.branch4, 'INDIVIDUAL', person('procurement', 4), '“1号先锋”优秀共产党员', '中共上海市松江区委员会', '2024-06-28'],
  [ORG.branch3, 'ORGANISATION', null, '先进党支部', '中共上海市松江区机关工作委员会', '2025-06-27'],
  [ORG.branch1, 'INDIVIDUAL', person('office', 2), '优秀共产党员', '中共上海市松江区机关工作委员会', '2025-06-27'],
  [ORG.joint, 'INDIVIDUAL', person('centre', 7), '优秀党务工作者', '中共上海市松江区机关工作委员会', '2025-06-27'],
  [ORG.branch2, 'INDIVIDUAL', account('member'), '优秀共产党员', '中共上海市松江区机关事务管理局机关党总支', '2026-06-26'],
];

export function seedHonours(): Prisma.HonourCreateManyInput[] {
  return HONOURS.map(([partyOrganizationId, kind, personId, title, awardedBy, awardedOn], index) => ({
    id: `party-honour-${String(index + 1).padStart(2, '0')}`,
    partyOrganizationId,
    kind,
    personId,
    title,
    awardedBy,
    awardedOn: day(awardedOn),
    createdAt: new Date(`${awardedOn}T12:00:00.000Z`),
  }));
}
