import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { Prisma } from '../../prisma/generated/client.ts';

export interface AuditEntry {
  actor: Viewer;
  /** Verb in the form `entity.verb`, e.g. `disposal.approve`. */
  action: string;
  entity: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/** A row as JSON: Decimals as strings, dates as ISO strings. */
function snapshot(row: object | null): Prisma.InputJsonValue | undefined {
  return row === null ? undefined : (JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue);
}

/** Writes the audit record inside the caller's transaction, so change and record land together. */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
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
