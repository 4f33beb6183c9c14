import { actingAs } from '@jiguan/shared-schema/context';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { createPartyOrganization } from '../actions/create-party-organization.ts';
import { recordReElection } from '../actions/record-re-election.ts';
import { removeCommitteeMember } from '../actions/remove-committee-member.ts';
import { setCommitteeMember } from '../actions/set-committee-member.ts';
import { builder } from '../builder.ts';
import { canManageBranch, partyAccess } from '../domain/access.ts';
import { isReElectionOverdue, termProblem } from '../domain/party-organization.ts';
import { CommitteePositionEnum, PartyOrganizationKindEnum } from './enums.ts';
import { PersonRef } from './person.ts';

export const PartyOrganizationRef = builder.prismaObject('PartyOrganization', {
  description: 'A Party organisation: the 党组, the 机关党总支, or one of its 支部',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: PartyOrganizationKindEnum }),
    name: t.exposeString('name'),
    parent: t.relation('parent', { nullable: true, description: 'The organisation above (a branch’s general branch)' }),
    children: t.relatedConnection('children', { cursor: 'id', totalCount: true, query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] } }),
    organization: t.relation('organization', { description: 'The unit it is set up in' }),
    isJointBranch: t.exposeBoolean('isJointBranch', { description: '社会化服务单位联合党支部' }),
    foundedOn: t.expose('foundedOn', { type: 'Date' }),
    secretary: t.field({ type: PersonRef, nullable: true, resolve: (organization) => (organization.secretaryPersonId ? { id: organization.secretaryPersonId } : null) }),
    termStartOn: t.expose('termStartOn', { type: 'Date' }),
    termEndOn: t.expose('termEndOn', { type: 'Date' }),
    reElectionOverdue: t.boolean({
      description: 'The term has ended and no re-election (换届) is recorded',
      resolve: (organization) => isReElectionOverdue(organization, businessDate()),
    }),
    committee: t.relation('committee', { description: 'The committee of the current term (at most 15)', query: { orderBy: [{ position: 'asc' }, { id: 'asc' }], take: 15 } }),
    reElections: t.relatedConnection('reElections', { cursor: 'id', totalCount: true, query: { orderBy: [{ heldOn: 'desc' }, { id: 'asc' }] } }),
    memberCount: t.relationCount('members', {
      description: 'Members (probationary and full) the viewer may see: every one for Party staff and the branch’s secretary',
      where: { status: { in: ['PROBATIONARY', 'FULL'] } },
    }),
    canManage: t.boolean({
      description: 'Whether the viewer manages it (Party staff, or its secretary): records its meetings, dues and candidates’ steps',
      resolve: (organization, _args, context) => canManageBranch(context.viewer, organization),
    }),
  }),
});

builder.asEntity(PartyOrganizationRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) => context.db.partyOrganization.findUnique({ where: { id } }),
});

builder.prismaObject('CommitteeMember', {
  description: 'A member of an organisation’s committee in the current term',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, resolve: (member) => ({ id: member.personId }) }),
    position: t.expose('position', { type: CommitteePositionEnum }),
  }),
});

builder.prismaObject('ReElection', {
  description: '换届: a new committee elected, and the term it began',
  fields: (t) => ({
    id: t.exposeID('id'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    previousTermEndOn: t.expose('previousTermEndOn', { type: 'Date', description: 'When the term it renewed ended (when it was due)' }),
    termStartOn: t.expose('termStartOn', { type: 'Date' }),
    termEndOn: t.expose('termEndOn', { type: 'Date' }),
    secretary: t.field({ type: PersonRef, resolve: (election) => ({ id: election.secretaryPersonId }) }),
    result: t.exposeString('result', { description: 'What the meeting decided, as minuted' }),
  }),
});

const PartyOrganizationFilter = builder.inputType('PartyOrganizationFilter', {
  fields: (t) => ({
    kind: t.field({ type: PartyOrganizationKindEnum }),
    parentId: t.id({ description: 'The branches of a general branch' }),
  }),
});

function partyOrganizationWhere(filter: typeof PartyOrganizationFilter.$inferInput | null | undefined): Prisma.PartyOrganizationWhereInput {
  return { AND: [filter?.kind ? { kind: filter.kind } : {}, filter?.parentId ? { parentId: filter.parentId } : {}] };
}

builder.queryFields((t) => ({
  partyOrganizations: t.prismaConnection({
    type: 'PartyOrganization',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'The Party organisations, 党组 first, then the general branch and its branches by name',
    args: { filter: t.arg({ type: PartyOrganizationFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.partyOrganization.findMany({ ...query, where: partyOrganizationWhere(filter), orderBy: [{ kind: 'asc' }, { name: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.partyOrganization.count({ where: partyOrganizationWhere(filter) }),
  }),
  partyOrganization: t.prismaField({
    type: 'PartyOrganization',
    nullable: true,
    authScopes: partyAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.partyOrganization.findUnique({ ...query, where: { id } }),
  }),
}));

export const CreatePartyOrganizationInput = builder.inputType('CreatePartyOrganizationInput', {
  validate: domainRule(termProblem),
  fields: (t) => ({
    kind: t.field({ type: PartyOrganizationKindEnum, required: true }),
    name: t.string({ required: true, validate: text(100) }),
    parentId: t.id({ description: 'The general branch a branch belongs to' }),
    organizationId: t.id({ required: true, description: 'The unit it is set up in' }),
    isJointBranch: t.boolean({ required: true, defaultValue: false }),
    foundedOn: t.field({ type: 'Date', required: true }),
    secretaryPersonId: t.id(),
    termStartOn: t.field({ type: 'Date', required: true }),
    termEndOn: t.field({ type: 'Date', required: true }),
  }),
});

export const SetCommitteeMemberInput = builder.inputType('SetCommitteeMemberInput', {
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true }),
    personId: t.id({ required: true }),
    position: t.field({ type: CommitteePositionEnum, required: true }),
  }),
});

export const RemoveCommitteeMemberInput = builder.inputType('RemoveCommitteeMemberInput', {
  fields: (t) => ({ partyOrganizationId: t.id({ required: true }), personId: t.id({ required: true }) }),
});

export const RecordReElectionInput = builder.inputType('RecordReElectionInput', {
  validate: domainRule(termProblem),
  fields: (t) => ({
    partyOrganizationId: t.id({ required: true }),
    heldOn: t.field({ type: 'Date', required: true }),
    termStartOn: t.field({ type: 'Date', required: true }),
    termEndOn: t.field({ type: 'Date', required: true }),
    secretaryPersonId: t.id({ required: true, description: 'The secretary elected' }),
    result: t.string({ required: true, validate: text(500), description: 'What the meeting decided (选举结果)' }),
  }),
});

builder.mutationFields((t) => ({
  createPartyOrganization: t.prismaField({
    type: 'PartyOrganization',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: CreatePartyOrganizationInput, required: true }) },
    resolve: (query, _root, { input }, context) => createPartyOrganization(actingAs(context), context, input, query),
  }),
  setCommitteeMember: t.prismaField({
    type: 'PartyOrganization',
    authScopes: partyAccess.write,
    description: 'Puts a person on the committee in a position; SECRETARY makes them the secretary',
    args: { input: t.arg({ type: SetCommitteeMemberInput, required: true }) },
    resolve: (query, _root, { input }, context) => setCommitteeMember(actingAs(context), context, input, query),
  }),
  removeCommitteeMember: t.prismaField({
    type: 'PartyOrganization',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: RemoveCommitteeMemberInput, required: true }) },
    resolve: (query, _root, { input }, context) => removeCommitteeMember(actingAs(context), input, query),
  }),
  recordReElection: t.prismaField({
    type: 'PartyOrganization',
    authScopes: partyAccess.write,
    description: '换届: the new term and secretary',
    args: { input: t.arg({ type: RecordReElectionInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordReElection(actingAs(context), context, input, query),
  }),
}));
