import { builder } from '../builder.ts';

/** A building of the assets register (the owner): services names it by id for its meeting rooms. */
export const BuildingRef = builder.externalRef('Building', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

/** A person of the directory (the owner): organisers, hosts, requesters. */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});
