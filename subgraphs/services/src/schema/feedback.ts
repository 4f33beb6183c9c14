import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { FeedbackStatus } from '../../prisma/generated/enums.ts';
import { replyToFeedback } from '../actions/reply-to-feedback.ts';
import { submitFeedback } from '../actions/submit-feedback.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { feedbackMachine } from '../domain/feedback.ts';
import { WORK_ORDER_REQUESTERS } from '../domain/work-order.ts';
import { PersonRef } from './places.ts';

const FeedbackStatusEnum = builder.enumType(FeedbackStatus, { name: 'FeedbackStatus', description: '待处理 / 已答复' });
const FeedbackActionEnum = actionEnum(builder, 'FeedbackAction', feedbackMachine);

builder.prismaObject('Feedback', {
  description: '意见反馈: a user’s feedback on the services and the centre’s reply',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization'),
    person: t.field({ type: PersonRef, resolve: (feedback) => ({ id: feedback.personId }) }),
    subject: t.exposeString('subject'),
    content: t.exposeString('content'),
    status: t.expose('status', { type: FeedbackStatusEnum }),
    reply: t.exposeString('reply', { nullable: true }),
    repliedAt: t.expose('repliedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    allowedActions: t.field({ type: [FeedbackActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (feedback, _args, context) => allowedActions(feedbackMachine, context.viewer, feedback) }),
  }),
});

const FeedbackFilter = builder.inputType('FeedbackFilter', { fields: (t) => ({ status: t.field({ type: FeedbackStatusEnum }), organizationId: t.id() }) });

const feedbackWhere = (filter: typeof FeedbackFilter.$inferInput | null | undefined): Prisma.FeedbackWhereInput => ({
  ...(filter?.status ? { status: filter.status } : {}),
  ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
});

builder.queryFields((t) => ({
  feedback: t.prismaConnection({
    type: 'Feedback',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'Feedback the viewer sees (a unit user: its unit’s), latest first',
    args: { filter: t.arg({ type: FeedbackFilter }) },
    resolve: (query, _root, { filter }, context) => context.db.feedback.findMany({ ...query, where: feedbackWhere(filter), orderBy: [{ createdAt: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.feedback.count({ where: feedbackWhere(filter) }),
  }),
}));

export const SubmitFeedbackInput = builder.inputType('SubmitFeedbackInput', {
  fields: (t) => ({
    organizationId: t.id({ description: 'Services staff name the unit; a unit user submits for its own' }),
    subject: t.string({ required: true, validate: text(100) }),
    content: t.string({ required: true, validate: text(2000) }),
  }),
});

const ReplyToFeedbackInput = builder.inputType('ReplyToFeedbackInput', {
  fields: (t) => ({ id: t.id({ required: true, validate: text(100) }), reply: t.string({ required: true, validate: text(2000) }) }),
});

builder.mutationFields((t) => ({
  submitFeedback: t.prismaField({
    type: 'Feedback',
    authScopes: { anyRole: WORK_ORDER_REQUESTERS },
    args: { input: t.arg({ type: SubmitFeedbackInput, required: true }) },
    resolve: (query, _root, { input }, context) => submitFeedback(actingAs(context), context, input, query),
  }),
  replyToFeedback: t.prismaField({
    type: 'Feedback',
    authScopes: { anyRole: feedbackMachine.rolesFor('reply') },
    description: 'SUBMITTED → REPLIED (handled)',
    args: { input: t.arg({ type: ReplyToFeedbackInput, required: true }) },
    resolve: (query, _root, { input }, context) => replyToFeedback(actingAs(context), input, query),
  }),
}));
