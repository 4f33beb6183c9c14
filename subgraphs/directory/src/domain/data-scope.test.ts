import { describe, expect, it } from 'vitest';
import { scopeOrganizationIds } from './data-scope.ts';

const tree = [
  { id: 'district', parentId: null },
  { id: 'bureau', parentId: 'district' },
  { id: 'assets-section', parentId: 'bureau' },
  { id: 'audit-office', parentId: 'district' },
];

describe('scopeOrganizationIds', () => {
  it('puts no limit on scope ALL', () => {
    expect(scopeOrganizationIds('ALL', 'bureau', tree)).toBeNull();
  });
  it('limits DEPARTMENT to the own unit', () => {
    expect(scopeOrganizationIds('DEPARTMENT', 'bureau', tree)).toEqual(['bureau']);
  });
  it('adds every unit below for UNIT_AND_CHILDREN', () => {
    expect(scopeOrganizationIds('UNIT_AND_CHILDREN', 'district', tree)?.sort()).toEqual(
      ['assets-section', 'audit-office', 'bureau', 'district'],
    );
    expect(scopeOrganizationIds('UNIT_AND_CHILDREN', 'bureau', tree)?.sort()).toEqual(['assets-section', 'bureau']);
  });
  it('gives SELF and an account without a unit no unit at all', () => {
    expect(scopeOrganizationIds('SELF', 'bureau', tree)).toEqual([]);
    expect(scopeOrganizationIds('UNIT_AND_CHILDREN', null, tree)).toEqual([]);
  });
});
