import { describe, expect, it } from 'vitest';
import { stateMachine } from './state-machine.ts';

const door = stateMachine<'OPEN' | 'CLOSED' | 'LOCKED', 'close' | 'lock' | 'open'>({
  close: { from: ['OPEN'], to: 'CLOSED' },
  lock: { from: ['CLOSED'], to: 'LOCKED' },
  open: { from: ['CLOSED'], to: 'OPEN' },
});

describe('stateMachine', () => {
  it('leads a verb from an allowed state to its target', () => {
    expect(door.next('OPEN', 'close')).toBe('CLOSED');
    expect(door.next('CLOSED', 'lock')).toBe('LOCKED');
  });
  it('refuses a verb from any other state', () => {
    expect(door.next('OPEN', 'lock')).toBeNull();
    expect(door.next('LOCKED', 'open')).toBeNull();
  });
});
