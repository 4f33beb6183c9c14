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
    // A payroll run is its unit's; a salary line is the person's own (finance staff see every row; leaders are kept out by PayrollLine's field scope).
    PayrollRun: { units: ['organizationId'] },
    PayrollLine: { units: [], self: { column: 'personId', is: 'person' } },
    // A card is its person's, and its unit's (balances and movements are the person's: field scope);
    // its movements and refund are the person's own; the clean-ups are the staff's (field scope).
    MealCard: { units: ['organizationId'], self: { column: 'personId', is: 'person' } },
    MealCardTopUp: { units: [], self: { column: 'card.personId', is: 'person' } },
    MealCardSpending: { units: [], self: { column: 'card.personId', is: 'person' } },
    MealCardRefund: { units: [], self: { column: 'card.personId', is: 'person' } },
    MealCardCleanUp: EVERYONE,
    // The trail is for staff and admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
  },
  // Who may see a closing may see its account set.
  grants: ['MonthlyClosing.accountSet', 'PaymentRequest.accountSet', 'PayrollLine.run'],
});
