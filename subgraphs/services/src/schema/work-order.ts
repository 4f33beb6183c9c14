import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { failure, optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { RepairCategory, WorkOrderPriority, WorkOrderStatus } from '../../prisma/generated/enums.ts';
import { assignWorkOrder } from '../actions/assign-work-order.ts';
import { closeWorkOrder } from '../actions/close-work-order.ts';
import { finishWorkOrder } from '../actions/finish-work-order.ts';
import { rateWorkOrder } from '../actions/rate-work-order.ts';
import { reopenWorkOrder } from '../actions/reopen-work-order.ts';
import { startWorkOrder } from '../actions/start-work-order.ts';
import { submitWorkOrder } from '../actions/submit-work-order.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { isOverdue, overdueWhere, WORK_ORDER_REQUESTERS, workOrderMachine } from '../domain/work-order.ts';
import { buildingField, PersonRef } from './places.ts';

const WorkOrderStatusEnum = builder.enumType(WorkOrderStatus, { name: 'WorkOrderStatus', description: '已提交 / 已派单 / 维修中 / 已完成 / 已评价 / 已关闭' });
const WorkOrderPriorityEnum = builder.enumType(WorkOrderPriority, { name: 'WorkOrderPriority', description: '紧急 / 高 / 一般 / 低' });
const RepairCategoryEnum = builder.enumType(RepairCategory, { name: 'RepairCategory', description: '水 / 电 / 空调 / 门窗 / 网络 / 家具 / 其他' });
const WorkOrderActionEnum = actionEnum(builder, 'WorkOrderAction', workOrderMachine);

builder.prismaObject('WorkOrder', {
  description: '报修工单: a repair a unit asked for, its SLA due time, provider and worker, status and rating',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization', { description: 'The requesting unit' }),
    requester: t.field({ type: PersonRef, resolve: (order) => ({ id: order.requesterPersonId }) }),
    buildingId: t.exposeID('buildingId', { description: 'The assets Building’s id (also for viewers to whom assets does not show it)' }),
    building: t.field({ ...buildingField('The assets Building it is in'), resolve: (row) => ({ id: row.buildingId }) }),
    roomId: t.exposeID('roomId', { nullable: true, description: 'The assets Room, where known' }),
    location: t.exposeString('location', { nullable: true }),
    category: t.expose('category', { type: RepairCategoryEnum }),
    description: t.exposeString('description'),
    priority: t.expose('priority', { type: WorkOrderPriorityEnum }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: 'Filed + the priority’s SLA' }),
    overdue: t.boolean({ description: 'Not done by its due time', resolve: (order) => isOverdue(order, new Date()) }),
    status: t.expose('status', { type: WorkOrderStatusEnum }),
    providerName: t.exposeString('providerName', { nullable: true }),
    workerName: t.exposeString('workerName', { nullable: true }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime', nullable: true }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    doneAt: t.expose('doneAt', { type: 'DateTime', nullable: true }),
    rating: t.exposeInt('rating', { nullable: true, description: '1–5 stars' }),
    ratingComment: t.exposeString('ratingComment', { nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    reopenCount: t.exposeInt('reopenCount'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    allowedActions: t.field({ type: [WorkOrderActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (order, _args, context) => allowedActions(workOrderMachine, context.viewer, order) }),
  }),
});

const workOrderOrder = orderEnum(builder, 'WorkOrderOrder', {
  CREATED_AT_DESC: [{ createdAt: 'desc' }, { id: 'asc' }],
  DUE_AT: [{ dueAt: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.WorkOrderOrderByWithRelationInput[]>);

const WorkOrderFilter = builder.inputType('WorkOrderFilter', {
  fields: (t) => ({
    status: t.field({ type: WorkOrderStatusEnum }),
    priority: t.field({ type: WorkOrderPriorityEnum }),
    organizationId: t.id(),
    buildingId: t.id(),
    overdue: t.boolean({ description: 'true: only overdue ones; false: only those not overdue' }),
  }),
});

function workOrderWhere(filter: typeof WorkOrderFilter.$inferInput | null | undefined): Prisma.WorkOrderWhereInput {
  const overdue = overdueWhere(new Date());
  return {
    AND: [
      filter?.status ? { status: filter.status } : {},
      filter?.priority ? { priority: filter.priority } : {},
      filter?.organizationId ? { organizationId: filter.organizationId } : {},
      filter?.buildingId ? { buildingId: filter.buildingId } : {},
      filter?.overdue === true ? overdue : filter?.overdue === false ? { NOT: overdue } : {},
    ],
  };
}

builder.queryFields((t) => ({
  workOrders: t.prismaConnection({
    type: 'WorkOrder',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'Work orders the viewer sees (a unit user: its unit’s)',
    args: { filter: t.arg({ type: WorkOrderFilter }), orderBy: t.arg({ type: workOrderOrder.ref, defaultValue: workOrderOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) => context.db.workOrder.findMany({ ...query, where: workOrderWhere(filter), orderBy: workOrderOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.workOrder.count({ where: workOrderWhere(filter) }),
  }),
  workOrder: t.prismaField({
    type: 'WorkOrder',
    nullable: true,
    authScopes: servicesAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.workOrder.findUnique({ ...query, where: { id } }),
  }),
}));

export const SubmitWorkOrderInput = builder.inputType('SubmitWorkOrderInput', {
  fields: (t) => ({
    organizationId: t.id({ description: 'The requesting unit: services staff name it; a unit user files for its own' }),
    requesterPersonId: t.id({ description: 'Default the viewer' }),
    buildingId: t.id({ required: true, validate: text(100), description: 'The assets Building' }),
    roomId: t.id({ description: 'The assets Room' }),
    location: t.string({ validate: optionalText(200) }),
    category: t.field({ type: RepairCategoryEnum, required: true }),
    description: t.string({ required: true, validate: text(1000) }),
    priority: t.field({ type: WorkOrderPriorityEnum, required: true }),
  }),
});

const id = () => ({ required: true as const, validate: text(100) });
const WorkOrderStepInput = builder.inputType('WorkOrderStepInput', { fields: (t) => ({ id: t.id(id()) }) });
const AssignWorkOrderInput = builder.inputType('AssignWorkOrderInput', {
  fields: (t) => ({ id: t.id(id()), providerName: t.string({ required: true, validate: text(100) }), workerName: t.string({ required: true, validate: text(50) }) }),
});
const RateWorkOrderInput = builder.inputType('RateWorkOrderInput', {
  fields: (t) => ({
    id: t.id(id()),
    rating: t.int({
      required: true,
      description: '1–5 stars',
      validate: z.number().superRefine((value, ctx) => {
        if (!Number.isInteger(value) || value < 1 || value > 5) failure(ctx, '评分为 1–5 星', 'RATING_RANGE', { min: 1, max: 5 });
      }),
    }),
    comment: t.string({ validate: optionalText(500) }),
  }),
});

/** The steps that take only the work order's id. */
const step = (verb: 'start' | 'finish' | 'reopen' | 'close', description: string, action: typeof startWorkOrder) => ({ verb, description, action });

builder.mutationFields((t) => ({
  submitWorkOrder: t.prismaField({
    type: 'WorkOrder',
    authScopes: { anyRole: WORK_ORDER_REQUESTERS },
    description: '报修 by a unit user for its own unit (or staff for any); due after its priority’s SLA',
    args: { input: t.arg({ type: SubmitWorkOrderInput, required: true }) },
    resolve: (query, _root, { input }, context) => submitWorkOrder(actingAs(context), context, input, query),
  }),
  assignWorkOrder: t.prismaField({
    type: 'WorkOrder',
    authScopes: { anyRole: workOrderMachine.rolesFor('assign') },
    description: 'SUBMITTED → ASSIGNED to a provider and worker',
    args: { input: t.arg({ type: AssignWorkOrderInput, required: true }) },
    resolve: (query, _root, { input }, context) => assignWorkOrder(actingAs(context), input, query),
  }),
  rateWorkOrder: t.prismaField({
    type: 'WorkOrder',
    authScopes: { anyRole: workOrderMachine.rolesFor('rate') },
    description: 'DONE → RATED by the requesting unit (1–5 stars)',
    args: { input: t.arg({ type: RateWorkOrderInput, required: true }) },
    resolve: (query, _root, { input }, context) => rateWorkOrder(actingAs(context), input, query),
  }),
  ...Object.fromEntries(
    [
      step('start', 'ASSIGNED → IN_PROGRESS', startWorkOrder),
      step('finish', 'IN_PROGRESS → DONE', finishWorkOrder),
      step('reopen', 'DONE / RATED → ASSIGNED, within 7 days of done', reopenWorkOrder),
      step('close', 'DONE / RATED → CLOSED', closeWorkOrder),
    ].map(({ verb, description, action }) => [
      `${verb}WorkOrder`,
      t.prismaField({
        type: 'WorkOrder',
        authScopes: { anyRole: workOrderMachine.rolesFor(verb) },
        description,
        args: { input: t.arg({ type: WorkOrderStepInput, required: true }) },
        resolve: (query, _root, { input }, context) => action(actingAs(context), input, query),
      }),
    ]),
  ),
}));
