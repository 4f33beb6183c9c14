import { describe, expect, it } from 'vitest';
import { bookingWindowProblem, overlaps, vehicleBookingMachine } from './vehicle-booking.ts';

const at = (time: string) => new Date(`2025-03-10T${time}:00+08:00`);
const window = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe('bookingWindowProblem', () => {
  it('accepts a window that ends after it starts', () => {
    expect(bookingWindowProblem(window('08:00', '12:00'))).toBeNull();
  });
  it('refuses an empty or backwards window, and one over the limit', () => {
    expect(bookingWindowProblem(window('12:00', '12:00'))).not.toBeNull();
    expect(bookingWindowProblem(window('12:00', '08:00'))).not.toBeNull();
    expect(bookingWindowProblem({ startsAt: at('08:00'), endsAt: new Date(at('08:00').getTime() + 73 * 3_600_000) })).not.toBeNull();
  });
});

describe('overlaps', () => {
  it('sees windows that share any time', () => {
    expect(overlaps(window('08:00', '12:00'), window('11:00', '13:00'))).toBe(true);
    expect(overlaps(window('08:00', '12:00'), window('09:00', '10:00'))).toBe(true);
  });
  it('lets one booking start when the other ends', () => {
    expect(overlaps(window('08:00', '12:00'), window('12:00', '14:00'))).toBe(false);
    expect(overlaps(window('12:00', '14:00'), window('08:00', '12:00'))).toBe(false);
  });
});

describe('vehicle booking transitions', () => {
  it('cancels a booking once', () => {
    expect(vehicleBookingMachine.next('BOOKED', 'cancel')).toBe('CANCELLED');
    expect(vehicleBookingMachine.next('CANCELLED', 'cancel')).toBeNull();
  });
});
