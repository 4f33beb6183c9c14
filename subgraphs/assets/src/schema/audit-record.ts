import type { Prisma } from '../../prisma/generated/client.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { writers } from './auth-scopes.ts';

builder.prismaObject('AuditRecord', {
  // Named per domain: the directory and every other subgraph keep an audit trail of their own.
  name: 'AssetsAuditRecord',
  description: 'Who changed what in the assets domain, when, with the record before and after',
  fields: (t) => ({
    id: t.exposeID('id'),
    actorId: t.exposeID('actorId', { description: 'The account that made the change' }),
    action: t.exposeString('action', { description: '`entity.verb`, e.g. disposal.approve' }),
    entity: t.exposeString('entity'),
    entityId: t.exposeID('entityId'),
    before: t.field({ type: 'String', nullable: true, description: 'JSON', resolve: (r) => (r.before === null ? null : JSON.stringify(r.before)) }),
    after: t.field({ type: 'String', nullable: true, description: 'JSON', resolve: (r) => (r.after === null ? null : JSON.stringify(r.after)) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AuditRecordFilter = builder.inputType('AssetsAuditRecordFilter', {
  fields: (t) => ({ entity: t.string(), entityId: t.id(), actorId: t.id(), action: t.string() }),
});

function auditRecordWhere(filter: typeof AuditRecordFilter.$inferInput | null | undefined): Prisma.AuditRecordWhereInput {
  return {
    ...(filter?.entity ? { entity: filter.entity } : {}),
    ...(filter?.entityId ? { entityId: filter.entityId } : {}),
    ...(filter?.actorId ? { actorId: filter.actorId } : {}),
    ...(filter?.action ? { action: filter.action } : {}),
  };
}

builder.queryFields((t) => ({
  assetsAuditRecords: t.prismaConnection({
    type: 'AuditRecord',
    cursor: 'id',
    authScopes: writers,
    description: 'The assets domain’s audit trail, newest first (staff and admins)',
    args: { filter: t.arg({ type: AuditRecordFilter }) },
    resolve: (query, _root, { filter }) =>
      prisma.auditRecord.findMany({ ...query, where: auditRecordWhere(filter), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_connection, { filter }) => prisma.auditRecord.count({ where: auditRecordWhere(filter) }),
  }),
}));
