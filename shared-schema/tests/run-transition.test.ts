import { describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer.ts';
import { defineWorkflow, type TransactionRunner } from '../src/workflow/run-transition.ts';
import { stateMachine } from '../src/workflow/state-machine.ts';

/**
 * The frame's order and guarantees, on an in-memory table whose transaction keeps its writes only
 * when the step returns (the hub tests run the same frame on PostgreSQL, with real races).
 */
interface Row {
  id: string;
  status: 'OPEN' | 'DONE';
  note: string | null;
}
type Tx = { rows: Map<string, Row>; audit: object[]; history: string[] };

function table(rows: Row[]) {
  const committed: Tx = { rows: new Map(rows.map((row) => [row.id, row])), audit: [], history: [] };
  const db: TransactionRunner<Tx & { auditRecord: { create(args: { data: object }): Promise<unknown> } }> = {
    async $transaction(fn) {
      const tx = { rows: new Map([...committed.rows].map(([id, row]) => [id, { ...row }])), audit: [...committed.audit], history: [...committed.history] };
      const client = { ...tx, auditRecord: { create: async ({ data }: { data: object }) => tx.audit.push(data) } };
      const result = await fn(client);
      Object.assign(committed, tx);
      return result;
    },
  };
  return { committed, db };
}

const machine = stateMachine<Row['status'], 'finish', Row>({
  stateOf: (row) => row.status,
  transitions: { finish: { from: ['OPEN'], to: 'DONE', roles: ['ADMIN'] } },
});
const actor = { accountId: 'a1', roles: ['ADMIN'] } as unknown as Viewer;

function workflow(events: string[], changed = 1) {
  return defineWorkflow({
    entity: 'Task',
    noun: '任务',
    machine,
    load: async (tx: Tx & { auditRecord: { create(args: { data: object }): Promise<unknown> } }, id: string) => tx.rows.get(id) ?? null,
    move: async (tx, { row, to, data }) => {
      tx.rows.set(row.id, { ...row, status: to, ...data });
      return changed;
    },
    record: async (tx, { from, to }) => {
      tx.history.push(`${from}→${to}`);
    },
    read: async (tx, id, _query: undefined) => tx.rows.get(id) as Row,
    afterCommit: () => {
      events.push('after commit');
    },
  });
}

describe('the transition frame', () => {
  it('moves the row, writes its history and audit in one transaction, reads it back, then runs the side effects', async () => {
    const events: string[] = [];
    const { committed, db } = table([{ id: 't1', status: 'OPEN', note: null }]);
    const finish = workflow(events).step<{ id: string; note: string }>('finish', {
      data: ({ input }) => ({ note: input.note }),
      effect: async () => {
        events.push('effect in the transaction');
        return { extra: 1 };
      },
    });
    expect(await finish({ actor, db }, { id: 't1', note: '完成' })).toEqual({ id: 't1', status: 'DONE', note: '完成' });
    expect(committed.history).toEqual(['OPEN→DONE']);
    expect(committed.audit).toMatchObject([{ action: 'task.finish', entity: 'Task', entityId: 't1', before: { status: 'OPEN' }, after: { task: { status: 'DONE' }, input: { note: '完成' }, extra: 1 } }]);
    expect(events).toEqual(['effect in the transaction', 'after commit']);
  });

  it('refuses what the machine refuses, and writes nothing then', async () => {
    const events: string[] = [];
    const { committed, db } = table([{ id: 't1', status: 'DONE', note: null }]);
    const finish = workflow(events).step<{ id: string }>('finish');
    await expect(finish({ actor, db }, { id: 't1' })).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'INVALID_TRANSITION' } });
    await expect(finish({ actor: { ...actor, roles: ['LEADER'] }, db }, { id: 't1' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'ROLE_REQUIRED' } });
    await expect(finish({ actor, db }, { id: 'nope' })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(committed.audit).toEqual([]);
    expect(events).toEqual([]);
  });

  it('loses cleanly when another request moved the row first: CONFLICT, nothing kept, no side effects', async () => {
    const events: string[] = [];
    const { committed, db } = table([{ id: 't1', status: 'OPEN', note: null }]);
    const finish = workflow(events, 0).step<{ id: string }>('finish');
    await expect(finish({ actor, db }, { id: 't1' })).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'LOST_RACE' } });
    expect(committed.rows.get('t1')?.status).toBe('OPEN');
    expect(committed.history).toEqual([]);
    expect(events).toEqual([]);
  });

  it('runs a step’s own check before anything is written', async () => {
    const { committed, db } = table([{ id: 't1', status: 'OPEN', note: null }]);
    const finish = workflow([]).step<{ id: string }>('finish', {
      check: async () => ({ code: 'BAD_USER_INPUT', reason: 'TOO_EARLY', field: 'on', message: '太早' }),
    });
    await expect(finish({ actor, db }, { id: 't1' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'TOO_EARLY', field: 'on' } });
    expect(committed.rows.get('t1')?.status).toBe('OPEN');
  });
});
