import { defineAuditRecordType } from '@jiguan/shared-schema/schema/audit-record-type';
import { builder } from '../builder.ts';
import { PARTY_WRITERS } from '../domain/access.ts';

/** PartyAuditRecord and partyAuditRecords: the trail, for staff and admins. */
defineAuditRecordType(builder, { domain: 'Party', readers: PARTY_WRITERS });
