import { describe, expect, it } from 'vitest';
import { as, AUDIT_UNIT, dataOf, expectError, FINANCE_UNIT, sql } from './client.ts';

/** 访客登记: pre-registration by the host, the gate's steps, personal data masked, the retention purge. */
const REGISTER = 'mutation ($input: RegisterVisitInput!) { registerVisit(input: $input) { id status phone idNumber visitorName allowedActions organization { id } } }';
const step = (verb: string, id: string) => [`mutation ($input: VisitStepInput!) { ${verb}(input: $input) { id status allowedActions } }`, { input: { id } }] as const;
const visitor = (hours = 2) => ({
  visitorName: '陈志明',
  visitorOrganization: '上海市松江区某设计院',
  phone: '13816605678',
  idNumber: '11010519491231002x',
  carPlate: '沪A12345',
  expectedAt: new Date(Date.now() + hours * 3600_000).toISOString(),
  purpose: '项目对接',
  buildingId: 'building-0010',
});

describe('visitors', () => {
  it('a host pre-registers a visitor for its own unit; the gate checks them in and out', async () => {
    const visit = dataOf(await as('unit', REGISTER, { input: visitor() })).registerVisit;
    expect(visit).toMatchObject({ status: 'EXPECTED', phone: '****5678', idNumber: '****002X', organization: { id: AUDIT_UNIT }, allowedActions: ['CANCEL'] });
    expectError(await as('unit', REGISTER, { input: { ...visitor(), organizationId: FINANCE_UNIT } }), 'BAD_USER_INPUT', 'input.organizationId');
    expectError(await as('unit', ...step('checkInVisit', visit.id)), 'FORBIDDEN');
    expect(dataOf(await as('services', ...step('checkInVisit', visit.id))).checkInVisit.status).toBe('CHECKED_IN');
    expectError(await as('services', ...step('checkInVisit', visit.id)), 'CONFLICT');
    expectError(await as('unit', ...step('cancelVisit', visit.id)), 'CONFLICT');
    expect(dataOf(await as('services', ...step('checkOutVisit', visit.id))).checkOutVisit.status).toBe('CHECKED_OUT');
  });

  it('marks a no-show only an hour after the expected time', async () => {
    const visit = dataOf(await as('unit', REGISTER, { input: visitor(1) })).registerVisit;
    const early = await as('services', ...step('markVisitNoShow', visit.id));
    expect(early.errors?.[0]?.extensions?.reason).toBe('VISIT_NOT_DUE');
    await sql(`UPDATE services."Visit" SET "expectedAt" = now() - interval '2 hours' WHERE id = $1`, [visit.id]);
    expect(dataOf(await as('services', ...step('markVisitNoShow', visit.id))).markVisitNoShow.status).toBe('NO_SHOW');
  });

  it('never returns the ID number or phone whole, except to services staff on the record’s own query', async () => {
    const visit = dataOf(await as('unit', REGISTER, { input: visitor() })).registerVisit;
    const PERSONAL = 'query ($id: ID!) { visitPersonalData(visitId: $id) { phone idNumber } }';
    expect(dataOf(await as('services', PERSONAL, { id: visit.id })).visitPersonalData).toEqual({ phone: '13816605678', idNumber: '11010519491231002X' });
    for (const user of ['unit', 'leader', 'admin'] as const) expectError(await as(user, PERSONAL, { id: visit.id }), 'FORBIDDEN');
    for (const user of ['unit', 'leader', 'services'] as const) {
      const text = JSON.stringify(await as(user, '{ visits(first: 200) { edges { node { phone idNumber visitorName } } } }'));
      expect(text).not.toContain('13816605678');
      expect(text).not.toContain('11010519491231002X');
    }
    const trail = JSON.stringify(await as('admin', '{ servicesAuditRecords(first: 200) { edges { node { before after } } } }'));
    expect(trail).not.toContain('13816605678');
    expect(trail).not.toContain('陈志明');
  });

  it('purges the personal fields of visits older than the retention period, keeping the row and the audit', async () => {
    const visit = dataOf(await as('unit', REGISTER, { input: visitor() })).registerVisit;
    await as('unit', ...step('cancelVisit', visit.id));
    await sql(`UPDATE services."Visit" SET "expectedAt" = now() - interval '400 days' WHERE id = $1`, [visit.id]);
    expectError(await as('unit', 'mutation { purgeVisits }'), 'FORBIDDEN');
    expectError(await as('services', 'mutation { purgeVisits(input: { olderThanDays: 5 }) }'), 'BAD_USER_INPUT', 'input.olderThanDays');
    expect(dataOf(await as('services', 'mutation { purgeVisits(input: { olderThanDays: 365 }) }')).purgeVisits).toBeGreaterThanOrEqual(1);
    const { visit: after } = dataOf(await as('services', 'query ($id: ID!) { visit(id: $id) { status visitorName visitorOrganization phone idNumber carPlate purgedAt } }', { id: visit.id }));
    expect(after).toMatchObject({ status: 'CANCELLED', visitorName: null, visitorOrganization: null, phone: null, idNumber: null, carPlate: null });
    expect(after.purgedAt).toBeTruthy();
    expect(dataOf(await as('services', 'query ($id: ID!) { visitPersonalData(visitId: $id) { phone } }', { id: visit.id })).visitPersonalData).toBeNull();
    const { servicesAuditRecords } = dataOf(await as('admin', 'query ($id: ID!) { servicesAuditRecords(filter: { entityId: $id }) { totalCount } }', { id: visit.id }));
    expect(servicesAuditRecords.totalCount).toBe(2);
  });
});
