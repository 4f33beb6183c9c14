import type { Prisma } from '../../prisma/generated/client.ts';

/** The caller's selection of a member (a resolver's Pothos `query`). */
export type PartyMemberQuery = Pick<Prisma.PartyMemberFindUniqueArgs, 'select' | 'include'>;
