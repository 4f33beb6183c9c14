import { builder } from '../builder.ts';

/** A person of the directory (the owner): bookkeepers, payroll lines' and cards' people. */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});
