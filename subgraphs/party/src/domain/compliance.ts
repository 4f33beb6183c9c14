import type { MeetingKind } from '../../prisma/generated/enums.ts';
import { monthStart } from './dues.ts';

/**
 * 三会一课: a branch holds a 支部委员会 and a 党小组会 at least every month, a 支部党员大会 and a
 * 党课 at least every quarter (《中国共产党支部工作条例（试行）》第十九条).
 */
export const MONTHLY_MEETINGS: readonly MeetingKind[] = ['COMMITTEE_MEETING', 'GROUP_MEETING'];
export const QUARTERLY_MEETINGS: readonly MeetingKind[] = ['GENERAL_MEETING', 'PARTY_LECTURE'];

export interface MonthCompliance {
  /** The first day of the month. */
  month: Date;
  /** False for a month not over yet, or before the branch was founded: nothing is missing there yet. */
  checked: boolean;
  held: { kind: MeetingKind; count: number }[];
  /** The kinds the rules want and the month (its quarter, in a quarter's last month) lacks. */
  missing: MeetingKind[];
  compliant: boolean;
}

/**
 * The months of a branch's year against the rules: each monthly kind must be held in the month;
 * each quarterly kind somewhere in the quarter, which is judged in the quarter's last month.
 */
export function branchCompliance(
  year: number,
  branch: { foundedOn: Date },
  meetings: readonly { kind: MeetingKind; heldOn: Date }[],
  today: Date,
): MonthCompliance[] {
  const counts = new Map<string, number>();
  const key = (month: number, kind: MeetingKind) => `${month}:${kind}`;
  for (const meeting of meetings) {
    if (meeting.heldOn.getUTCFullYear() !== year) continue;
    const k = key(meeting.heldOn.getUTCMonth(), meeting.kind);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const count = (month: number, kind: MeetingKind) => counts.get(key(month, kind)) ?? 0;
  const founded = monthStart(branch.foundedOn);

  return Array.from({ length: 12 }, (_, month) => {
    const start = new Date(Date.UTC(year, month, 1));
    const end = new Date(Date.UTC(year, month + 1, 1));
    const checked = end <= today && start >= founded;
    const held = KINDS.map((kind) => ({ kind, count: count(month, kind) })).filter((entry) => entry.count > 0);
    const missing: MeetingKind[] = [];
    if (checked) {
      for (const kind of MONTHLY_MEETINGS) if (count(month, kind) === 0) missing.push(kind);
      if (month % 3 === 2) {
        const quarter = [month - 2, month - 1, month];
        for (const kind of QUARTERLY_MEETINGS) if (quarter.every((m) => count(m, kind) === 0)) missing.push(kind);
      }
    }
    return { month: start, checked, held, missing, compliant: checked && missing.length === 0 };
  });
}

const KINDS: readonly MeetingKind[] = ['GENERAL_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY', 'CENTRAL_GROUP_STUDY'];
