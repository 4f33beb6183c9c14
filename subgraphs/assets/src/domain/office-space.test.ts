import { describe, expect, it } from 'vitest';
import { Prisma } from '../../prisma/generated/client.ts';
import { officeSpaceUsage } from './office-space.ts';

const d = (value: string) => new Prisma.Decimal(value);

describe('officeSpaceUsage', () => {
  it('divides the office area by the approved posts, to the cent', () => {
    const usage = officeSpaceUsage({ officeArea: d('500.00'), approvedHeadcount: 30, allowedArea: d('520.00') });
    expect(usage.areaPerPerson?.toFixed(2)).toBe('16.67');
    expect(usage.overStandard).toBe(false);
  });
  it('flags a unit holding more than the standard allows, not one holding exactly that', () => {
    expect(officeSpaceUsage({ officeArea: d('520.01'), approvedHeadcount: 30, allowedArea: d('520.00') }).overStandard).toBe(true);
    expect(officeSpaceUsage({ officeArea: d('520.00'), approvedHeadcount: 30, allowedArea: d('520.00') }).overStandard).toBe(false);
  });
  it('has no per-person figure without approved posts', () => {
    const usage = officeSpaceUsage({ officeArea: d('12.00'), approvedHeadcount: 0, allowedArea: d('0') });
    expect(usage.areaPerPerson).toBeNull();
    expect(usage.overStandard).toBe(true);
  });
});
