import { defineScopeRules, EVERYONE } from '@jiguan/shared-schema/scope/scope-rules';
import type { Prisma } from '../prisma/generated/client.ts';

/**
 * Which rows of the services domain a viewer sees (the hub's data scope, see
 * shared-schema/src/auth/visible-unit-ids.ts): give every model you add its rule, as paths to the
 * unit columns that make a row visible (`{ units: ['organizationId'] }`).
 */
export const servicesScopeRules = defineScopeRules<Prisma.ModelName>({
  rules: {
    Organization: EVERYONE,
    // The rooms are open to every reader (a unit user books them); a booking is its unit's.
    MeetingRoom: EVERYONE,
    RoomBooking: { units: ['organizationId'] },
    Visit: { units: ['organizationId'] },
    WorkOrder: { units: ['organizationId'] },
    Feedback: { units: ['organizationId'] },
    // The canteens, providers and the fleet's driving record are the bureau's own: open to every reader of the domain.
    Canteen: EVERYONE,
    MealCount: EVERYONE,
    WasteSample: EVERYONE,
    KitchenWasteWeighing: EVERYONE,
    IngredientPurchase: EVERYONE,
    // The menu is open to every reader; a meal order is its person's own, and its unit's.
    MenuDish: EVERYONE,
    MealOrder: { units: ['organizationId'], self: { column: 'personId', is: 'person' } },
    ServiceProvider: EVERYONE,
    ProviderTraining: EVERYONE,
    ProviderContract: EVERYONE,
    ProviderAssessment: EVERYONE,
    VehicleRecordEvent: EVERYONE,
    SecurityActivity: EVERYONE,
    // The trail is for staff and admins (field scope); it names no unit.
    AuditRecord: EVERYONE,
  },
  // Who may see a booking may see the room it is in.
  grants: ['RoomBooking.meetingRoom'],
});
