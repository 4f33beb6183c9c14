import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';

/**
 * A person of the directory (the owner): party names people by id — members, candidates,
 * secretaries, attendees — and adds the person's membership to the entity.
 */
export const PersonRef = builder.externalRef('Person', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    // Nullable: another person's membership is personal (their own, their branch secretary's, Party staff's).
    partyMembership: t.prismaField({
      type: 'PartyMember',
      nullable: true,
      authScopes: partyAccess.read,
      description: 'Their Party membership, where the viewer may see it (their own; their branch secretary; Party staff)',
      resolve: (query, person, _args, context) => context.db.partyMember.findUnique({ ...query, where: { personId: person.id } }),
    }),
  }),
});

/** A field naming a person by the id in a column. */
export const personField = <T>(id: (row: T) => string) => ({ type: PersonRef, resolve: (row: T) => ({ id: id(row) }) });
