import { defineAuditRecordType } from '@jiguan/shared-schema/schema/audit-record-type';
import { builder } from '../builder.ts';

/** DirectoryAuditRecord and directoryAuditRecords: the trail of accounts, for administrators. */
defineAuditRecordType(builder, { domain: 'Directory', readers: ['ADMIN'] });
