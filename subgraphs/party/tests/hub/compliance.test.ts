import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, as, createTestBranch, dataOf, expectError, peopleOf } from './client.ts';

/** The 三会一课 compliance check through the gateway, on months made by hand in a branch of the test's own. */
let branch = '';
let members: string[] = [];

const record = (kind: string, heldOn: string, user: Parameters<typeof as>[0] = 'unit', attendance?: unknown[]) =>
  as(user, 'mutation ($input: RecordPartyMeetingInput!) { recordPartyMeeting(input: $input) { id kind heldOn presentCount absentCount } }', {
    input: {
      partyOrganizationId: branch,
      kind,
      heldOn,
      topic: '学习贯彻党的二十届三中全会精神',
      place: '三楼会议室',
      attendance: attendance ?? [
        { personId: members[0], present: true },
        { personId: members[1], present: false, absenceReason: '公务外出' },
      ],
    },
  });

const compliance = async (year: number) => {
  const { organisationalLifeCompliance } = dataOf(
    await as('unit', 'query ($y: Int!, $b: ID) { organisationalLifeCompliance(year: $y, branchId: $b) { branch { id } compliant months { month checked compliant missing held { kind count } } } }', { y: year, b: branch }),
  );
  expect(organisationalLifeCompliance).toHaveLength(1);
  return organisationalLifeCompliance[0];
};

beforeAll(async () => {
  branch = await createTestBranch('组织生活测试支部', { foundedOn: '2022-06-15' });
  members = await peopleOf('区司法局', 2);
  for (const person of members) await addMember(branch, person);
});

describe('三会一课 compliance', () => {
  it('finds a complete quarter compliant, names what a month lacks, and judges quarterly kinds in the quarter’s last month', async () => {
    for (const month of ['01', '02', '03']) {
      dataOf(await record('COMMITTEE_MEETING', `2023-${month}-05`));
      dataOf(await record('GROUP_MEETING', `2023-${month}-12`));
    }
    dataOf(await record('GENERAL_MEETING', '2023-02-20'));
    // The second quarter: every month's meetings but no 党课, and May without a 支委会.
    for (const month of ['04', '05', '06']) if (month !== '05') dataOf(await record('COMMITTEE_MEETING', `2023-${month}-05`));
    for (const month of ['04', '05', '06']) dataOf(await record('GROUP_MEETING', `2023-${month}-12`));
    dataOf(await record('GENERAL_MEETING', '2023-05-20'));

    const before = await compliance(2023);
    expect(before.months.slice(0, 3).map((m: any) => [m.month, m.compliant, m.missing])).toEqual([
      ['2023-01-01', true, []],
      ['2023-02-01', true, []],
      ['2023-03-01', false, ['PARTY_LECTURE']],
    ]);
    expect(before.months[4]).toMatchObject({ month: '2023-05-01', compliant: false, missing: ['COMMITTEE_MEETING'] });
    expect(before.months[5].missing).toEqual(['PARTY_LECTURE']);
    expect(before.months[6].missing).toEqual(['COMMITTEE_MEETING', 'GROUP_MEETING']);
    expect(before.compliant).toBe(false);

    // The missing lecture, recorded, turns March green.
    dataOf(await record('PARTY_LECTURE', '2023-03-26'));
    const after = await compliance(2023);
    expect(after.months[2]).toMatchObject({ compliant: true, missing: [], held: [{ kind: 'COMMITTEE_MEETING', count: 1 }, { kind: 'GROUP_MEETING', count: 1 }, { kind: 'PARTY_LECTURE', count: 1 }] });
  });

  it('does not judge months before the branch was founded, nor months not over yet', async () => {
    const founding = await compliance(2022);
    expect(founding.months.map((m: any) => m.checked)).toEqual([false, false, false, false, false, true, true, true, true, true, true, true]);
    const future = await compliance(2030);
    expect(future.months.every((m: any) => !m.checked && m.missing.length === 0)).toBe(true);
  });

  it('records attendance of the branch’s members only, and meetings of the branch’s kind', async () => {
    const stranger = (await peopleOf('区财政局', 1))[0];
    const refused = expectError(await record('THEME_DAY', '2023-07-01', 'unit', [{ personId: stranger, present: true }]), 'BAD_USER_INPUT', 'input.attendance.0.personId');
    expect(refused?.extensions?.reason).toBe('NOT_A_MEMBER_OF_BRANCH');
    expect(expectError(await record('CENTRAL_GROUP_STUDY', '2023-07-01'), 'BAD_USER_INPUT', 'input.kind')?.extensions?.reason).toBe('MEETING_KIND_NOT_FOR_ORGANIZATION');
    const theme = dataOf(await record('THEME_DAY', '2023-07-01')).recordPartyMeeting;
    expect(theme).toMatchObject({ presentCount: 1, absentCount: 1 });
    expectError(await record('THEME_DAY', '2023-07-02', 'leader'), 'FORBIDDEN');
  });
});
