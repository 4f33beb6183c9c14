import { defineScopeRules, EVERYONE } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

/**
 * Which rows of the directory a viewer sees (the hub's data scope): every unit (the unit tree is
 * every signed-in user's to read), the people of the units in their scope and themselves, and the
 * accounts of those people; the account field scopes keep accounts to admins and their owners.
 */
export const directoryScopeRules = defineScopeRules<Prisma.ModelName>({
  rules: {
    Organization: EVERYONE,
    Person: { units: ['organizationId'], self: { column: 'id', is: 'person' } },
    UserAccount: { units: ['person.organizationId'], self: { column: 'id', is: 'account' } },
    // The trail is for admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
    // Administrators only (field scope); a key's units are its scope, not its owner.
    BiApiKey: EVERYONE,
  },
  grants: [
    // A person's unit, an account's person: implied by the rules above.
    'Person.organization',
    'UserAccount.person',
  ],
});
