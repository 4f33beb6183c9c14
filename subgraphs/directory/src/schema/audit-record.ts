import type { Prisma } from '../../prisma/generated/client.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';

builder.prismaObject('AuditRecord', {
  description: 'Who changed what, when, with the record before and after',
  fields: (t) => ({
    id: t.exposeID('id'),
    actorId: t.exposeID('actorId', { description: 'The account that made the change' }),
    action: t.exposeString('action'),
    entity: t.exposeString('entity'),
    entityId: t.exposeID('entityId'),
    before: t.field({ type: 'String', nullable: true, description: 'JSON', resolve: (r) => (r.before === null ? null : JSON.stringify(r.before)) }),
    after: t.field({ type: 'String', nullable: true, description: 'JSON', resolve: (r) => (r.after === null ? null : JSON.stringify(r.after)) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AuditRecordFilter = builder.inputType('AuditRecordFilter', {
  fields: (t) => ({ entity: t.string(), entityId: t.id(), actorId: t.id() }),
});

function auditRecordWhere(filter: typeof AuditRecordFilter.$inferInput | null | undefined): Prisma.AuditRecordWhereInput {
  return {
    ...(filter?.entity ? { entity: filter.entity } : {}),
    ...(filter?.entityId ? { entityId: String(filter.entityId) } : {}),
    ...(filter?.actorId ? { actorId: String(filter.actorId) } : {}),
  };
}

builder.queryFields((t) => ({
  auditRecords: t.prismaConnection({
    type: 'AuditRecord',
    cursor: 'id',
    authScopes: { anyRole: ['ADMIN'] },
    description: 'The directory’s audit trail, newest first',
    args: { filter: t.arg({ type: AuditRecordFilter }) },
    resolve: (query, _root, { filter }) =>
      prisma.auditRecord.findMany({ ...query, where: auditRecordWhere(filter), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_connection, { filter }) => prisma.auditRecord.count({ where: auditRecordWhere(filter) }),
  }),
}));
