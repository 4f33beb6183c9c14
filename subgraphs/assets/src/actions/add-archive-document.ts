import { auditSnapshot } from '@jiguan/shared-schema/audit/audit-snapshot';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Prisma } from '../../prisma/generated/client.ts';
import type { AssetsActionContext } from '../context.ts';
import type { AddArchiveDocumentInput } from '../schema/archive-document.ts';
import { requireBuilding } from './require-building.ts';

/** Files a document in a property's archive. */
export async function addArchiveDocument(
  { actor, db }: AssetsActionContext,
  input: typeof AddArchiveDocumentInput.$inferInput,
  query?: Pick<Prisma.ArchiveDocumentFindUniqueArgs, 'select' | 'include'>,
) {
  return db.$transaction(async (tx) => {
    await requireBuilding(tx, input.buildingId, 'input.buildingId');
    const document = await tx.archiveDocument.create({ ...query, data: input });
    await recordAudit(tx, { actor, action: 'archiveDocument.add', entity: 'ArchiveDocument', entityId: document.id, before: null, after: auditSnapshot(document) });
    return document;
  });
}
