import { builder } from '../builder.ts';
import './organization.ts';
// The aggregates of the domain, one file each
import './audit-record.ts';
import './meeting-room.ts';
import './room-booking.ts';
import './visit.ts';
import './work-order.ts';
import './feedback.ts';
import './canteen.ts';
import './menu-dish.ts';
import './meal-order.ts';
import './provider.ts';
import './vehicle-event.ts';
import './security-activity.ts';
import './period.ts';

/** The services subgraph's federated schema. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
