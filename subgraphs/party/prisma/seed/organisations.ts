/**
 * The Party organisations (P6, P7): the bureau's 党组, the 机关党总支 and its branches, among them
 * the 社会化服务单位联合党支部 founded in 2024 (the first joint branch). Every re-election due in
 * 2024 was held (the general branch and its three older branches); the 第四党支部, founded in 2022,
 * is left past the end of its term (2025-11) with no re-election, so the flag shows.
 */
import type { Prisma } from '../generated/client.ts';
import type { CommitteePosition } from '../generated/enums.ts';
import { day } from './calendar.ts';
import { account, person, UNIT } from './people.ts';

export const ORG = {
  leadershipGroup: 'party-org-leadership-group',
  generalBranch: 'party-org-general-branch',
  branch1: 'party-org-branch-1',
  branch2: 'party-org-branch-2',
  branch3: 'party-org-branch-3',
  branch4: 'party-org-branch-4',
  joint: 'party-org-joint-branch',
} as const;

/** The branches (支部), where members, candidates and 三会一课 are. */
export const BRANCH_IDS = [ORG.branch1, ORG.branch2, ORG.branch3, ORG.branch4, ORG.joint] as const;
export type BranchId = (typeof BRANCH_IDS)[number];

interface OrganisationPlan {
  row: Prisma.PartyOrganizationCreateManyInput & { id: string };
  committee: [personId: string, position: CommitteePosition][];
  /** Earlier terms, renewed by a re-election: [term start, term end, re-election held on, secretary, result]. */
  reElections: { previousTermEndOn: string; heldOn: string; termStartOn: string; termEndOn: string; secretaryPersonId: string; result: string }[];
}

const plans: OrganisationPlan[] = [
  {
    row: {
      id: ORG.leadershipGroup,
      kind: 'LEADERSHIP_GROUP',
      name: '中共上海市松江区机关事务管理局党组',
      organizationId: UNIT.bureau,
      foundedOn: day('2010-03-26'),
      secretaryPersonId: account('leader'),
      termStartOn: day('2022-09-01'),
      termEndOn: day('2027-08-31'),
    },
    committee: [
      [account('leader'), 'SECRETARY'],
      [person('bureau', 1), 'MEMBER'],
      [person('bureau', 2), 'MEMBER'],
      [person('centre', 1), 'MEMBER'],
      [person('procurement', 1), 'MEMBER'],
    ],
    reElections: [],
  },
  {
    row: {
      id: ORG.generalBranch,
      kind: 'GENERAL_BRANCH',
      name: '机关党总支',
      organizationId: UNIT.bureau,
      foundedOn: day('2012-04-10'),
      secretaryPersonId: person('bureau', 2),
      termStartOn: day('2024-04-10'),
      termEndOn: day('2029-04-09'),
    },
    committee: [
      [person('bureau', 2), 'SECRETARY'],
      [account('party'), 'DEPUTY_SECRETARY'],
      [person('partyOffice', 1), 'ORGANISATION'],
      [person('office', 1), 'PROPAGANDA'],
      [person('finance', 1), 'DISCIPLINE'],
    ],
    reElections: [
      { previousTermEndOn: '2021-04-09', heldOn: '2021-04-07', termStartOn: '2021-04-10', termEndOn: '2024-04-09', secretaryPersonId: person('bureau', 2), result: '选举产生第三届机关党总支委员会，委员5名，尹艳当选书记' },
      { previousTermEndOn: '2024-04-09', heldOn: '2024-04-08', termStartOn: '2024-04-10', termEndOn: '2029-04-09', secretaryPersonId: person('bureau', 2), result: '选举产生第四届机关党总支委员会，委员5名，尹艳当选书记' },
    ],
  },
  {
    row: {
      id: ORG.branch1,
      kind: 'BRANCH',
      name: '第一党支部',
      parentId: ORG.generalBranch,
      organizationId: UNIT.office,
      foundedOn: day('2012-05-16'),
      secretaryPersonId: person('partyOffice', 1),
      termStartOn: day('2024-05-21'),
      termEndOn: day('2029-05-20'),
    },
    committee: [
      [person('partyOffice', 1), 'SECRETARY'],
      [person('office', 2), 'ORGANISATION'],
      [person('bureau', 3), 'PROPAGANDA'],
      [person('bureau', 4), 'DISCIPLINE'],
      [person('partyOffice', 3), 'MEMBER'],
    ],
    reElections: [
      { previousTermEndOn: '2021-05-20', heldOn: '2021-05-18', termStartOn: '2021-05-21', termEndOn: '2024-05-20', secretaryPersonId: person('partyOffice', 1), result: '选举产生新一届支部委员会，委员5名，魏玉桂当选书记' },
      { previousTermEndOn: '2024-05-20', heldOn: '2024-05-17', termStartOn: '2024-05-21', termEndOn: '2029-05-20', secretaryPersonId: person('partyOffice', 1), result: '选举产生新一届支部委员会，委员5名，魏玉桂当选书记' },
    ],
  },
  {
    row: {
      id: ORG.branch2,
      kind: 'BRANCH',
      name: '第二党支部',
      parentId: ORG.generalBranch,
      organizationId: UNIT.services,
      foundedOn: day('2012-05-16'),
      secretaryPersonId: account('secretary'),
      termStartOn: day('2024-05-28'),
      termEndOn: day('2029-05-27'),
    },
    committee: [
      [account('secretary'), 'SECRETARY'],
      [person('assets', 1), 'DEPUTY_SECRETARY'],
      [person('finance', 2), 'ORGANISATION'],
      [person('services', 2), 'PROPAGANDA'],
      [person('assets', 3), 'DISCIPLINE'],
    ],
    reElections: [
      { previousTermEndOn: '2021-05-27', heldOn: '2021-05-25', termStartOn: '2021-05-28', termEndOn: '2024-05-27', secretaryPersonId: person('services', 1), result: '选举产生新一届支部委员会，委员5名，钱波思当选书记' },
      { previousTermEndOn: '2024-05-27', heldOn: '2024-05-24', termStartOn: '2024-05-28', termEndOn: '2029-05-27', secretaryPersonId: account('secretary'), result: '选举产生新一届支部委员会，委员5名，郑晓燕当选书记' },
    ],
  },
  {
    row: {
      id: ORG.branch3,
      kind: 'BRANCH',
      name: '第三党支部',
      parentId: ORG.generalBranch,
      organizationId: UNIT.centre,
      foundedOn: day('2013-06-20'),
      secretaryPersonId: person('centre', 2),
      termStartOn: day('2024-06-20'),
      termEndOn: day('2029-06-19'),
    },
    committee: [
      [person('centre', 2), 'SECRETARY'],
      [person('centre', 3), 'DEPUTY_SECRETARY'],
      [person('centre', 5), 'ORGANISATION'],
      [person('centre', 8), 'PROPAGANDA'],
      [person('centre', 4), 'DISCIPLINE'],
    ],
    reElections: [
      { previousTermEndOn: '2021-06-19', heldOn: '2021-06-17', termStartOn: '2021-06-20', termEndOn: '2024-06-19', secretaryPersonId: person('centre', 2), result: '选举产生新一届支部委员会，委员5名，魏霞飞当选书记' },
      { previousTermEndOn: '2024-06-19', heldOn: '2024-06-17', termStartOn: '2024-06-20', termEndOn: '2029-06-19', secretaryPersonId: person('centre', 2), result: '选举产生新一届支部委员会，委员5名，魏霞飞当选书记' },
    ],
  },
  {
    row: {
      id: ORG.branch4,
      kind: 'BRANCH',
      name: '第四党支部',
      parentId: ORG.generalBranch,
      organizationId: UNIT.procurement,
      foundedOn: day('2022-11-18'),
      secretaryPersonId: person('procurement', 2),
      termStartOn: day('2022-11-18'),
      // Ended 2025-11-17 with no re-election recorded: the one organisation flagged.
      termEndOn: day('2025-11-17'),
    },
    committee: [
      [person('procurement', 2), 'SECRETARY'],
      [person('procurement', 4), 'ORGANISATION'],
      [person('procurement', 10), 'PROPAGANDA'],
    ],
    reElections: [],
  },
  {
    row: {
      id: ORG.joint,
      kind: 'BRANCH',
      name: '社会化服务单位联合党支部',
      parentId: ORG.generalBranch,
      organizationId: UNIT.centre,
      isJointBranch: true,
      foundedOn: day('2024-05-20'),
      secretaryPersonId: person('centre', 7),
      termStartOn: day('2024-05-20'),
      termEndOn: day('2027-05-19'),
    },
    committee: [
      [person('centre', 7), 'SECRETARY'],
      [person('centre', 11), 'ORGANISATION'],
      [person('centre', 14), 'PROPAGANDA'],
    ],
    reElections: [],
  },
];

export function seedOrganisations() {
  const organisations = plans.map((plan) => plan.row);
  const committee: Prisma.CommitteeMemberCreateManyInput[] = plans.flatMap((plan) =>
    plan.committee.map(([personId, position], index) => ({ id: `${plan.row.id}-committee-${index + 1}`, partyOrganizationId: plan.row.id, personId, position })),
  );
  const reElections: Prisma.ReElectionCreateManyInput[] = plans.flatMap((plan) =>
    plan.reElections.map((r, index) => ({
      id: `${plan.row.id}-re-election-${index + 1}`,
      partyOrganizationId: plan.row.id,
      heldOn: day(r.heldOn),
      previousTermEndOn: day(r.previousTermEndOn),
      termStartOn: day(r.termStartOn),
      termEndOn: day(r.termEndOn),
      secretaryPersonId: r.secretaryPersonId,
      result: r.result,
    })),
  );
  /** The people every branch's committee names: they must be members of that branch. */
  const committeeOf = new Map(plans.map((plan) => [plan.row.id, plan.committee.map(([personId]) => personId)]));
  return { organisations, committee, reElections, committeeOf };
}
