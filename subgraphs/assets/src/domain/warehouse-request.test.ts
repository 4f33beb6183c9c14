import { describe, expect, it } from 'vitest';
import { warehouseRequestMachine } from './warehouse-request.ts';

describe('warehouse request transitions', () => {
  it('decides a pending request either way', () => {
    expect(warehouseRequestMachine.next('PENDING', 'approve')).toBe('APPROVED');
    expect(warehouseRequestMachine.next('PENDING', 'reject')).toBe('REJECTED');
  });
  it('decides a request only once', () => {
    expect(warehouseRequestMachine.next('APPROVED', 'reject')).toBeNull();
    expect(warehouseRequestMachine.next('REJECTED', 'approve')).toBeNull();
  });
});
