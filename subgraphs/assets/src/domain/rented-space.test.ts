import { describe, expect, it } from 'vitest';
import { giveUpProblem } from './rented-space.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('giveUpProblem', () => {
  const space = { startsOn: day('2021-03-01'), givenUpOn: null };
  it('lets a space be given up on or after its start', () => {
    expect(giveUpProblem(space, day('2021-03-01'))).toBeNull();
    expect(giveUpProblem(space, day('2024-06-30'))).toBeNull();
  });
  it('refuses a date before the start as bad input', () => {
    expect(giveUpProblem(space, day('2021-02-28'))).toEqual({ conflict: false, message: expect.any(String) });
  });
  it('refuses giving up twice as a conflict', () => {
    expect(giveUpProblem({ ...space, givenUpOn: day('2024-06-30') }, day('2024-07-01'))?.conflict).toBe(true);
  });
});
