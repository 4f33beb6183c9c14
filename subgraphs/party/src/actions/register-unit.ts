import type { Prisma } from '../../prisma/generated/client.ts';

/**
 * Keeps the local row of a unit party records something in (the seed registers the demo units; a
 * new one enters here). The caller has asked the directory first (`requireDirectoryUnit`, before
 * its transaction: no call to another service while a transaction holds a connection).
 */
export async function registerUnit(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.organization.upsert({ where: { id }, create: { id }, update: {} });
}
