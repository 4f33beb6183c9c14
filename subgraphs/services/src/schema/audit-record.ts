import { defineAuditRecordType } from '@jiguan/shared-schema/schema/audit-record-type';
import { builder } from '../builder.ts';
import { SERVICES_WRITERS } from '../domain/access.ts';

/** ServicesAuditRecord and servicesAuditRecords: the trail, for staff and admins. */
defineAuditRecordType(builder, { domain: 'Services', readers: SERVICES_WRITERS });
