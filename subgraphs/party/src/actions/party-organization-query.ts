import type { Prisma } from '../../prisma/generated/client.ts';

/** The caller's selection of a Party organisation (a resolver's Pothos `query`). */
export type PartyOrganizationQuery = Pick<Prisma.PartyOrganizationFindUniqueArgs, 'select' | 'include'>;
