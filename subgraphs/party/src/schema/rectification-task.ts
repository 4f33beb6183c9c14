import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { completeRectificationTask } from '../actions/complete-rectification-task.ts';
import { createRectificationTask } from '../actions/create-rectification-task.ts';
import { rejectRectificationTask } from '../actions/reject-rectification-task.ts';
import { startRectificationTask } from '../actions/start-rectification-task.ts';
import { verifyRectificationTask } from '../actions/verify-rectification-task.ts';
import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';
import { isOverdue, overdueWhere, rectificationTaskMachine } from '../domain/rectification-task.ts';
import { RectificationTaskStatusEnum } from './enums.ts';
import { PersonRef } from './person.ts';

const RectificationTaskActionEnum = actionEnum(builder, 'RectificationTaskAction', rectificationTaskMachine);

builder.prismaObject('RectificationTask', {
  description: '巡察整改: an item an inspection found, its owner, due date, status and evidence',
  fields: (t) => ({
    id: t.exposeID('id'),
    partyOrganization: t.relation('partyOrganization'),
    source: t.exposeString('source', { description: 'The inspection it came from' }),
    item: t.exposeString('item'),
    owner: t.field({ type: PersonRef, resolve: (task) => ({ id: task.ownerPersonId }) }),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    status: t.expose('status', { type: RectificationTaskStatusEnum }),
    evidence: t.exposeString('evidence', { nullable: true, description: '整改佐证' }),
    doneOn: t.expose('doneOn', { type: 'Date', nullable: true }),
    overdue: t.boolean({ description: 'Not done after its due date', resolve: (task) => isOverdue(task, businessDate()) }),
    allowedActions: t.field({
      type: [RectificationTaskActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (task, _args, context) => allowedActions(rectificationTaskMachine, context.viewer, task),
    }),
  }),
});

const RectificationTaskFilter = builder.inputType('RectificationTaskFilter', {
  fields: (t) => ({
    status: t.field({ type: RectificationTaskStatusEnum }),
    partyOrganizationId: t.id(),
    overdue: t.boolean({ description: 'true: only overdue tasks; false: only tasks not overdue' }),
  }),
});

function taskWhere(filter: typeof RectificationTaskFilter.$inferInput | null | undefined): Prisma.RectificationTaskWhereInput {
  const overdue = overdueWhere(businessDate());
  return {
    AND: [
      filter?.status ? { status: filter.status } : {},
      filter?.partyOrganizationId ? { partyOrganizationId: filter.partyOrganizationId } : {},
      filter?.overdue === true ? overdue : filter?.overdue === false ? { NOT: overdue } : {},
    ],
  };
}

builder.queryFields((t) => ({
  rectificationTasks: t.prismaConnection({
    type: 'RectificationTask',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Earliest due first',
    args: { filter: t.arg({ type: RectificationTaskFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.rectificationTask.findMany({ ...query, where: taskWhere(filter), orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.rectificationTask.count({ where: taskWhere(filter) }),
  }),
}));

export const CreateRectificationTaskInput = builder.inputType('CreateRectificationTaskInput', {
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true }),
    source: t.string({ required: true, validate: text(200), description: 'The inspection (区委第二巡察组 …)' }),
    item: t.string({ required: true, validate: text(1000) }),
    ownerPersonId: t.id({ required: true }),
    dueOn: t.field({ type: 'Date', required: true }),
  }),
});

const CompleteRectificationTaskInput = builder.inputType('CompleteRectificationTaskInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    evidence: t.string({ required: true, validate: text(2000), description: 'What was done and the documents that show it' }),
    doneOn: t.field({ type: 'Date', required: true }),
  }),
});

const RejectRectificationTaskInput = builder.inputType('RejectRectificationTaskInput', {
  fields: (t) => ({ id: t.id({ required: true }), note: t.string({ required: true, validate: text(500), description: 'Why the evidence does not suffice' }) }),
});

const RectificationTaskStepInput = builder.inputType('RectificationTaskStepInput', { fields: (t) => ({ id: t.id({ required: true }) }) });

builder.mutationFields((t) => ({
  createRectificationTask: t.prismaField({
    type: 'RectificationTask',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: CreateRectificationTaskInput, required: true }) },
    resolve: (query, _root, { input }, context) => createRectificationTask(actingAs(context), context, input, query),
  }),
  startRectificationTask: t.prismaField({
    type: 'RectificationTask',
    authScopes: { anyRole: rectificationTaskMachine.rolesFor('start') },
    description: 'OPEN → IN_PROGRESS',
    args: { input: t.arg({ type: RectificationTaskStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => startRectificationTask(actingAs(context), input, query),
  }),
  completeRectificationTask: t.prismaField({
    type: 'RectificationTask',
    authScopes: { anyRole: rectificationTaskMachine.rolesFor('complete') },
    description: 'IN_PROGRESS → DONE, with the evidence',
    args: { input: t.arg({ type: CompleteRectificationTaskInput, required: true }) },
    resolve: (query, _root, { input }, context) => completeRectificationTask(actingAs(context), input, query),
  }),
  verifyRectificationTask: t.prismaField({
    type: 'RectificationTask',
    authScopes: { anyRole: rectificationTaskMachine.rolesFor('verify') },
    description: 'DONE → VERIFIED (销号)',
    args: { input: t.arg({ type: RectificationTaskStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => verifyRectificationTask(actingAs(context), input, query),
  }),
  rejectRectificationTask: t.prismaField({
    type: 'RectificationTask',
    authScopes: { anyRole: rectificationTaskMachine.rolesFor('reject') },
    description: 'DONE → IN_PROGRESS, with why',
    args: { input: t.arg({ type: RejectRectificationTaskInput, required: true }) },
    resolve: (query, _root, { input }, context) => rejectRectificationTask(actingAs(context), input, query),
  }),
}));
