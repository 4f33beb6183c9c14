import { defineAuditRecordType } from '@jiguan/shared-schema/schema/audit-record-type';
import { builder } from '../builder.ts';
import { FINANCE_WRITERS } from '../domain/access.ts';

/** FinanceAuditRecord and financeAuditRecords: the trail, for staff and admins. */
defineAuditRecordType(builder, { domain: 'Finance', readers: FINANCE_WRITERS });
