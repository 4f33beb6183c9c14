import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import type { Viewer } from '@jiguan/shared-schema/auth/viewer';
import type { ArchiveDocumentKind } from '../../prisma/generated/enums.ts';
import { prisma } from '../db.ts';
import { requireBuilding } from './require-building.ts';

export interface AddArchiveDocumentInput {
  buildingId: string;
  name: string;
  kind: ArchiveDocumentKind;
  documentDate: Date;
}

/** Files a document in a property's archive. */
export async function addArchiveDocument(actor: Viewer, input: AddArchiveDocumentInput) {
  return prisma.$transaction(async (tx) => {
    await requireBuilding(tx, input.buildingId, 'input.buildingId');
    const document = await tx.archiveDocument.create({ data: { ...input, name: input.name.trim() } });
    await recordAudit(tx, { actor, action: 'archiveDocument.add', entity: 'ArchiveDocument', entityId: document.id, before: null, after: document });
    return document;
  });
}
