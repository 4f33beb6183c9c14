import { actingAs } from '@jiguan/shared-schema/context';
import { actionEnum, ALLOWED_ACTIONS_DESCRIPTION, allowedActions } from '@jiguan/shared-schema/schema/allowed-actions';
import { orderEnum } from '@jiguan/shared-schema/schema/order-enum';
import { failure, optionalText, text } from '@jiguan/shared-schema/validation/input-rules';
import { z } from 'zod';
import type { Prisma } from '../../prisma/generated/client.ts';
import { VisitStatus } from '../../prisma/generated/enums.ts';
import { cancelVisit } from '../actions/cancel-visit.ts';
import { checkInVisit } from '../actions/check-in-visit.ts';
import { checkOutVisit } from '../actions/check-out-visit.ts';
import { markVisitNoShow } from '../actions/mark-visit-no-show.ts';
import { purgeVisits } from '../actions/purge-visits.ts';
import { registerVisit } from '../actions/register-visit.ts';
import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { decrypt, DEFAULT_RETENTION_DAYS, isCarPlate, isIdNumber, isPhone, masked, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, VISIT_REGISTRARS, visitMachine } from '../domain/visit.ts';
import { buildingField, PersonRef } from './places.ts';

const VisitStatusEnum = builder.enumType(VisitStatus, { name: 'VisitStatus', description: '待到访 / 已入园 / 已离开 / 未到访 / 已取消' });
const VisitActionEnum = actionEnum(builder, 'VisitAction', visitMachine);

builder.prismaObject('Visit', {
  description: '访客登记: a visitor pre-registered by a host; phone and ID number show their last 4 only',
  fields: (t) => ({
    id: t.exposeID('id'),
    organization: t.relation('organization', { description: 'The host’s unit' }),
    host: t.field({ type: PersonRef, resolve: (visit) => ({ id: visit.hostPersonId }) }),
    buildingId: t.exposeID('buildingId', { nullable: true, description: 'The assets Building’s id (also for viewers to whom assets does not show it)' }),
    building: t.field({ ...buildingField('The building of the gate'), resolve: (row) => (row.buildingId ? { id: row.buildingId } : null) }),
    visitorName: t.exposeString('visitorName', { nullable: true, description: 'Null once purged' }),
    visitorOrganization: t.exposeString('visitorOrganization', { nullable: true }),
    phone: t.string({ nullable: true, description: 'Masked: the last 4 digits only (****5678)', resolve: (visit) => masked(visit.phoneLast4) }),
    idNumber: t.string({ nullable: true, description: 'Masked: the last 4 characters only', resolve: (visit) => masked(visit.idNumberLast4) }),
    carPlate: t.exposeString('carPlate', { nullable: true }),
    expectedAt: t.expose('expectedAt', { type: 'DateTime' }),
    purpose: t.exposeString('purpose'),
    status: t.expose('status', { type: VisitStatusEnum }),
    checkedInAt: t.expose('checkedInAt', { type: 'DateTime', nullable: true }),
    checkedOutAt: t.expose('checkedOutAt', { type: 'DateTime', nullable: true }),
    purgedAt: t.expose('purgedAt', { type: 'DateTime', nullable: true, description: 'When the retention purge erased the personal fields' }),
    allowedActions: t.field({ type: [VisitActionEnum], description: ALLOWED_ACTIONS_DESCRIPTION, resolve: (visit, _args, context) => allowedActions(visitMachine, context.viewer, visit) }),
  }),
});

interface PersonalData {
  phone: string | null;
  idNumber: string | null;
}

const VisitPersonalDataRef = builder.objectRef<PersonalData>('VisitPersonalData').implement({
  description: 'A visitor’s whole phone and ID number (services staff, one record at a time)',
  fields: (t) => ({
    phone: t.exposeString('phone', { nullable: true }),
    idNumber: t.exposeString('idNumber', { nullable: true }),
  }),
});

const visitOrder = orderEnum(builder, 'VisitOrder', {
  EXPECTED_AT_DESC: [{ expectedAt: 'desc' }, { id: 'asc' }],
  EXPECTED_AT: [{ expectedAt: 'asc' }, { id: 'asc' }],
} satisfies Record<string, Prisma.VisitOrderByWithRelationInput[]>);

const VisitFilter = builder.inputType('VisitFilter', {
  fields: (t) => ({
    status: t.field({ type: VisitStatusEnum }),
    organizationId: t.id(),
    buildingId: t.id({ description: 'The gate' }),
    from: t.field({ type: 'DateTime', description: 'Expected at or after' }),
    to: t.field({ type: 'DateTime', description: 'Expected before' }),
  }),
});

function visitWhere(filter: typeof VisitFilter.$inferInput | null | undefined): Prisma.VisitWhereInput {
  return {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter?.buildingId ? { buildingId: filter.buildingId } : {}),
    ...(filter?.from || filter?.to ? { expectedAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

builder.queryFields((t) => ({
  visits: t.prismaConnection({
    type: 'Visit',
    cursor: 'id',
    authScopes: servicesAccess.read,
    description: 'Visitor registrations the viewer sees (a unit user: its unit’s); the gate view is `from`/`to` today ordered EXPECTED_AT',
    args: { filter: t.arg({ type: VisitFilter }), orderBy: t.arg({ type: visitOrder.ref, defaultValue: visitOrder.defaultValue }) },
    resolve: (query, _root, { filter, orderBy }, context) => context.db.visit.findMany({ ...query, where: visitWhere(filter), orderBy: visitOrder.orderBy(orderBy) }),
    totalCount: (_connection, { filter }, context) => context.db.visit.count({ where: visitWhere(filter) }),
  }),
  visit: t.prismaField({
    type: 'Visit',
    nullable: true,
    authScopes: servicesAccess.read,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, context) => context.db.visit.findUnique({ ...query, where: { id } }),
  }),
  visitPersonalData: t.field({
    type: VisitPersonalDataRef,
    nullable: true,
    authScopes: { anyRole: ['SERVICES_STAFF'] },
    description: 'The whole phone and ID number of one visit, for services staff at the gate; null once purged or for an unknown id',
    args: { visitId: t.arg.id({ required: true }) },
    resolve: async (_root, { visitId }, context) => {
      const visit = await context.db.visit.findUnique({ where: { id: visitId }, select: { phoneEncrypted: true, idNumberEncrypted: true, purgedAt: true } });
      if (!visit || visit.purgedAt) return null;
      return { phone: visit.phoneEncrypted ? decrypt(visit.phoneEncrypted) : null, idNumber: visit.idNumberEncrypted ? decrypt(visit.idNumberEncrypted) : null };
    },
  }),
}));

const rule = (check: (value: string) => boolean, message: string, reason: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!check(value)) failure(ctx, message, reason);
    });

export const RegisterVisitInput = builder.inputType('RegisterVisitInput', {
  fields: (t) => ({
    organizationId: t.id({ description: 'The host’s unit: services staff name it; a unit user registers for its own' }),
    hostPersonId: t.id({ description: 'The host; default the viewer' }),
    buildingId: t.id({ description: 'The assets Building of the gate' }),
    visitorName: t.string({ required: true, validate: text(50) }),
    visitorOrganization: t.string({ validate: optionalText(100) }),
    phone: t.string({ required: true, validate: rule(isPhone, '请输入正确的电话号码', 'NOT_A_PHONE') }),
    idNumber: t.string({ required: true, validate: rule((v) => isIdNumber(v.toUpperCase()), '请输入正确的身份证号码', 'NOT_AN_ID_NUMBER').transform((v) => v.toUpperCase()) }),
    carPlate: t.string({ validate: rule(isCarPlate, '请输入正确的车牌号', 'NOT_A_CAR_PLATE').nullish() }),
    expectedAt: t.field({ type: 'DateTime', required: true }),
    purpose: t.string({ required: true, validate: text(200) }),
  }),
});

const VisitStepInput = builder.inputType('VisitStepInput', { fields: (t) => ({ id: t.id({ required: true, validate: text(100) }) }) });

const PurgeVisitsInput = builder.inputType('PurgeVisitsInput', {
  fields: (t) => ({
    olderThanDays: t.int({
      description: `The retention period in days (default ${DEFAULT_RETENTION_DAYS}, ${MIN_RETENTION_DAYS}–${MAX_RETENTION_DAYS})`,
      validate: z.number().superRefine((value, ctx) => {
        if (!Number.isInteger(value)) failure(ctx, '须为整数', 'NOT_AN_INTEGER');
        else if (value < MIN_RETENTION_DAYS) failure(ctx, `保存期限至少 ${MIN_RETENTION_DAYS} 天`, 'TOO_SMALL', { min: MIN_RETENTION_DAYS });
        else if (value > MAX_RETENTION_DAYS) failure(ctx, `保存期限至多 ${MAX_RETENTION_DAYS} 天`, 'TOO_LARGE', { max: MAX_RETENTION_DAYS });
      }),
    }),
  }),
});

builder.mutationFields((t) => ({
  registerVisit: t.prismaField({
    type: 'Visit',
    authScopes: { anyRole: VISIT_REGISTRARS },
    description: '访客预约 by a host (a unit user for its own unit) or services staff',
    args: { input: t.arg({ type: RegisterVisitInput, required: true }) },
    resolve: (query, _root, { input }, context) => registerVisit(actingAs(context), context, input, query),
  }),
  checkInVisit: t.prismaField({
    type: 'Visit',
    authScopes: { anyRole: visitMachine.rolesFor('checkIn') },
    description: 'EXPECTED → CHECKED_IN at the gate',
    args: { input: t.arg({ type: VisitStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => checkInVisit(actingAs(context), input, query),
  }),
  checkOutVisit: t.prismaField({
    type: 'Visit',
    authScopes: { anyRole: visitMachine.rolesFor('checkOut') },
    description: 'CHECKED_IN → CHECKED_OUT',
    args: { input: t.arg({ type: VisitStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => checkOutVisit(actingAs(context), input, query),
  }),
  markVisitNoShow: t.prismaField({
    type: 'Visit',
    authScopes: { anyRole: visitMachine.rolesFor('markNoShow') },
    description: 'EXPECTED → NO_SHOW, an hour after the expected time',
    args: { input: t.arg({ type: VisitStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => markVisitNoShow(actingAs(context), input, query),
  }),
  cancelVisit: t.prismaField({
    type: 'Visit',
    authScopes: { anyRole: visitMachine.rolesFor('cancel') },
    description: 'EXPECTED → CANCELLED by the host or staff',
    args: { input: t.arg({ type: VisitStepInput, required: true }) },
    resolve: (query, _root, { input }, context) => cancelVisit(actingAs(context), input, query),
  }),
  purgeVisits: t.int({
    authScopes: servicesAccess.write,
    description: 'The retention purge: erases the personal fields of visits older than the retention period (audit kept); answers how many',
    args: { input: t.arg({ type: PurgeVisitsInput }) },
    resolve: (_root, { input }, context) => purgeVisits(actingAs(context), input?.olderThanDays ?? DEFAULT_RETENTION_DAYS),
  }),
}));
