import { allocationEndProblem } from '../domain/room-allocation.ts';
import { roomAllocationWorkflow } from './room-allocation-workflow.ts';

/** Ends a unit's hold on a room. */
export const endRoomAllocation = roomAllocationWorkflow.step<{ id: string; endedOn: Date }>('end', {
  check: (_tx, { row, input }) => allocationEndProblem(row, input.endedOn),
  data: ({ input }) => ({ endedOn: input.endedOn }),
});
