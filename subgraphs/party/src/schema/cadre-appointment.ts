import { actingAs } from '@jiguan/shared-schema/context';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { text } from '@jiguan/shared-schema/validation/input-rules';
import type { Prisma } from '../../prisma/generated/client.ts';
import { recordCadreAppointment } from '../actions/record-cadre-appointment.ts';
import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';
import { appointmentDatesProblem } from '../domain/cadre-appointment.ts';
import { CadreLevelEnum } from './enums.ts';
import { PersonRef } from './person.ts';
import { inYear, YEAR_ARG } from './year-filter.ts';

builder.prismaObject('CadreAppointment', {
  description: '科级干部选拔任用: a section-level cadre appointed after proposal and public notice',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.field({ type: PersonRef, resolve: (appointment) => ({ id: appointment.personId }) }),
    organization: t.relation('organization', { description: 'The unit the post is in' }),
    position: t.exposeString('position'),
    level: t.expose('level', { type: CadreLevelEnum }),
    proposedOn: t.expose('proposedOn', { type: 'Date', description: '动议' }),
    publicNoticeOn: t.expose('publicNoticeOn', { type: 'Date', description: '任前公示' }),
    appointedOn: t.expose('appointedOn', { type: 'Date', description: '任职' }),
  }),
});

const CadreAppointmentFilter = builder.inputType('CadreAppointmentFilter', {
  fields: (t) => ({ year: t.int({ validate: YEAR_ARG, description: 'Appointed in the year' }), level: t.field({ type: CadreLevelEnum }) }),
});

const appointmentWhere = (filter: typeof CadreAppointmentFilter.$inferInput | null | undefined): Prisma.CadreAppointmentWhereInput => ({
  ...(filter?.level ? { level: filter.level } : {}),
  ...(filter?.year ? { appointedOn: inYear(filter.year) } : {}),
});

builder.queryFields((t) => ({
  cadreAppointments: t.prismaConnection({
    type: 'CadreAppointment',
    cursor: 'id',
    authScopes: partyAccess.read,
    description: 'Newest first',
    args: { filter: t.arg({ type: CadreAppointmentFilter }) },
    resolve: (query, _root, { filter }, context) =>
      context.db.cadreAppointment.findMany({ ...query, where: appointmentWhere(filter), orderBy: [{ appointedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: (_connection, { filter }, context) => context.db.cadreAppointment.count({ where: appointmentWhere(filter) }),
  }),
}));

export const RecordCadreAppointmentInput = builder.inputType('RecordCadreAppointmentInput', {
  validate: domainRule(appointmentDatesProblem),
  fields: (t) => ({
    personId: t.id({ required: true }),
    organizationId: t.id({ required: true, description: 'The unit the post is in' }),
    position: t.string({ required: true, validate: text(100) }),
    level: t.field({ type: CadreLevelEnum, required: true }),
    proposedOn: t.field({ type: 'Date', required: true }),
    publicNoticeOn: t.field({ type: 'Date', required: true }),
    appointedOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationFields((t) => ({
  recordCadreAppointment: t.prismaField({
    type: 'CadreAppointment',
    authScopes: partyAccess.write,
    args: { input: t.arg({ type: RecordCadreAppointmentInput, required: true }) },
    resolve: (query, _root, { input }, context) => recordCadreAppointment(actingAs(context), context, input, query),
  }),
}));
