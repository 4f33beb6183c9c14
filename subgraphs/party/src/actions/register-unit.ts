import type { Prisma } from '../../prisma/generated/client.ts';
import type { PartyContext } from '../context.ts';

/**
 * The local row of a unit party records something in: asked of the directory first (no ghost
 * units), then kept (the seed registers the demo units; a new one enters here).
 */
export async function registerUnit(context: Pick<PartyContext, 'requireDirectoryUnit'>, tx: Prisma.TransactionClient, id: string, field: string): Promise<void> {
  if (await tx.organization.findUnique({ where: { id }, select: { id: true } })) return;
  await context.requireDirectoryUnit(id, field);
  await tx.organization.upsert({ where: { id }, create: { id }, update: {} });
}
