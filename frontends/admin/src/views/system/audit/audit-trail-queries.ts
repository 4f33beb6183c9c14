import { graphql } from '../../../generated/gql';

/*
 * The audit trail of each subgraph: one shape (`<Domain>AuditRecord`) and one filter (entity,
 * entityId, actorId, action — no date) for all four, each read from its own subgraph.
 */

export const directoryAuditRecordsQuery = graphql(`
  query DirectoryAuditRecords($first: Int, $after: String, $last: Int, $before: String, $filter: DirectoryAuditRecordFilter) {
    records: directoryAuditRecords(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt actorId action entity entityId before after } }
    }
  }
`);

export const assetsAuditRecordsQuery = graphql(`
  query AdminAssetsAuditRecords($first: Int, $after: String, $last: Int, $before: String, $filter: AssetsAuditRecordFilter) {
    records: assetsAuditRecords(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt actorId action entity entityId before after } }
    }
  }
`);

export const servicesAuditRecordsQuery = graphql(`
  query AdminServicesAuditRecords($first: Int, $after: String, $last: Int, $before: String, $filter: ServicesAuditRecordFilter) {
    records: servicesAuditRecords(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt actorId action entity entityId before after } }
    }
  }
`);

export const partyAuditRecordsQuery = graphql(`
  query AdminPartyAuditRecords($first: Int, $after: String, $last: Int, $before: String, $filter: PartyAuditRecordFilter) {
    records: partyAuditRecords(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt actorId action entity entityId before after } }
    }
  }
`);

export const auditActorsQuery = graphql(`
  query AuditActors($first: Int, $after: String) {
    userAccounts(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id username person { id name } } }
    }
  }
`);
