import { actingAs } from '@jiguan/shared-schema/context';
import { optionalText, positiveCount, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { SecurityActivityKind } from '../../prisma/generated/enums.ts';
import { recordSecurityActivity } from '../actions/record-security-activity.ts';
import { builder } from '../builder.ts';
import { buildingField } from './places.ts';
import { servicesAccess } from '../domain/access.ts';

const SecurityActivityKindEnum = builder.enumType(SecurityActivityKind, { name: 'SecurityActivityKind', description: '消防演练 / 反恐演练 / 联席会' });

builder.prismaObject('SecurityActivity', {
  description: '安保: a drill or a joint security meeting',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: SecurityActivityKindEnum }),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    buildingId: t.exposeID('buildingId', { nullable: true, description: 'The assets Building’s id where it was held' }),
    building: t.field({ ...buildingField('The assets Building where it was held'), resolve: (row) => (row.buildingId ? { id: row.buildingId } : null) }),
    title: t.exposeString('title'),
    participants: t.exposeInt('participants'),
    summary: t.exposeString('summary', { nullable: true }),
  }),
});

const SecurityActivityFilter = builder.inputType('SecurityActivityFilter', {
  fields: (t) => ({ kind: t.field({ type: SecurityActivityKindEnum }), from: t.field({ type: 'Date' }), to: t.field({ type: 'Date' }) }),
});

const activityWhere = (filter: typeof SecurityActivityFilter.$inferInput | null | undefined): Prisma.SecurityActivityWhereInput => ({
  ...(filter?.kind ? { kind: filter.kind } : {}),
  ...(filter?.from || filter?.to ? { heldOn: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
});

builder.queryFields((t) => ({
  securityActivities: t.prismaConnection({
    type: 'SecurityActivity',
    cursor: 'id',
    authScopes: servicesAccess.read,
    args: { filter: t.arg({ type: SecurityActivityFilter }) },
    resolve: (query, _root, { filter }, context) => context.db.securityActivity.findMany({ ...query, where: activityWhere(filter), orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_c, { filter }, context) => context.db.securityActivity.count({ where: activityWhere(filter) }),
  }),
}));

export const RecordSecurityActivityInput = builder.inputType('RecordSecurityActivityInput', {
  fields: (t) => ({
    kind: t.field({ type: SecurityActivityKindEnum, required: true }),
    heldOn: t.field({ type: 'Date', required: true }),
    buildingId: t.id({ description: 'The assets Building' }),
    title: t.string({ required: true, validate: text(200) }),
    participants: t.int({ required: true, validate: positiveCount }),
    summary: t.string({ validate: optionalText(2000) }),
  }),
});

builder.mutationFields((t) => ({
  recordSecurityActivity: t.prismaField({
    type: 'SecurityActivity',
    authScopes: servicesAccess.write,
    args: { input: t.arg({ type: RecordSecurityActivityInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordSecurityActivity(actingAs(context), input, query),
  }),
}));
