import { requireViewer } from '@jiguan/shared-schema/context';
import type { Prisma } from '../../prisma/generated/client.ts';
import { advanceRectificationItem } from '../actions/advance-rectification-item.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { businessDate } from '../domain/business-date.ts';
import { isOverdue, overdueWhere, type RectificationVerb } from '../domain/rectification-item.ts';
import { visibleRectificationItems } from '../domain/visibility.ts';
import { readers, writers } from './auth-scopes.ts';
import { BuildingRef } from './building.ts';
import { RectificationStatusEnum } from './enums.ts';
import { text } from './input-rules.ts';
import { orderEnum } from './order-enum.ts';

builder.prismaObject('RectificationItem', {
  description: '整改意见: what a unit must do about a problem, by when, and how far it got',
  fields: (t) => ({
    id: t.exposeID('id'),
    problem: t.relation('problem'),
    suggestion: t.exposeString('suggestion'),
    owner: t.exposeString('owner', { description: '整改责任人' }),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    status: t.expose('status', { type: RectificationStatusEnum }),
    overdue: t.boolean({ description: 'Still with the unit after its due date (Shanghai calendar)', resolve: (item) => isOverdue(item, businessDate()) }),
    note: t.exposeString('note', { nullable: true, description: 'What the unit reported, or why the check failed' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** Open (not verified) rectification items per property, for many properties in one query. */
async function openRectificationCounts(buildingIds: readonly string[]): Promise<number[]> {
  const problems = await prisma.inspectionProblem.findMany({
    where: { buildingId: { in: [...buildingIds] } },
    select: { buildingId: true, _count: { select: { rectificationItems: { where: { status: { not: 'VERIFIED' } } } } } },
  });
  const counts = new Map<string, number>();
  for (const { buildingId, _count } of problems) {
    if (buildingId) counts.set(buildingId, (counts.get(buildingId) ?? 0) + _count.rectificationItems);
  }
  return buildingIds.map((id) => counts.get(id) ?? 0);
}

builder.prismaObjectFields(BuildingRef, (t) => ({
  openRectificationCount: t.loadable({
    type: 'Int',
    description: 'Rectification items of problems found here that are not verified yet',
    load: openRectificationCounts,
    resolve: (building) => building.id,
  }),
}));

const rectificationOrder = orderEnum('RectificationItemOrder', {
  DUE_ON: [{ dueOn: 'asc' }, { id: 'asc' }],
  UPDATED_AT_DESC: [{ updatedAt: 'desc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.RectificationItemOrderByWithRelationInput[]>);

const RectificationItemFilter = builder.inputType('RectificationItemFilter', {
  fields: (t) => ({
    status: t.field({ type: RectificationStatusEnum }),
    overdue: t.boolean({ description: 'true: only overdue items; false: only items not overdue' }),
    organizationId: t.id({ description: 'The inspected unit' }),
    buildingId: t.id(),
  }),
});

function rectificationItemWhere(filter: typeof RectificationItemFilter.$inferInput | null | undefined): Prisma.RectificationItemWhereInput {
  const overdue = overdueWhere(businessDate());
  return {
    AND: [
      filter?.status ? { status: filter.status } : {},
      filter?.overdue === true ? overdue : filter?.overdue === false ? { NOT: overdue } : {},
      filter?.organizationId ? { problem: { inspection: { organizationId: filter.organizationId } } } : {},
      filter?.buildingId ? { problem: { buildingId: filter.buildingId } } : {},
    ],
  };
}

builder.queryFields((t) => ({
  rectificationItems: t.prismaConnection({
    type: 'RectificationItem',
    cursor: 'id',
    authScopes: readers,
    args: {
      filter: t.arg({ type: RectificationItemFilter }),
      orderBy: t.arg({ type: rectificationOrder.ref, defaultValue: rectificationOrder.defaultValue }),
    },
    resolve: (query, _root, { filter, orderBy }, context) =>
      prisma.rectificationItem.findMany({
        ...query,
        where: { AND: [visibleRectificationItems(requireViewer(context)), rectificationItemWhere(filter)] },
        orderBy: rectificationOrder.orderBy(orderBy),
      }),
    totalCount: (_connection, { filter }, context) =>
      prisma.rectificationItem.count({ where: { AND: [visibleRectificationItems(requireViewer(context)), rectificationItemWhere(filter)] } }),
  }),
}));

/** One mutation per verb of the item's state machine; `note` is required where someone must say why. */
const verbs: { field: string; verb: RectificationVerb; description: string; noteRequired: boolean }[] = [
  { field: 'startRectification', verb: 'start', description: 'OPEN → RECTIFYING: the unit has started', noteRequired: false },
  { field: 'submitRectification', verb: 'submit', description: 'RECTIFYING → SUBMITTED: the unit reports what it did', noteRequired: true },
  { field: 'verifyRectification', verb: 'verify', description: 'SUBMITTED → VERIFIED: checked on site', noteRequired: false },
  { field: 'rejectRectification', verb: 'reject', description: 'SUBMITTED → RECTIFYING: the check failed, with why', noteRequired: true },
];

builder.mutationFields((t) =>
  Object.fromEntries(
    verbs.map(({ field, verb, description, noteRequired }) => [
      field,
      t.prismaField({
        type: 'RectificationItem',
        authScopes: writers,
        description,
        args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: noteRequired, validate: text(500).nullish() }) },
        resolve: async (query, _root, { id, note }, context) => {
          const item = await advanceRectificationItem(requireViewer(context), id, verb, note ?? null);
          return prisma.rectificationItem.findUniqueOrThrow({ ...query, where: { id: item.id } });
        },
      }),
    ]),
  ),
);
