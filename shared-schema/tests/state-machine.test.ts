import { describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer.ts';
import { viewerFixture } from '../src/testing/viewer-fixture.ts';
import { stateMachine } from '../src/workflow/state-machine.ts';

interface Door {
  state: 'OPEN' | 'CLOSED' | 'LOCKED';
  lockedBy?: string;
}

const door = stateMachine<Door['state'], 'close' | 'lock' | 'open', Door>({
  stateOf: (d) => d.state,
  transitions: {
    close: { from: ['OPEN'], to: 'CLOSED', roles: ['UNIT_USER', 'ADMIN'] },
    lock: { from: ['CLOSED'], to: 'LOCKED', roles: ['ADMIN'] },
    open: {
      from: ['CLOSED'],
      to: 'OPEN',
      roles: ['UNIT_USER', 'ADMIN'],
      refuse: (viewer, d) => (d.lockedBy === viewer.accountId ? { code: 'FORBIDDEN', reason: 'OWN_LOCK', message: 'x' } : null),
    },
  },
});

const viewer = (roles: Viewer['roles'], accountId = 'a1'): Viewer => viewerFixture({ accountId, roles, organizationId: null, dataScope: 'ALL', organizationIds: null });

describe('stateMachine', () => {
  it('leads a verb from an allowed state to its target', () => {
    expect(door.next('OPEN', 'close')).toBe('CLOSED');
    expect(door.next('CLOSED', 'lock')).toBe('LOCKED');
  });
  it('refuses a verb from any other state', () => {
    expect(door.next('OPEN', 'lock')).toBeNull();
    expect(door.next('LOCKED', 'open')).toBeNull();
  });
  it('refuses by role first, then by state, then by the row’s own rule, each with its reason', () => {
    expect(door.refusal(viewer(['UNIT_USER']), { state: 'CLOSED' }, 'lock')).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' });
    expect(door.refusal(viewer(['ADMIN']), { state: 'OPEN' }, 'lock')).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      params: { from: 'OPEN', action: 'LOCK' },
    });
    expect(door.refusal(viewer(['ADMIN']), { state: 'CLOSED', lockedBy: 'a1' }, 'open')).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_LOCK' });
    expect(door.refusal(viewer(['ADMIN'], 'a2'), { state: 'CLOSED', lockedBy: 'a1' }, 'open')).toBeNull();
  });
  it('lists what a viewer may do now, and nothing for an anonymous caller', () => {
    expect(door.allowed(viewer(['ADMIN']), { state: 'CLOSED' })).toEqual(['lock', 'open']);
    expect(door.allowed(viewer(['UNIT_USER']), { state: 'CLOSED' })).toEqual(['open']);
    expect(door.allowed(viewer(['ADMIN']), { state: 'CLOSED', lockedBy: 'a1' })).toEqual(['lock']);
    expect(door.allowed(null, { state: 'OPEN' })).toEqual([]);
    expect(door.rolesFor('lock')).toEqual(['ADMIN']);
  });
});
