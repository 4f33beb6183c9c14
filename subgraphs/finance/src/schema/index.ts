import { builder } from '../builder.ts';
import './organization.ts';
// The aggregates of the domain, one file each
import './account-set.ts';
import './payment.ts';
import './payroll.ts';
import './meal-card.ts';
import './period.ts';
import './audit-record.ts';

/** The finance subgraph's federated schema. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
