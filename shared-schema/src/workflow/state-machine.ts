import { hasRole, type Role, type Viewer } from '../auth/viewer.ts';
import type { Refusal } from '../errors.ts';

/** One verb of a state machine. */
export interface Transition<TState extends string, TRow> {
  /** The states it may start from. */
  from: readonly TState[];
  /** The state it leads to. */
  to: TState;
  /** Who may take it (the mutation's field scope is made from this list too). */
  roles: readonly Role[];
  /** A refusal for this viewer and row beyond state and role (four eyes, the viewer's own unit …), or null. */
  refuse?: (viewer: Viewer, row: TRow) => Refusal | null;
}

export interface StateMachineDefinition<TState extends string, TVerb extends string, TRow> {
  /** The state of a row, e.g. `row.status`, or derived (`row.endedOn ? 'ENDED' : 'ACTIVE'`). */
  stateOf: (row: TRow) => TState;
  transitions: Record<TVerb, Transition<TState, TRow>>;
}

/**
 * The single source of a workflow's verbs: the transition frame (run-transition.ts) refuses with
 * it, the mutations take their role scopes from it, and each type's `allowedActions` field lists
 * what it allows the viewer now, so no frontend keeps a copy. The tables live in the owning
 * subgraph's `domain/`, beside the aggregate they govern.
 */
export function stateMachine<TState extends string, TVerb extends string, TRow>(definition: StateMachineDefinition<TState, TVerb, TRow>) {
  const { stateOf, transitions } = definition;
  const verbs = Object.keys(transitions) as TVerb[];

  /** The state `verb` leads to from `state`, or null when the verb is not allowed there. */
  const next = (state: TState, verb: TVerb): TState | null => (transitions[verb].from.includes(state) ? transitions[verb].to : null);

  /** Why the viewer may not take `verb` on the row now, or null when they may. */
  function refusal(viewer: Viewer, row: TRow, verb: TVerb): Refusal | null {
    const transition = transitions[verb];
    if (!hasRole(viewer, ...transition.roles)) {
      return { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED', message: '没有执行此操作的权限', params: { action: verb.toUpperCase() } };
    }
    const state = stateOf(row);
    if (!next(state, verb)) {
      return {
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
        message: `当前状态（${state}）不能执行此操作，请刷新后重试`,
        params: { from: state, action: verb.toUpperCase() },
      };
    }
    return transition.refuse?.(viewer, row) ?? null;
  }

  return {
    verbs,
    stateOf,
    next,
    refusal,
    /** Who may take `verb`: for the mutation's `authScopes`. */
    rolesFor: (verb: TVerb): Role[] => [...transitions[verb].roles],
    /** The verbs the viewer may take on the row now, in table order. */
    allowed: (viewer: Viewer | null, row: TRow): TVerb[] => (viewer ? verbs.filter((verb) => refusal(viewer, row, verb) === null) : []),
  };
}

export type StateMachine<TState extends string, TVerb extends string, TRow> = ReturnType<typeof stateMachine<TState, TVerb, TRow>>;
