/** One verb of a state machine: the states it may start from and the state it leads to. */
export interface Transition<TState extends string> {
  from: readonly TState[];
  to: TState;
}

export interface StateMachine<TState extends string, TVerb extends string> {
  /** The state `verb` leads to from `state`, or null when the verb is not allowed there. */
  next(state: TState, verb: TVerb): TState | null;
}

/** A state machine from a table of verbs; the tables live beside the aggregate they govern. */
export function stateMachine<TState extends string, TVerb extends string>(
  transitions: Record<TVerb, Transition<TState>>,
): StateMachine<TState, TVerb> {
  return {
    next: (state, verb) => (transitions[verb].from.includes(state) ? transitions[verb].to : null),
  };
}
