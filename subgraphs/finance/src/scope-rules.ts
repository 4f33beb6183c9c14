import { defineScopeRules, EVERYONE } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

/**
 * Which rows of the finance domain a viewer sees (the hub's data scope, see
 * shared-schema/src/auth/visible-unit-ids.ts): give every model you add its rule, as paths to the
 * unit columns that make a row visible (`{ units: ['organizationId'] }`).
 */
export const financeScopeRules = defineScopeRules<Prisma.ModelName>({
  rules: {
    Organization: EVERYONE,
    // A unit's books are its own: a unit user sees its unit's account sets and their closings.
    AccountSet: { units: ['organizationId'] },
    MonthlyClosing: { units: ['accountSet.organizationId'] },
    FinanceParameter: EVERYONE,
    // A payment is its paying unit's; the classifications are a catalogue open to every reader.
    PaymentRequest: { units: ['organizationId'] },
    EconomicClassification: EVERYONE,
    // The trail is for staff and admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
  },
  // Who may see a closing may see its account set.
  grants: ['MonthlyClosing.accountSet', 'PaymentRequest.accountSet'],
});
