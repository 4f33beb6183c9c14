import { builder } from '../builder.ts';
import './organization.ts';
import './person.ts';
// The aggregates of the domain, one file each
import './party-organization.ts';
import './party-member.ts';
import './candidate.ts';
import './party-meeting.ts';
import './education-activity.ts';
import './responsibility-letter.ts';
import './honour.ts';
import './cadre-appointment.ts';
import './rectification-task.ts';
// Audit trail and the year's figures
import './audit-record.ts';
import './period.ts';

/** The party subgraph's federated schema: owns the Party organisations and their records, adds memberships to Person, Party organisations to Organization and its figures to Period. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
