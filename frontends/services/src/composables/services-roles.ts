import type { Role } from '@jiguan/kit';

/*
 * Who may open which pages of the services domain, as the services subgraph decides it (its
 * domain/access.ts). The UI only uses these to choose the pages a role is offered; the buttons of
 * a record come from the server (`allowedActions`), and the subgraph enforces every rule.
 */

/** Everyone who reads the domain: staff and admins everything, leaders read all, a unit user its own unit's records. */
export const servicesReaders: readonly Role[] = ['ADMIN', 'LEADER', 'SERVICES_STAFF', 'UNIT_USER'];
/** The bureau's pages (canteens, providers, safety, the overview): staff, admins and leaders. */
export const servicesStaffReaders: readonly Role[] = ['ADMIN', 'LEADER', 'SERVICES_STAFF'];
/** Record and change anything in the domain (approve bookings, run the gate, assign work orders …). */
export const servicesWriters: readonly Role[] = ['ADMIN', 'SERVICES_STAFF'];
/** The unit's own requests: book a room, register a visitor, file a work order or feedback. */
export const servicesRequesters: readonly Role[] = ['ADMIN', 'SERVICES_STAFF', 'UNIT_USER'];
