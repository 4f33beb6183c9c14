import { graphql } from '../../../generated/gql';

export const auditRecordsQuery = graphql(`
  query FinanceAuditRecords($first: Int, $after: String, $last: Int, $before: String) {
    financeAuditRecords(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt action entity entityId actorId } }
    }
  }
`);
