import { leaseEndProblem } from '../domain/lease.ts';
import { leaseWorkflow } from './lease-workflow.ts';

/** Ends a lease or loan before its term, on a day within it. */
export const endLease = leaseWorkflow.step<{ id: string; endedOn: Date }>('end', {
  check: (_tx, { row, input }) => leaseEndProblem(row, input.endedOn),
  data: ({ input }) => ({ endedOn: input.endedOn }),
});
