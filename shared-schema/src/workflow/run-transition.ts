import { recordAudit, type AuditTransaction } from '../audit/record-audit.ts';
import { auditSnapshot } from '../audit/audit-snapshot.ts';
import type { Viewer } from '../auth/viewer.ts';
import { ConflictError, NotFoundError, refusalError, type Refusal } from '../errors.ts';
import type { StateMachine } from './state-machine.ts';

/** A client that runs an interactive transaction: the request's scoped Prisma client. */
export interface TransactionRunner<TTx> {
  $transaction<R>(fn: (tx: TTx) => Promise<R>, options?: { isolationLevel?: 'Serializable' | 'RepeatableRead' | 'ReadCommitted'; timeout?: number }): Promise<R>;
}

/** Who acts, and through which client: every action receives this. */
export interface ActionContext<TDb> {
  actor: Viewer;
  db: TDb;
}

export interface StepState<TState extends string, TRow, TInput> {
  /** The verb taken (`approve`), for a history row that names its step. */
  verb: string;
  row: TRow;
  from: TState;
  to: TState;
  input: TInput;
  actor: Viewer;
}

/** One aggregate's workflow: how its rows are loaded, moved, recorded and read back. */
export interface WorkflowDefinition<
  TTx extends AuditTransaction,
  TState extends string,
  TVerb extends string,
  TRow extends { id: string },
  TQuery,
  TResult extends object,
> {
  /** The audit's entity, and the first part of its actions: `Disposal` → `disposal.approve`. */
  entity: string;
  /** How a person names one, for messages: 处置申请. */
  noun: string;
  machine: StateMachine<TState, TVerb, TRow>;
  /** Loads the row with what the machine's rules read. Through the scoped client: a row outside the viewer's scope is not found. */
  load(tx: TTx, id: string): Promise<TRow | null>;
  /**
   * The conditional update: sets `to` (and `data`) only where the row is still in `from`, and
   * answers how many rows changed. 0 means another request moved it first: the step then loses
   * cleanly with CONFLICT and nothing of it is written.
   */
  move(tx: TTx, step: { row: TRow; from: TState; to: TState; data: object }): Promise<number>;
  /** Reads the row back after the step with the caller's selection (a resolver's Pothos `query`): the answer, in the same transaction. */
  read(tx: TTx, id: string, query: TQuery | undefined): Promise<TResult>;
  /** Writes the step's history row (who, when, from → to, why), where the aggregate keeps one. */
  record?(tx: TTx, step: StepState<TState, TRow, Record<string, unknown>>): Promise<unknown>;
  /** Side effects after the commit (notifications); never inside the transaction. */
  afterCommit?(step: StepState<TState, TRow, Record<string, unknown>>): void | Promise<void>;
  /** What the audit keeps of a row; default its columns (audit-snapshot.ts). An account leaves out its password hash. */
  snapshot?(row: object): object;
  /** The transaction's isolation, where a rule reads other rows (the last administrator); default the database's. */
  isolationLevel?: 'Serializable';
}

export interface StepDefinition<TTx, TState extends string, TRow, TInput> {
  /**
   * A refusal of this step beyond the machine's (an end date before the start, the last administrator),
   * checked in the transaction before anything is written.
   */
  check?(tx: TTx, step: StepState<TState, TRow, TInput>): Refusal | null | Promise<Refusal | null>;
  /** Columns changed together with the state, e.g. the decision date or a note. */
  data?(step: StepState<TState, TRow, TInput>): object;
  /** Further changes in the same transaction (pieces issued, stock freed); what it returns goes into the audit record. */
  effect?(tx: TTx, step: StepState<TState, TRow, TInput>): Promise<object>;
}

const lowerFirst = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

const withoutId = ({ id: _id, ...rest }: { id: string }) => rest;

/**
 * The one transition frame of the hub. A verb file declares its step; the frame runs it as one
 * transaction: load the row → let the state machine refuse (role, state, the row's own rules such
 * as four eyes) → the conditional update → the history row → the step's effect → the audit record
 * → read the row back with the caller's selection; then, after the commit, the side effects.
 */
export function defineWorkflow<
  TTx extends AuditTransaction,
  TState extends string,
  TVerb extends string,
  TRow extends { id: string },
  TQuery,
  TResult extends object,
>(workflow: WorkflowDefinition<TTx, TState, TVerb, TRow, TQuery, TResult>) {
  const snapshot = workflow.snapshot ?? auditSnapshot;
  return {
    machine: workflow.machine,
    /** The action of one verb: `(context, input, query)` → the row after the step, read with `query`. */
    step<TInput extends { id: string }>(verb: TVerb, definition: StepDefinition<TTx, TState, TRow, TInput> = {}) {
      return async (context: ActionContext<TransactionRunner<TTx>>, input: TInput, query?: TQuery): Promise<TResult> => {
        const { actor, db } = context;
        let done: StepState<TState, TRow, TInput> | undefined;
        const result = await db.$transaction(async (tx) => {
          const row = await workflow.load(tx, input.id);
          if (!row) throw new NotFoundError(workflow.noun, input.id);
          const refusal = workflow.machine.refusal(actor, row, verb);
          if (refusal) throw refusalError(refusal);
          const from = workflow.machine.stateOf(row);
          const to = workflow.machine.next(from, verb) as TState;
          const step = { verb, row, from, to, input, actor };
          const problem = await definition.check?.(tx, step);
          if (problem) throw refusalError(problem);
          const changed = await workflow.move(tx, { row, from, to, data: definition.data?.(step) ?? {} });
          if (changed === 0) {
            throw new ConflictError(`${workflow.noun}已被他人处理，请刷新后重试`, { reason: 'LOST_RACE', params: { what: workflow.noun } });
          }
          await workflow.record?.(tx, step);
          const outcome = (await definition.effect?.(tx, step)) ?? {};
          const after = await workflow.read(tx, row.id, query);
          await recordAudit(tx, {
            actor,
            action: `${lowerFirst(workflow.entity)}.${verb}`,
            entity: workflow.entity,
            entityId: row.id,
            before: snapshot(row),
            // The row after the step, under its entity's name, beside what the step was given and what its effect changed.
            after: { [lowerFirst(workflow.entity)]: snapshot(after), input: withoutId(input), ...outcome },
          });
          done = step;
          return after;
        }, workflow.isolationLevel ? { isolationLevel: workflow.isolationLevel } : undefined);
        if (done) await workflow.afterCommit?.(done);
        return result;
      };
    },
  };
}
