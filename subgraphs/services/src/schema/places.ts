import { builder } from '../builder.ts';

/** A person of the directory (the owner): organisers, hosts, requesters. */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** A property of the assets register (the owner): where a room, canteen, gate or repair is. */
export const BuildingRef = builder.externalRef('Building', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** An official vehicle of the assets register (the owner): whose driving record an event is. */
export const VehicleRef = builder.externalRef('Vehicle', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

/**
 * The assets building of a row, as a reference. Assets shows a building only to the units it
 * houses (and to its readers with a wider scope), so for other viewers the gateway resolves it to
 * null: `buildingId` beside it stays for them.
 */
export const buildingField = (description: string) => ({ type: BuildingRef, nullable: true, description: `${description}; null where assets does not show the building to the viewer` }) as const;
