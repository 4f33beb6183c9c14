import { describe, expect, it } from 'vitest';
import { disposalMachine, disposalTargetProblem, mayDecide } from './disposal.ts';

const VERBS = ['submit', 'approve', 'reject', 'execute'] as const;

describe('disposal transitions', () => {
  it('runs DRAFT → SUBMITTED → APPROVED → EXECUTED', () => {
    expect(disposalMachine.next('DRAFT', 'submit')).toBe('SUBMITTED');
    expect(disposalMachine.next('SUBMITTED', 'approve')).toBe('APPROVED');
    expect(disposalMachine.next('APPROVED', 'execute')).toBe('EXECUTED');
  });
  it('lets a submitted disposal be rejected, and ends there', () => {
    expect(disposalMachine.next('SUBMITTED', 'reject')).toBe('REJECTED');
    for (const verb of VERBS) expect(disposalMachine.next('REJECTED', verb)).toBeNull();
  });
  it('refuses every other step', () => {
    expect(disposalMachine.next('DRAFT', 'approve')).toBeNull();
    expect(disposalMachine.next('DRAFT', 'execute')).toBeNull();
    expect(disposalMachine.next('SUBMITTED', 'execute')).toBeNull();
    expect(disposalMachine.next('APPROVED', 'reject')).toBeNull();
    for (const verb of VERBS) expect(disposalMachine.next('EXECUTED', verb)).toBeNull();
  });
});

describe('mayDecide', () => {
  it('keeps the submitter from deciding their own disposal', () => {
    expect(mayDecide('account-a', 'account-a')).toBe(false);
    expect(mayDecide('account-a', 'account-b')).toBe(true);
  });
});

describe('disposalTargetProblem', () => {
  it('accepts a property with or without a register entry', () => {
    expect(disposalTargetProblem({ assetKind: 'PROPERTY', method: 'DEMOLITION' })).toBeNull();
    expect(disposalTargetProblem({ assetKind: 'PROPERTY', method: 'TRANSFER', buildingId: 'b1' })).toBeNull();
  });
  it('needs the vehicle or item a vehicle or item disposal is about', () => {
    expect(disposalTargetProblem({ assetKind: 'VEHICLE', method: 'SCRAP' })?.field).toBe('vehicleId');
    expect(disposalTargetProblem({ assetKind: 'WAREHOUSE_ITEM', method: 'SCRAP' })?.field).toBe('itemId');
    expect(disposalTargetProblem({ assetKind: 'VEHICLE', method: 'SALE', vehicleId: 'v1' })).toBeNull();
  });
  it('refuses an asset of another kind', () => {
    expect(disposalTargetProblem({ assetKind: 'VEHICLE', method: 'SCRAP', vehicleId: 'v1', buildingId: 'b1' })?.field).toBe('buildingId');
    expect(disposalTargetProblem({ assetKind: 'PROPERTY', method: 'SCRAP', itemId: 'i1' })?.field).toBe('itemId');
  });
  it('demolishes only buildings', () => {
    expect(disposalTargetProblem({ assetKind: 'VEHICLE', method: 'DEMOLITION', vehicleId: 'v1' })?.field).toBe('method');
  });
});
