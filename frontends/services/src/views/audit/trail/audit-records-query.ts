import { graphql } from '../../../generated/gql';

export const auditRecordsQuery = graphql(`
  query ServicesAuditRecords($first: Int, $after: String, $last: Int, $before: String) {
    servicesAuditRecords(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt action entity entityId actorId } }
    }
  }
`);
