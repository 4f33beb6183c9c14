import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { amount, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { admitProbationaryMember } from '../actions/admit-probationary-member.ts';
import { applyForMembership } from '../actions/apply-for-membership.ts';
import { cancelCandidate } from '../actions/cancel-candidate.ts';
import { confirmFullMember } from '../actions/confirm-full-member.ts';
import { extendProbation } from '../actions/extend-probation.ts';
import { makeDevelopmentTarget } from '../actions/make-development-target.ts';
import { putCandidateOnRecord } from '../actions/put-candidate-on-record.ts';
import { recordPoliticalReview } from '../actions/record-political-review.ts';
import { builder } from '../builder.ts';
import { BRANCH_MANAGERS, partyAccess } from '../domain/access.ts';
import { candidateMachine, nextStepDueOn } from '../domain/candidate.ts';
import { DevelopmentStageEnum } from './enums.ts';
import { PersonRef } from './person.ts';

const CandidateActionEnum = actionEnum(builder, 'CandidateAction', candidateMachine);

export const CandidateRef = builder.prismaObject('Candidate', {
  description: '党员发展: a person on the way into the Party. Visible to the person, their branch’s secretary and Party staff',
  // What the machine's rules read, whatever the caller selected.
  select: { id: true, stage: true, appliedOn: true, activistOn: true, targetOn: true, politicalReviewOn: true, admittedOn: true, probationEndsOn: true, branch: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, select: { personId: true }, resolve: (candidate) => ({ id: candidate.personId }) }),
    branch: t.relation('branch'),
    stage: t.expose('stage', { type: DevelopmentStageEnum }),
    appliedOn: t.expose('appliedOn', { type: 'Date', description: '递交入党申请书' }),
    activistOn: t.expose('activistOn', { type: 'Date', nullable: true, description: '确定为入党积极分子 (put on record)' }),
    targetOn: t.expose('targetOn', { type: 'Date', nullable: true, description: '确定为发展对象' }),
    politicalReviewOn: t.expose('politicalReviewOn', { type: 'Date', nullable: true, description: '政治审查' }),
    introducers: t.field({
      type: [PersonRef],
      description: '入党介绍人',
      select: { introducerPersonIds: true },
      resolve: (candidate) => candidate.introducerPersonIds.map((id) => ({ id })),
    }),
    admittedOn: t.expose('admittedOn', { type: 'Date', nullable: true, description: '接收为预备党员' }),
    probationEndsOn: t.expose('probationEndsOn', { type: 'Date', nullable: true }),
    fullOn: t.expose('fullOn', { type: 'Date', nullable: true, description: '转为正式党员' }),
    cancelledOn: t.expose('cancelledOn', { type: 'Date', nullable: true }),
    nextStepDueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The earliest date the next step may be taken (a year as activist, the end of probation); null when none waits on a date',
      resolve: (candidate) => nextStepDueOn(candidate),
    }),
    steps: t.relatedConnection('steps', { cursor: 'id', totalCount: true, query: { orderBy: [{ decidedOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] } }),
    allowedActions: t.field({
      type: [CandidateActionEnum],
      description: ALLOWED_ACTIONS_DESCRIPTION,
      resolve: (candidate, _args, context) => allowedActions(candidateMachine, context.viewer, candidate),
    }),
  }),
});

builder.asEntity(CandidateRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.candidate.findUnique({ where: { id }, include: { branch: true } }),
});

builder.prismaObject('CandidateStep', {
  description: 'One step of a candidate: the branch’s decision and its date',
  fields: (t) => ({
    id: t.exposeID('id'),
    verb: t.field({ type: CandidateActionEnum, resolve: (step) => step.verb as typeof CandidateActionEnum.$inferType }),
    fromStage: t.expose('fromStage', { type: DevelopmentStageEnum }),
    toStage: t.expose('toStage', { type: DevelopmentStageEnum }),
    decidedOn: t.expose('decidedOn', { type: 'Date' }),
    decision: t.exposeString('decision', { description: 'The branch’s decision as minuted (支部决议)' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CandidateFilter = builder.inputType('CandidateFilter', {
  fields: (t) => ({
    branchId: t.id(),
    stages: t.field({ type: [DevelopmentStageEnum], validate: z.array(z.string()).max(6) }),
  }),
});

function candidateWhere(filter: typeof CandidateFilter.$inferInput | null | undefined): Prisma.CandidateWhereInput {
  return { AND: [filter?.branchId ? { branchId: filter.branchId } : {}, filter?.stages ? { stage: { in: [...filter.stages] } } : {}] };
}

builder.queryFields((t) => ({
  candidates: t.prismaConnection({
    type: 'Candidate',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'The development pipeline, earliest application first',
    args: { filter: t.arg({ type: CandidateFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.candidate.findMany({ ...query, where: candidateWhere(filter), orderBy: [{ appliedOn: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.candidate.count({ where: candidateWhere(filter) }),
  }),
  candidate: t.prismaField({
    type: 'Candidate',
    nullable: true,
    authScopes: partyAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.candidate.findUnique({ ...query, where: { id } }),
  }),
}));

export const ApplyForMembershipInput = builder.inputType('ApplyForMembershipInput', {
  fields: (t) => ({
    personId: t.id({ required: true }),
    branchId: t.id({ required: true }),
    appliedOn: t.field({ type: 'Date', required: true, description: '递交入党申请书的日期' }),
  }),
});

const stepFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields'] & object>[0]) => ({
  id: t.id({ required: true }),
  decidedOn: t.field({ type: 'Date', required: true, description: 'The date of the branch’s decision' }),
  decision: t.string({ required: true, validate: text(500), description: 'The decision as minuted (支部决议)' }),
});

const CandidateStepInput = builder.inputType('CandidateStepInput', { fields: (t) => stepFields(t) });

const AdmitProbationaryMemberInput = builder.inputType('AdmitProbationaryMemberInput', {
  fields: (t) => ({
    ...stepFields(t),
    introducerPersonIds: t.idList({ required: true, description: 'The two introducers (入党介绍人), full members', validate: z.array(z.string()).max(10) }),
    monthlyIncome: t.field({ type: 'Decimal', required: true, validate: amount, description: 'The declared monthly income the dues are computed from' }),
  }),
});

const ExtendProbationInput = builder.inputType('ExtendProbationInput', {
  fields: (t) => ({ ...stepFields(t), until: t.field({ type: 'Date', required: true, description: 'The new end of probation' }) }),
});

/** The plain steps: a date and a decision. */
const steps = [
  { field: 'putCandidateOnRecord', verb: 'putOnRecord', action: putCandidateOnRecord, description: 'APPLICANT → ACTIVIST: 确定为入党积极分子' },
  { field: 'makeDevelopmentTarget', verb: 'makeTarget', action: makeDevelopmentTarget, description: 'ACTIVIST → DEVELOPMENT_TARGET, after a year as activist' },
  { field: 'recordPoliticalReview', verb: 'recordPoliticalReview', action: recordPoliticalReview, description: 'The political review (政治审查) is done' },
  { field: 'confirmFullMember', verb: 'confirmFull', action: confirmFullMember, description: 'PROBATIONARY → FULL: 转为正式党员, once the probation is over' },
  { field: 'cancelCandidate', verb: 'cancel', action: cancelCandidate, description: '→ CANCELLED: withdrawn, or probation cancelled' },
] as const;

builder.mutationFields((t) => ({
  applyForMembership: t.prismaField({
    type: 'Candidate',
    authScopes: { anyRole: BRANCH_MANAGERS },
    description: '递交入党申请书 (Party staff, or the branch’s secretary)',
    args: { input: t.arg({ type: ApplyForMembershipInput, required: true }) },
    resolve: (query, _root, { input }, context) => applyForMembership(actingAs(context), context, input, query),
  }),
  ...Object.fromEntries(
    steps.map(({ field, verb, action, description }) => [
      field,
      t.prismaField({
        type: 'Candidate',
        authScopes: { anyRole: candidateMachine.rolesFor(verb) },
        description,
        args: { input: t.arg({ type: CandidateStepInput, required: true }) },
        resolve: (query, _root, { input }, context) => action(actingAs(context), input, query),
      }),
    ]),
  ),
  admitProbationaryMember: t.prismaField({
    type: 'Candidate',
    authScopes: { anyRole: candidateMachine.rolesFor('admit') },
    description: 'DEVELOPMENT_TARGET → PROBATIONARY: 接收为预备党员, with two introducers and the political review done',
    args: { input: t.arg({ type: AdmitProbationaryMemberInput, required: true }) },
    resolve: (query, _root, { input }, context) => admitProbationaryMember(actingAs(context), input, query),
  }),
  extendProbation: t.prismaField({
    type: 'Candidate',
    authScopes: { anyRole: candidateMachine.rolesFor('extendProbation') },
    description: '延长预备期: once, by at most a year',
    args: { input: t.arg({ type: ExtendProbationInput, required: true }) },
    resolve: (query, _root, { input }, context) => extendProbation(actingAs(context), input, query),
  }),
}));
