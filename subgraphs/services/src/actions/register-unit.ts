import type { Prisma } from '../../prisma/generated/client.ts';

/**
 * Keeps the local row of a unit services records something for (the seed registers the demo units;
 * a new one enters here). The caller has asked the directory first (`requireDirectoryUnit`, before
 * its transaction), or the unit is the viewer's own from the verified token.
 */
export async function registerUnit(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.organization.upsert({ where: { id }, create: { id }, update: {} });
}
