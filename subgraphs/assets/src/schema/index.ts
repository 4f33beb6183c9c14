import { builder } from '../builder.ts';
import './enums.ts';
import './organization.ts';
// Properties and their space
import './building.ts';
import './survey.ts';
import './archive-document.ts';
import './room.ts';
import './room-allocation.ts';
import './space-usage.ts';
// Inspections
import './inspection.ts';
import './rectification-item.ts';
// Idle properties, leases, space rented in
import './revitalisation-plan.ts';
import './handover.ts';
import './lease.ts';
import './rented-space.ts';
// Public warehouse
import './warehouse.ts';
import './warehouse-item.ts';
import './warehouse-request.ts';
import './warehouse-issue.ts';
// Disposals
import './disposal.ts';
// Official vehicles
import './vehicle.ts';
import './vehicle-purchase-approval.ts';
import './fuel-top-up.ts';
import './trip.ts';
import './service-record.ts';
import './vehicle-booking.ts';
// Audit trail and the year's figures
import './audit-record.ts';
import './period.ts';

/** The assets subgraph's federated schema: owns Building, adds this domain's records to Organization and its figures to Period. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
