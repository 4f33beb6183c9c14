import { as, dataOf, expectError } from '@jiguan/runner/testing/demo-client';
import { beforeAll, describe, expect, it } from 'vitest';

const FIELDS = 'id code name shortName kind parent { id }';
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${FIELDS} } }`;
const CENSUS = '{ organizations(first: 1) { totalCount } directoryAuditRecords(first: 1) { totalCount } }';

interface Unit {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  parent: { id: string } | null;
}

let root: Unit;
const census = async () => dataOf(await as('admin', CENSUS));
const input = (overrides: Record<string, unknown> = {}) => ({ name: '测试单位甲', shortName: '测甲', code: 'SJ-TEST-A', kind: 'PUBLIC_INSTITUTION', parentId: root.id, ...overrides });

beforeAll(async () => {
  const roots = dataOf(await as<{ organizations: { edges: Array<{ node: Unit }> } }>('admin', `{ organizations(first: 1, filter: { rootsOnly: true }) { edges { node { ${FIELDS} } } } }`));
  root = roots.organizations.edges[0]!.node;
});

describe('units created and edited by administrators', () => {
  it('creates a unit under its parent and edits it, each with its audit record', async () => {
    const before = await census();
    const created = dataOf(await as<{ createOrganization: Unit }>('admin', CREATE, { input: input({ name: ' 测试单位甲 ' }) }));
    expect(created.createOrganization).toMatchObject({ name: '测试单位甲', shortName: '测甲', code: 'SJ-TEST-A', kind: 'PUBLIC_INSTITUTION', parent: { id: root.id } });
    const id = created.createOrganization.id;

    const edited = dataOf(await as<{ updateOrganization: Unit }>('admin', UPDATE, { id, input: input({ name: '测试单位甲（改）', shortName: null, code: 'SJ-TEST-A2' }) }));
    expect(edited.updateOrganization).toMatchObject({ id, name: '测试单位甲（改）', shortName: null, code: 'SJ-TEST-A2' });

    expect(await census()).toEqual({
      organizations: { totalCount: before.organizations.totalCount + 1 },
      directoryAuditRecords: { totalCount: before.directoryAuditRecords.totalCount + 2 },
    });
    const trail = dataOf(await as('admin', `{ directoryAuditRecords(first: 5, filter: { entity: "Organization", entityId: "${id}" }) { edges { node { action before after } } } }`));
    const records = trail.directoryAuditRecords.edges.map((edge: { node: { action: string; before: string | null; after: string | null } }) => edge.node);
    expect(records.map((record: { action: string }) => record.action)).toEqual(['organization.update', 'organization.create']);
    expect(JSON.parse(records[0].before).code).toBe('SJ-TEST-A');
    expect(JSON.parse(records[0].after).code).toBe('SJ-TEST-A2');
  });

  it('refuses a unit user, and writes nothing', async () => {
    const before = await census();
    expectError(await as('unit', CREATE, { input: input({ code: 'SJ-TEST-U', name: '测试单位乙' }) }), 'FORBIDDEN');
    expectError(await as('unit', UPDATE, { id: root.id, input: input({ code: root.code, name: root.name, parentId: null }) }), 'FORBIDDEN');
    expect(await census()).toEqual(before);
  });

  it('refuses a code or a name another unit has, on its field', async () => {
    const before = await census();
    const duplicate = expectError(await as('admin', CREATE, { input: input({ code: root.code, name: '测试单位丙' }) }), 'BAD_USER_INPUT', 'input.code');
    expect(duplicate?.extensions?.reason).toBe('ORGANIZATION_CODE_TAKEN');
    const sameName = expectError(await as('admin', CREATE, { input: input({ code: 'SJ-TEST-C', name: root.name }) }), 'BAD_USER_INPUT', 'input.name');
    expect(sameName?.extensions?.reason).toBe('ORGANIZATION_NAME_TAKEN');
    expect(await census()).toEqual(before);
  });

  it('refuses a parent that is the unit itself or one of its own units below', async () => {
    const upper = dataOf(await as<{ createOrganization: Unit }>('admin', CREATE, { input: input({ code: 'SJ-TEST-UP', name: '测试上级' }) })).createOrganization;
    const lower = dataOf(await as<{ createOrganization: Unit }>('admin', CREATE, { input: input({ code: 'SJ-TEST-LOW', name: '测试下级', parentId: upper.id }) })).createOrganization;
    const before = await census();
    for (const parentId of [upper.id, lower.id]) {
      const cycle = expectError(await as('admin', UPDATE, { id: upper.id, input: input({ code: upper.code, name: upper.name, parentId }) }), 'BAD_USER_INPUT', 'input.parentId');
      expect(cycle?.extensions?.reason).toBe('ORGANIZATION_CYCLE');
    }
    expect(await census()).toEqual(before);
    // Moving the lower unit to the top is fine.
    const moved = dataOf(await as<{ updateOrganization: Unit }>('admin', UPDATE, { id: lower.id, input: input({ code: lower.code, name: lower.name, parentId: null }) }));
    expect(moved.updateOrganization.parent).toBeNull();
  });
});
