/**
 * The rows the party seed writes, checked for what the published figures do not show: nothing
 * after AS_OF, real directory people only, committees and meetings of members, dues at the
 * brackets, the demo accounts as the contract describes them, and exactly the documented 三会一课 gaps.
 */
import { DEMO_PEOPLE } from '@jiguan/demo-data/songjiang-people';
import { describe, expect, it } from 'vitest';
import { partyDataset } from '../seed.ts';
import { AS_OF, day, isoDay, monthsBetween } from './calendar.ts';
import { duesRateBasisPoints } from './members.ts';
import { BRANCH_IDS, ORG } from './organisations.ts';
import { BUREAU_PEOPLE } from './people.ts';

const data = partyDataset();
const asOf = day(AS_OF);
const memberByPerson = new Map(data.members.members.map((m) => [m.personId, m]));

describe('the party demo dataset', () => {
  it('is the same row for row every time', () => {
    expect(JSON.stringify(partyDataset())).toBe(JSON.stringify(data));
  });

  it('holds nothing after AS_OF', () => {
    const dates = [
      ...data.meetings.meetings.map((m) => m.heldOn),
      ...data.members.dues.map((d) => d.paidOn),
      ...data.letters.signatures.map((s) => s.signedOn),
      ...data.development.steps.map((s) => s.decidedOn),
      ...data.honours.map((h) => h.awardedOn),
      ...data.cadreAppointments.map((c) => c.appointedOn),
      ...data.education.map((e) => e.heldOn),
    ] as Date[];
    expect(dates.filter((d) => d > asOf)).toEqual([]);
  });

  it('names only people the directory seeds', () => {
    const known = new Set([...DEMO_PEOPLE.map((p) => p.id), ...BUREAU_PEOPLE.map((p) => p.id)]);
    const named = [
      ...data.members.members.map((m) => m.personId),
      ...data.development.candidates.flatMap((c) => [c.personId, ...(c.introducerPersonIds as string[])]),
      ...data.organisations.committee.map((c) => c.personId),
      ...data.meetings.attendance.map((a) => a.personId),
      ...data.letters.signatures.map((s) => s.personId),
      ...data.honours.flatMap((h) => (h.personId ? [h.personId] : [])),
      ...data.cadreAppointments.map((c) => c.personId),
      ...data.rectificationTasks.map((t) => t.ownerPersonId),
    ];
    expect(named.filter((id) => !known.has(id))).toEqual([]);
    expect(data.members.members.length).toBeGreaterThanOrEqual(60);
    expect(data.members.members.length).toBeLessThanOrEqual(90);
  });

  it('seats only members on committees, a branch\'s secretary in that branch', () => {
    expect(data.organisations.committee.filter((c) => !memberByPerson.has(c.personId))).toEqual([]);
    for (const branch of data.organisations.organisations.filter((o) => o.kind === 'BRANCH')) {
      expect(memberByPerson.get(branch.secretaryPersonId!)?.branchId, branch.name).toBe(branch.id);
    }
  });

  it('records at a branch meeting only that branch\'s members', () => {
    const branchOf = new Map(data.meetings.meetings.map((m) => [m.id, m.partyOrganizationId]));
    const strangers = data.meetings.attendance.filter((a) => {
      const org = branchOf.get(a.meetingId)!;
      return org !== ORG.leadershipGroup && memberByPerson.get(a.personId)?.branchId !== org;
    });
    expect(strangers).toEqual([]);
  });

  it('computes every payment by the bracket of its income', () => {
    const wrong = data.members.dues.filter((d) => {
      const income = Number(d.baseIncome);
      const rate = duesRateBasisPoints(income);
      return Number(d.rate) * 10000 !== rate || d.amount !== ((Math.round(income * 100 * rate) / 10000) / 100).toFixed(2);
    });
    expect(wrong).toEqual([]);
    expect([duesRateBasisPoints(3000), duesRateBasisPoints(3000.01), duesRateBasisPoints(5000), duesRateBasisPoints(5000.01), duesRateBasisPoints(10000), duesRateBasisPoints(10000.01)]).toEqual([50, 100, 100, 150, 150, 200]);
  });

  it('makes the demo secretary the secretary of 第二党支部 and the demo member a full member of it with months unpaid this year', () => {
    const branch2 = data.organisations.organisations.find((o) => o.name === '第二党支部')!;
    expect(branch2.secretaryPersonId).toBe('person-demo-secretary');
    const member = memberByPerson.get('person-demo-member')!;
    expect(member).toMatchObject({ branchId: branch2.id, status: 'FULL' });
    const paid2026 = data.members.dues.filter((d) => d.memberId === member.id && isoDay(d.month as Date).startsWith('2026')).map((d) => isoDay(d.month as Date).slice(5, 7));
    expect(paid2026).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
  });

  it('leaves exactly the documented 三会一课 gaps in 2024 and 2025', () => {
    const monthly = ['COMMITTEE_MEETING', 'GROUP_MEETING', 'THEME_DAY'];
    const quarterly = ['GENERAL_MEETING', 'PARTY_LECTURE'];
    const held = new Set(data.meetings.meetings.map((m) => `${m.partyOrganizationId}|${m.kind}|${isoDay(m.heldOn as Date).slice(0, 7)}`));
    const heldInQuarter = (branch: string, kind: string, month: Date) => {
      const q = Math.floor(month.getUTCMonth() / 3) * 3;
      return [0, 1, 2].some((i) => held.has(`${branch}|${kind}|${month.getUTCFullYear()}-${String(q + i + 1).padStart(2, '0')}`));
    };
    const gaps: string[] = [];
    for (const branch of BRANCH_IDS) {
      const founded = data.organisations.organisations.find((o) => o.id === branch)!.foundedOn as Date;
      for (const month of monthsBetween(day('2024-01-01'), day('2025-12-01'))) {
        if (month < day(isoDay(founded).slice(0, 8) + '01')) continue;
        const ym = isoDay(month).slice(0, 7);
        for (const kind of monthly) if (!held.has(`${branch}|${kind}|${ym}`)) gaps.push(`${branch} ${kind} ${ym}`);
        if (month.getUTCMonth() % 3 === 2) for (const kind of quarterly) if (!heldInQuarter(branch, kind, month)) gaps.push(`${branch} ${kind} ${ym}`);
      }
    }
    // The joint branch, founded 2024-05-20, met from its founding day on.
    expect(gaps).toEqual([
      `${ORG.branch1} COMMITTEE_MEETING 2024-08`,
      `${ORG.branch3} PARTY_LECTURE 2024-09`,
      `${ORG.branch4} GROUP_MEETING 2025-02`,
    ]);
  });
});
