import type { Refusal } from '@jiguan/shared-schema/errors';
import { stateMachine } from '@jiguan/shared-schema/workflow/state-machine';
import { ASSETS_WRITERS } from './access.ts';

interface RoomAllocationForRules {
  startsOn: Date;
  endedOn: Date | null;
}

/** A unit holds a room until it gives it back, once: its usage certificate (使用凭证) ends that day. */
export const roomAllocationMachine = stateMachine<'HELD' | 'ENDED', 'end', RoomAllocationForRules>({
  stateOf: (allocation) => (allocation.endedOn ? 'ENDED' : 'HELD'),
  transitions: { end: { from: ['HELD'], to: 'ENDED', roles: ASSETS_WRITERS } },
});

/** A room is given back on or after the day it was given. */
export function allocationEndProblem(allocation: RoomAllocationForRules, endedOn: Date): Refusal | null {
  return endedOn < allocation.startsOn ? { code: 'BAD_USER_INPUT', reason: 'BEFORE_START', field: 'endedOn', message: '结束日期不能早于开始日期' } : null;
}
