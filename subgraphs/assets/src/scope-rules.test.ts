import { compileScopeRules } from '@jiguan/shared-schema/scope/scope-query';
import { describe, expect, it } from 'vitest';
import { getDatamodel } from '../prisma/generated/pothos-types.ts';
import { assetsScopeRules } from './scope-rules.ts';

const rules = compileScopeRules(getDatamodel(), assetsScopeRules);
const auditOffice = { units: ['org-audit'], personId: null, accountId: 'a' };
const audit = { in: ['org-audit'] };

describe('the assets scope rules', () => {
  it('limit a unit user to properties their unit owns or uses', () => {
    expect(rules.where('Building', auditOffice)).toEqual({ OR: [{ owningUnitId: audit }, { usingUnitId: audit }] });
  });
  it('follow a record to the unit it belongs to', () => {
    expect(rules.where('RectificationItem', auditOffice)).toEqual({ OR: [{ problem: { is: { inspection: { is: { organizationId: audit } } } } }] });
    expect(rules.where('VehicleBooking', auditOffice)).toEqual({ OR: [{ organizationId: audit }, { vehicle: { is: { organizationId: audit } } }] });
    expect(rules.where('Trip', auditOffice)).toEqual({ OR: [{ vehicle: { is: { organizationId: audit } } }] });
  });
  it('keep the warehouse catalogue and the office-space standard open to every reader', () => {
    for (const model of ['WarehouseItem', 'Warehouse', 'OfficeSpaceStandard', 'Organization'] as const) expect(rules.where(model, auditOffice)).toBeUndefined();
  });
});
