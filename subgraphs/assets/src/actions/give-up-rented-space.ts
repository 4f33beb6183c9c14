import { giveUpDateProblem } from '../domain/rented-space.ts';
import { rentedSpaceWorkflow } from './rented-space-workflow.ts';

/** Gives rented-in space up (退租), on or after the day the rent started. */
export const giveUpRentedSpace = rentedSpaceWorkflow.step<{ id: string; givenUpOn: Date }>('giveUp', {
  check: (_tx, { row, input }) => giveUpDateProblem(row, input.givenUpOn),
  data: ({ input }) => ({ givenUpOn: input.givenUpOn }),
});
