import { actingAs } from '@jiguan/shared-schema/context';
import { decimalColumn } from '@jiguan/shared-schema/schema/decimal-column';
import { domainRule } from '@jiguan/shared-schema/validation/domain-rule';
import { headcount, positiveAmount } from '@jiguan/shared-schema/validation/input-rules';
import { setOfficeSpaceStandard } from '../actions/set-office-space-standard.ts';
import { setStaffing } from '../actions/set-staffing.ts';
import { builder } from '../builder.ts';
import { assetsAccess } from '../domain/access.ts';
import { officeSpaceUsage, staffingProblem, type UnitSpaceFigures } from '../domain/office-space.ts';
import { unitSpaceFigures } from '../figures/unit-space-figures.ts';
import { RankEnum } from './enums.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('OfficeSpaceStandard', {
  description: '办公用房标准: office area allowed per person at a rank',
  fields: (t) => ({
    rank: t.expose('rank', { type: RankEnum }),
    areaPerPerson: t.field({ type: 'Decimal', description: 'm²', resolve: decimalColumn('areaPerPerson') }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const SpaceUsageRef = builder.objectRef<UnitSpaceFigures>('SpaceUsage').implement({
  description: 'A unit’s office space against the standard (办公用房标准)',
  fields: (t) => ({
    officeArea: t.field({ type: 'Decimal', description: 'm² of office rooms the unit holds', resolve: decimalColumn('officeArea') }),
    approvedHeadcount: t.exposeInt('approvedHeadcount', { description: '编制数 over all ranks' }),
    allowedArea: t.field({ type: 'Decimal', description: 'm² the standard allows for those posts', resolve: decimalColumn('allowedArea') }),
    areaPerPerson: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'm² of office space per approved post; null without approved posts',
      resolve: (usage) => officeSpaceUsage(usage).areaPerPerson?.toFixed(2) ?? null,
    }),
    overStandard: t.boolean({ description: '超标: holds more office area than the standard allows', resolve: (usage) => officeSpaceUsage(usage).overStandard }),
  }),
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  spaceUsage: t.loadable({
    nullable: true,
    type: SpaceUsageRef,
    authScopes: assetsAccess.readUnit,
    description: 'Office space per approved post against the standard',
    load: (ids: string[]) => unitSpaceFigures(ids),
    resolve: (organization) => organization.id,
  }),
}));

builder.queryFields((t) => ({
  officeSpaceStandards: t.prismaConnection({
    type: 'OfficeSpaceStandard',
    cursor: 'rank',
    authScopes: assetsAccess.read,
    description: 'The standard, one row a rank, from the most senior',
    resolve: (query, _root, _args, context) => context.db.officeSpaceStandard.findMany({ ...query, orderBy: { rank: 'asc' } }),
    totalCount: (_connection, _args, context) => context.db.officeSpaceStandard.count(),
  }),
}));

const StaffingInput = builder.inputType('StaffingInput', {
  fields: (t) => ({
    rank: t.field({ type: RankEnum, required: true }),
    approvedHeadcount: t.int({ required: true, validate: headcount }),
  }),
});

builder.mutationFields((t) => ({
  setOfficeSpaceStandard: t.prismaField({
    type: 'OfficeSpaceStandard',
    authScopes: assetsAccess.write,
    args: { rank: t.arg({ type: RankEnum, required: true }), areaPerPerson: t.arg({ type: 'Decimal', required: true, validate: positiveAmount }) },
    resolve: (query, _root, args, context) => setOfficeSpaceStandard(actingAs(context), args, query),
  }),
  setStaffing: t.prismaField({
    type: 'Organization',
    authScopes: assetsAccess.write,
    description: 'Sets a unit’s approved headcount (编制数) by rank, replacing the ranks given; registers the unit in assets if new',
    args: {
      organizationId: t.arg.id({ required: true }),
      staffing: t.arg({ type: [StaffingInput], required: true, validate: domainRule(staffingProblem) }),
    },
    resolve: (query, _root, args, context) => setStaffing({ ...actingAs(context), requireDirectoryUnit: context.requireDirectoryUnit }, args, query),
  }),
}));
