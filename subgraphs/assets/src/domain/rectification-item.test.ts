import { describe, expect, it } from 'vitest';
import { isOverdue, rectificationItemMachine } from './rectification-item.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('rectification item transitions', () => {
  it('goes OPEN → RECTIFYING → SUBMITTED → VERIFIED', () => {
    expect(rectificationItemMachine.next('OPEN', 'start')).toBe('RECTIFYING');
    expect(rectificationItemMachine.next('RECTIFYING', 'submit')).toBe('SUBMITTED');
    expect(rectificationItemMachine.next('SUBMITTED', 'verify')).toBe('VERIFIED');
  });
  it('sends a submitted item back when the check fails', () => {
    expect(rectificationItemMachine.next('SUBMITTED', 'reject')).toBe('RECTIFYING');
  });
  it('refuses skipping a step or touching a verified item', () => {
    expect(rectificationItemMachine.next('OPEN', 'submit')).toBeNull();
    expect(rectificationItemMachine.next('OPEN', 'verify')).toBeNull();
    expect(rectificationItemMachine.next('RECTIFYING', 'verify')).toBeNull();
    for (const verb of ['start', 'submit', 'verify', 'reject'] as const) expect(rectificationItemMachine.next('VERIFIED', verb)).toBeNull();
  });
});

describe('isOverdue', () => {
  const today = day('2024-12-01');
  it('flags open and in-progress items past their due date', () => {
    expect(isOverdue({ status: 'OPEN', dueOn: day('2024-11-30') }, today)).toBe(true);
    expect(isOverdue({ status: 'RECTIFYING', dueOn: day('2024-11-30') }, today)).toBe(true);
  });
  it('does not flag items due today or later, nor items the unit has handed in', () => {
    expect(isOverdue({ status: 'OPEN', dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: 'SUBMITTED', dueOn: day('2024-01-01') }, today)).toBe(false);
    expect(isOverdue({ status: 'VERIFIED', dueOn: day('2024-01-01') }, today)).toBe(false);
  });
});
