import { describe, expect, it } from 'vitest';
import type { MeetingKind } from '../../prisma/generated/enums.ts';
import { branchCompliance } from './compliance.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day('2026-12-04');
const branch = { foundedOn: day('2020-01-01') };

/** A quarter (Jan–Mar 2024) held by the book: 支委会 and 党小组会 each month, 党员大会 and 党课 once. */
const completeQuarter: { kind: MeetingKind; heldOn: Date }[] = [
  ...['01', '02', '03'].flatMap((m) => [
    { kind: 'COMMITTEE_MEETING' as const, heldOn: day(`2024-${m}-05`) },
    { kind: 'GROUP_MEETING' as const, heldOn: day(`2024-${m}-12`) },
  ]),
  { kind: 'GENERAL_MEETING', heldOn: day('2024-02-20') },
  { kind: 'PARTY_LECTURE', heldOn: day('2024-03-26') },
];

describe('三会一课 compliance', () => {
  it('finds a complete quarter compliant in each of its months', () => {
    const months = branchCompliance(2024, branch, completeQuarter, today).slice(0, 3);
    expect(months.map((m) => m.compliant)).toEqual([true, true, true]);
    expect(months[2]?.held).toEqual([
      { kind: 'COMMITTEE_MEETING', count: 1 },
      { kind: 'GROUP_MEETING', count: 1 },
      { kind: 'PARTY_LECTURE', count: 1 },
    ]);
  });

  it('names the one monthly meeting a month lacks', () => {
    const withoutFebruaryCommittee = completeQuarter.filter((m) => !(m.kind === 'COMMITTEE_MEETING' && m.heldOn.getUTCMonth() === 1));
    const [january, february] = branchCompliance(2024, branch, withoutFebruaryCommittee, today);
    expect(january?.compliant).toBe(true);
    expect(february?.missing).toEqual(['COMMITTEE_MEETING']);
  });

  it('names a quarterly kind missing from the whole quarter in the quarter’s last month', () => {
    const noLecture = completeQuarter.filter((m) => m.kind !== 'PARTY_LECTURE');
    const months = branchCompliance(2024, branch, noLecture, today);
    expect(months[0]?.compliant).toBe(true);
    expect(months[2]?.missing).toEqual(['PARTY_LECTURE']);
  });

  it('does not judge months not over yet, nor before the branch was founded', () => {
    const months = branchCompliance(2026, { foundedOn: day('2026-03-10') }, [], today);
    expect(months.map((m) => m.checked)).toEqual([false, false, true, true, true, true, true, true, true, true, true, false]);
    expect(months[0]?.missing).toEqual([]);
    expect(months[2]?.missing).toEqual(['COMMITTEE_MEETING', 'GROUP_MEETING', 'GENERAL_MEETING', 'PARTY_LECTURE']);
  });
});
