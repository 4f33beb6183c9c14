import { type Connection, type PageArgs, requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { reactive, watch } from 'vue';
import type { DirectoryAuditRecordsQuery } from '../../../generated/graphql';
import { assetsAuditRecordsQuery, directoryAuditRecordsQuery, partyAuditRecordsQuery, servicesAuditRecordsQuery } from './audit-trail-queries';

/** The subgraphs whose trail the page reads (labels under `admin.audit.trail`). */
export const auditTrails = ['directory', 'assets', 'services', 'party'] as const;
export type AuditTrail = (typeof auditTrails)[number];

export type AuditRecordRow = DirectoryAuditRecordsQuery['records']['edges'][number]['node'];

/** What the trails' filter offers (the same four fields in every subgraph). */
export interface AuditTrailFilter {
  entity: string;
  entityId: string;
  actorId: string;
  action: string;
}

type AuditFilterInput = { entity?: string; entityId?: string; actorId?: string; action?: string };

const fetchers: Record<AuditTrail, (page: PageArgs, filter: AuditFilterInput) => Promise<Connection<AuditRecordRow>>> = {
  directory: async (page, filter) => (await requestGraphQL(directoryAuditRecordsQuery, { ...page, filter })).records,
  assets: async (page, filter) => (await requestGraphQL(assetsAuditRecordsQuery, { ...page, filter })).records,
  services: async (page, filter) => (await requestGraphQL(servicesAuditRecordsQuery, { ...page, filter })).records,
  party: async (page, filter) => (await requestGraphQL(partyAuditRecordsQuery, { ...page, filter })).records,
};

/** The filter as the server takes it: the fields filled in, trimmed (the server matches them exactly). */
export function auditFilterInput(filter: AuditTrailFilter): AuditFilterInput {
  const input: AuditFilterInput = {};
  for (const key of ['entity', 'entityId', 'actorId', 'action'] as const) {
    const value = filter[key].trim();
    if (value) input[key] = value;
  }
  return input;
}

/**
 * One subgraph's audit trail, newest first, paged by the server. Choosing another trail starts
 * again on its first page with the filter kept; `apply()` reads the first page with the filter.
 */
export function useAuditTrail(initial: AuditTrail = 'directory') {
  const state = reactive({ trail: initial as AuditTrail });
  const filter = reactive<AuditTrailFilter>({ entity: '', entityId: '', actorId: '', action: '' });
  let applied: AuditFilterInput = {};
  const table = useConnectionTable<AuditRecordRow>({ fetchPage: (page) => fetchers[state.trail](page, applied) });

  function apply(): Promise<void> {
    applied = auditFilterInput(filter);
    return table.applySearch();
  }

  function clear(): Promise<void> {
    Object.assign(filter, { entity: '', entityId: '', actorId: '', action: '' });
    return apply();
  }

  watch(() => state.trail, () => void apply());

  return { state, filter, table, apply, clear };
}
