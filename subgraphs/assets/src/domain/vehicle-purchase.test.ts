import { describe, expect, it } from 'vitest';
import { vehiclePurchaseMachine } from './vehicle-purchase.ts';

describe('vehicle purchase approval', () => {
  it('decides a pending request either way', () => {
    expect(vehiclePurchaseMachine.next('PENDING', 'approve')).toBe('APPROVED');
    expect(vehiclePurchaseMachine.next('PENDING', 'reject')).toBe('REJECTED');
  });
  it('decides it only once', () => {
    expect(vehiclePurchaseMachine.next('APPROVED', 'reject')).toBeNull();
    expect(vehiclePurchaseMachine.next('REJECTED', 'approve')).toBeNull();
  });
});
