import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import { describe, expect, it } from 'vitest';
import { giveUpDateProblem, rentedSpaceMachine } from './rented-space.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const staff = { accountId: 'a', roles: ['ASSETS_STAFF'] } as unknown as Viewer;

describe('giving up rented space', () => {
  const space = { startsOn: day('2021-03-01'), givenUpOn: null };
  it('lets a space be given up on or after its start', () => {
    expect(giveUpDateProblem(space, day('2021-03-01'))).toBeNull();
    expect(giveUpDateProblem(space, day('2024-06-30'))).toBeNull();
    expect(rentedSpaceMachine.refusal(staff, space, 'giveUp')).toBeNull();
  });
  it('refuses a date before the start as bad input', () => {
    expect(giveUpDateProblem(space, day('2021-02-28'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'givenUpOn', message: expect.any(String) });
  });
  it('refuses giving up twice as a conflict', () => {
    expect(rentedSpaceMachine.refusal(staff, { ...space, givenUpOn: day('2024-06-30') }, 'giveUp')?.code).toBe('CONFLICT');
  });
});
