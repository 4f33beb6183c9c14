import type { Role } from '@jiguan/kit';

/*
 * Who may do what in the party domain, as the party subgraph decides it (its domain/access.ts).
 * The UI only uses these to choose the pages a role is offered; the buttons of a record come from
 * the server (`allowedActions`, `canManage`), and the subgraph enforces every rule.
 */

/** The staff pages: Party staff and administrators read and write, leaders read everything. */
export const partyStaffReaders: readonly Role[] = ['ADMIN', 'LEADER', 'PARTY_STAFF'];
/** Record and change anything in every branch. */
export const partyWriters: readonly Role[] = ['ADMIN', 'PARTY_STAFF'];
/** A member's own page (and, for a branch secretary, their branch's pages). */
export const partyMembers: readonly Role[] = ['UNIT_USER'];
