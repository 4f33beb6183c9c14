import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { auditRecordsQuery } from './audit-records-query';

/** The domain's audit trail, newest first, paged by cursor. */
export function useAuditRecordsTable() {
  return useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(auditRecordsQuery, page)).financeAuditRecords,
  });
}
