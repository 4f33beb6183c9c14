import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditFilterInput, useAuditTrail } from './use-audit-trail';

const record = {
  id: 'audit-1',
  createdAt: '2026-12-07T02:00:00.000Z',
  actorId: 'account-admin',
  action: 'userAccount.setRoles',
  entity: 'UserAccount',
  entityId: 'account-unit',
  before: '{"roles":["UNIT_USER"]}',
  after: '{"roles":["UNIT_USER","LEADER"]}',
};
const page = (node: object | null) => ({
  records: {
    totalCount: node ? 1 : 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: node ? 'c' : null, endCursor: node ? 'c' : null },
    edges: node ? [{ cursor: 'c', node }] : [],
  },
});

describe('useAuditTrail', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the directory trail first, then the filter given, then the trail chosen with the filter kept', async () => {
    const requests = stubGateway({
      DirectoryAuditRecords: data(page(record)),
      AdminAssetsAuditRecords: data(page(null)),
      AdminServicesAuditRecords: data(page(null)),
      AdminPartyAuditRecords: data(page(null)),
    });
    const trail = useAuditTrail();
    await vi.waitFor(() => expect(trail.table.rows).toEqual([record]));
    expect(requests[0]).toMatchObject({ operation: 'DirectoryAuditRecords', variables: { first: 20, filter: {} } });

    Object.assign(trail.filter, { entity: ' UserAccount ', actorId: 'account-admin' });
    await trail.apply();
    expect(requests[1]?.variables).toEqual({ first: 20, filter: { entity: 'UserAccount', actorId: 'account-admin' } });

    trail.state.trail = 'party';
    await vi.waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2]).toMatchObject({ operation: 'AdminPartyAuditRecords', variables: { first: 20, filter: { entity: 'UserAccount', actorId: 'account-admin' } } });
    await vi.waitFor(() => expect(trail.table.rows).toEqual([]));

    await trail.clear();
    expect(requests[3]).toMatchObject({ operation: 'AdminPartyAuditRecords', variables: { first: 20, filter: {} } });
    expect(trail.filter).toEqual({ entity: '', entityId: '', actorId: '', action: '' });
  });

  it('sends only the fields filled in', () => {
    expect(auditFilterInput({ entity: '', entityId: '  ', actorId: '', action: 'disposal.approve' })).toEqual({ action: 'disposal.approve' });
  });
});
