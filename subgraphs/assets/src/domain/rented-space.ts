import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import { ASSETS_WRITERS } from './access.ts';

interface RentedSpaceForRules {
  startsOn: Date;
  givenUpOn: Date | null;
}

/** Rented-in space is given up (退租) once. */
export const rentedSpaceMachine = stateMachine<'RENTED' | 'GIVEN_UP', 'giveUp', RentedSpaceForRules>({
  stateOf: (space) => (space.givenUpOn ? 'GIVEN_UP' : 'RENTED'),
  transitions: { giveUp: { from: ['RENTED'], to: 'GIVEN_UP', roles: ASSETS_WRITERS } },
});

/** Space is given up on or after the day the rent started. */
export function giveUpDateProblem(space: RentedSpaceForRules, givenUpOn: Date): Refusal | null {
  return givenUpOn < space.startsOn ? { code: 'BAD_USER_INPUT', reason: 'BEFORE_START', field: 'givenUpOn', message: '退租日期不能早于起租日期' } : null;
}
