import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts';
import { rejectRectification } from '../actions/reject-rectification.ts';
import { startRectification } from '../actions/start-rectification.ts';
import { submitRectification } from '../actions/submit-rectification.ts';
import { verifyRectification } from '../actions/verify-rectification.ts';
import { builder } from '../builder.ts';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { isOverdue, overdueWhere, rectificationItemMachine } from '../domain/rectification-item.ts';
import { assetsAccess } from '../domain/access.ts';
import { BuildingRef } from './building.ts';
import { RectificationStatusEnum } from './enums.ts';

const RectificationItemActionEnum = actionEnum(builder, 'RectificationItemAction', rectificationItemMachine);

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
    allowedActions: t.field({
      type: [RectificationItemActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (item, _args, context) => allowedActions(rectificationItemMachine, context.viewer, item),
    }),
  }),
});

/** Open (not verified) rectification items the viewer may see per property, for many properties in one query. */
async function openRectificationCounts(db: PrismaClient, buildingIds: readonly string[]): Promise<number[]> {
  const problems = await db.inspectionProblem.findMany({
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
    load: (buildingIds: string[], context) => openRectificationCounts(context.db, buildingIds),
    resolve: (building) => building.id,
  }),
}));

const rectificationOrder = orderEnum(builder, 'RectificationItemOrder', {
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
    authScopes: assetsAccess.read,
    args: {
      filter: t.arg({ type: RectificationItemFilter }),
      orderBy: t.arg({ type: rectificationOrder.ref, defaultValue: rectificationOrder.defaultValue }),
    },
    resolve: (query, _root, { filter, orderBy }, context) =>
      context.db.rectificationItem.findMany({ ...query, where: rectificationItemWhere(filter), orderBy: rectificationOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.rectificationItem.count({ where: rectificationItemWhere(filter) }),
  }),
}));

/** One mutation per verb of the item's machine; `note` is required where someone must say what was done or why the check failed. */
const steps = [
  { field: 'startRectification', verb: 'start', action: startRectification, noteRequired: false, description: 'OPEN → RECTIFYING: the unit has started' },
  { field: 'submitRectification', verb: 'submit', action: submitRectification, noteRequired: true, description: 'RECTIFYING → SUBMITTED: the unit reports what it did' },
  { field: 'verifyRectification', verb: 'verify', action: verifyRectification, noteRequired: false, description: 'SUBMITTED → VERIFIED: checked on site' },
  { field: 'rejectRectification', verb: 'reject', action: rejectRectification, noteRequired: true, description: 'SUBMITTED → RECTIFYING: the check failed, with why' },
] as const;

builder.mutationFields((t) =>
  Object.fromEntries(
    steps.map(({ field, verb, action, noteRequired, description }) => [
      field,
      t.prismaField({
        type: 'RectificationItem',
        authScopes: { anyRole: rectificationItemMachine.rolesFor(verb) },
        description,
        args: {
          id: t.arg.id({ required: true }),
          note: noteRequired ? t.arg.string({ required: true, validate: text(500) }) : t.arg.string({ validate: optionalText(500) }),
        },
        resolve: (query, _root, args, context) => action(actingAs(context), args, query),
      }),
    ]),
  ),
);
