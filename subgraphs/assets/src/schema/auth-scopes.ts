import type { HubContext } from '@jiguan/shared-schema/context';
import { ASSETS_READERS, ASSETS_WRITERS, canSeeUnit } from '../domain/access.ts';

/** Field scopes of this domain; which rows a reader sees is decided by the queries (domain/visibility.ts). */
export const readers = { anyRole: ASSETS_READERS };
export const writers = { anyRole: ASSETS_WRITERS };

/** For fields on a unit: the unit's records are for readers whose scope includes that unit. */
export const unitReaders = (unit: { id: string }, _args: unknown, context: HubContext) =>
  context.viewer !== null && canSeeUnit(context.viewer, unit.id);

/** The district-wide figures are for those who see every unit: staff, admins and leaders. */
export const figureReaders = { anyRole: ASSETS_READERS.filter((role) => role !== 'UNIT_USER') };
