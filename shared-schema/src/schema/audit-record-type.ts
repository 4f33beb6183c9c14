import type { PrismaModelTypes } from '@pothos/plugin-prisma';
import type { Role } from '../auth/viewer.ts';
import type { ScopedContext } from '../context.ts';

/** The audit row every subgraph keeps in its own schema (model `AuditRecord`). */
interface AuditRow {
  id: string;
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

interface AuditFilter {
  entity?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
}

/** The builder of a subgraph whose Prisma schema has the `AuditRecord` model. */
type AuditBuilder = PothosSchemaTypes.SchemaBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<{
    PrismaTypes: { AuditRecord: PrismaModelTypes & { Name: 'AuditRecord'; Shape: AuditRow; WhereUnique: { id?: string }; Relations: {}; RelationName: never; ListRelations: never } };
    Scalars: { DateTime: { Input: Date; Output: Date | string } };
    Context: ScopedContext<{ auditRecord: { findMany(args: object): Promise<AuditRow[]>; count(args: object): Promise<number> } }>;
    AuthScopes: { anyRole: Role[] };
  }>
>;

export interface AuditRecordTypeOptions {
  /** The domain, as in the type's name: `Assets` → `AssetsAuditRecord`, query field `assetsAuditRecords`. */
  domain: string;
  /** Who may read the trail. */
  readers: readonly Role[];
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

function auditWhere(filter: AuditFilter | null | undefined) {
  return {
    ...(filter?.entity ? { entity: filter.entity } : {}),
    ...(filter?.entityId ? { entityId: filter.entityId } : {}),
    ...(filter?.actorId ? { actorId: filter.actorId } : {}),
    ...(filter?.action ? { action: filter.action } : {}),
  };
}

/**
 * The audit trail of a subgraph as GraphQL: `<Domain>AuditRecord` and the query
 * `<domain>AuditRecords(filter)`, newest first. One shape for every domain; each keeps its own rows.
 */
export function defineAuditRecordType(anyBuilder: unknown, options: AuditRecordTypeOptions): void {
  // Each subgraph's builder has its own Prisma types; this module needs only the AuditRecord model.
  const builder = anyBuilder as AuditBuilder;
  const { domain } = options;
  const queryField = `${domain.charAt(0).toLowerCase()}${domain.slice(1)}AuditRecords`;
  builder.prismaObject('AuditRecord', {
    name: `${domain}AuditRecord`,
    description: `Who changed what in the ${domain.toLowerCase()} domain, when, with the record before and after`,
    fields: (t) => ({
      id: t.exposeID('id'),
      actorId: t.exposeID('actorId', { description: 'The account that made the change' }),
      action: t.exposeString('action', { description: '`entity.verb`, e.g. disposal.approve' }),
      entity: t.exposeString('entity'),
      entityId: t.exposeID('entityId'),
      before: t.string({ nullable: true, description: 'JSON', resolve: (row) => json(row.before) }),
      after: t.string({ nullable: true, description: 'JSON', resolve: (row) => json(row.after) }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
    }),
  });
  const Filter = builder.inputType(`${domain}AuditRecordFilter`, {
    fields: (t) => ({ entity: t.string(), entityId: t.id(), actorId: t.id(), action: t.string() }),
  });
  builder.queryField(queryField, (t) =>
    t.prismaConnection({
      type: 'AuditRecord',
      cursor: 'id',
      authScopes: { anyRole: [...options.readers] },
      description: `The ${domain.toLowerCase()} domain’s audit trail, newest first`,
      args: { filter: t.arg({ type: Filter }) },
      resolve: (query, _root, { filter }, context) =>
        context.db.auditRecord.findMany({ ...query, where: auditWhere(filter), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
      totalCount: (_connection, { filter }, context) => context.db.auditRecord.count({ where: auditWhere(filter) }),
    }),
  );
}
