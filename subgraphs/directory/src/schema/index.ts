import { builder } from '../builder.ts';
import './enums.ts';
import './organization.ts';
import './person.ts';
import './user-account.ts';
import './session.ts';
import './audit-record.ts';
import './bi-api-key.ts';
import './bi-database-login.ts';
import './period.ts';

/** The directory's federated schema: Organization and Person are its entities. */
export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
