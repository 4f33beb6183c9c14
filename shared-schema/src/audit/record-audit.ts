import type { Viewer } from '../auth/viewer.ts';

/** A JSON value as Prisma writes it into a `Json` column. */
type JsonSnapshot = string | number | boolean | { readonly [key: string]: JsonSnapshot | null } | readonly (JsonSnapshot | null)[];

export interface AuditEntry {
  actor: Viewer;
  /** Verb in the form `entity.verb`, e.g. `disposal.approve`. */
  action: string;
  entity: string;
  entityId: string;
  /** The row before and after the change (null when created or deleted); kept as JSON. */
  before: object | null;
  after: object | null;
}

/**
 * What the helper needs of a subgraph's transaction client: its `AuditRecord` model. Every
 * subgraph keeps the same model (actorId, action, entity, entityId, before, after, createdAt) in
 * its own schema.
 */
export interface AuditTransaction {
  auditRecord: {
    create(args: {
      data: { actorId: string; action: string; entity: string; entityId: string; before?: JsonSnapshot; after?: JsonSnapshot };
    }): PromiseLike<unknown>;
  };
}

/** A row as JSON: Decimals as strings, dates as ISO strings. */
function snapshot(row: object | null): JsonSnapshot | undefined {
  return row === null ? undefined : (JSON.parse(JSON.stringify(row)) as JsonSnapshot);
}

/** Writes the audit record inside the caller's transaction, so change and record land together. */
export function recordAudit(tx: AuditTransaction, entry: AuditEntry): PromiseLike<unknown> {
  return tx.auditRecord.create({
    data: {
      actorId: entry.actor.accountId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}
