import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BranchComplianceRow } from './compliance-query';
import { cellState, gapCount, meetingDateFor, useCompliance } from './use-compliance';

const row = {
  compliant: false,
  branch: { id: 'b2', name: '第二党支部', canManage: true },
  months: [
    { month: '2024-07-01', checked: true, compliant: true, missing: [], held: [] },
    { month: '2024-08-01', checked: true, compliant: false, missing: ['COMMITTEE_MEETING'], held: [] },
    { month: '2024-09-01', checked: true, compliant: false, missing: ['PARTY_LECTURE'], held: [] },
    { month: '2024-12-01', checked: false, compliant: false, missing: [], held: [] },
  ],
} as BranchComplianceRow;

describe('the compliance table', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells complied months, gaps and months not judged yet apart', () => {
    expect(row.months.map(cellState)).toEqual(['compliant', 'gap', 'gap', 'unchecked']);
    expect(gapCount([row])).toBe(2);
  });

  it('dates a meeting recorded for a gap on the month’s last day, never after today', () => {
    expect(meetingDateFor('2024-08-01', '2026-03-05')).toBe('2024-08-31');
    expect(meetingDateFor('2024-02-01', '2026-03-05')).toBe('2024-02-29');
    expect(meetingDateFor('2026-03-01', '2026-03-05')).toBe('2026-03-05');
  });

  it('loads the year, and again when another is picked', async () => {
    const requests = stubGateway({ PartyCompliance: data({ organisationalLifeCompliance: [row] }) });
    const compliance = useCompliance({ year: 2024 });
    await vi.waitFor(() => expect(compliance.rows.value).toEqual([row]));
    compliance.year.value = 2025;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([{ year: 2024 }, { year: 2025 }]);
  });
});
