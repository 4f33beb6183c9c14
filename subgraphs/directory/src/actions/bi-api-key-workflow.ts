import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { biApiKeyMachine } from '../domain/bi-api-key.ts';
import { biApiKeySnapshot } from './bi-api-key-snapshot.ts';

/** A key has no relations, so a selection is all a caller's query can hold. */
export type BiApiKeyQuery = Pick<Prisma.BiApiKeyFindUniqueArgs, 'select'>;

/** A key's one step (revoke) and how it is loaded, moved and read back. */
export const biApiKeyWorkflow = defineWorkflow({
  entity: 'BiApiKey',
  noun: 'BI 接口密钥',
  machine: biApiKeyMachine,
  snapshot: biApiKeySnapshot,
  load: (tx: Prisma.TransactionClient, id: string) => tx.biApiKey.findUnique({ where: { id } }),
  move: async (tx, { row, data }) => (await tx.biApiKey.updateMany({ where: { id: row.id, revokedAt: null }, data })).count,
  read: (tx, id, query: BiApiKeyQuery | undefined) => tx.biApiKey.findUniqueOrThrow({ ...query, where: { id } }),
});
