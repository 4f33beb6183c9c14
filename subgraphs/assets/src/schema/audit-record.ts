import { defineAuditRecordType } from '@jiguan/shared-schema/schema/audit-record-type';
import { builder } from '../builder.ts';
import { ASSETS_WRITERS } from '../domain/access.ts';

/** AssetsAuditRecord and assetsAuditRecords: the trail, for staff and admins. */
defineAuditRecordType(builder, { domain: 'Assets', readers: ASSETS_WRITERS });
