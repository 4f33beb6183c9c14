import { requireViewer } from '@jiguan/shared-schema/context';
import { setOfficeSpaceStandard } from '../actions/set-office-space-standard.ts';
import { setStaffing } from '../actions/set-staffing.ts';
import { builder } from '../builder.ts';
import { prisma } from '../db.ts';
import { officeSpaceUsage, type UnitSpaceFigures } from '../domain/office-space.ts';
import { unitSpaceFigures } from '../figures/unit-space-figures.ts';
import { readers, unitReaders, writers } from './auth-scopes.ts';
import { RankEnum } from './enums.ts';
import { headcount, positiveAmount } from './input-rules.ts';
import { OrganizationRef } from './organization.ts';

builder.prismaObject('OfficeSpaceStandard', {
  description: '办公用房标准: office area allowed per person at a rank',
  fields: (t) => ({
    rank: t.expose('rank', { type: RankEnum }),
    areaPerPerson: t.field({ type: 'Decimal', description: 'm²', resolve: (standard) => standard.areaPerPerson.toFixed(2) }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const SpaceUsageRef = builder.objectRef<UnitSpaceFigures>('SpaceUsage').implement({
  description: 'A unit’s office space against the standard (办公用房标准)',
  fields: (t) => ({
    officeArea: t.field({ type: 'Decimal', description: 'm² of office rooms the unit holds', resolve: (usage) => usage.officeArea.toFixed(2) }),
    approvedHeadcount: t.exposeInt('approvedHeadcount', { description: '编制数 over all ranks' }),
    allowedArea: t.field({ type: 'Decimal', description: 'm² the standard allows for those posts', resolve: (usage) => usage.allowedArea.toFixed(2) }),
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
    type: SpaceUsageRef,
    authScopes: unitReaders,
    description: 'Office space per approved post against the standard',
    load: (ids: string[]) => unitSpaceFigures(ids),
    resolve: (organization) => organization.id,
  }),
}));

builder.queryFields((t) => ({
  officeSpaceStandards: t.prismaConnection({
    type: 'OfficeSpaceStandard',
    cursor: 'rank',
    authScopes: readers,
    description: 'The standard, one row a rank, from the most senior',
    resolve: (query) => prisma.officeSpaceStandard.findMany({ ...query, orderBy: { rank: 'asc' } }),
    totalCount: () => prisma.officeSpaceStandard.count(),
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
    authScopes: writers,
    args: { rank: t.arg({ type: RankEnum, required: true }), areaPerPerson: t.arg({ type: 'Decimal', required: true, validate: positiveAmount }) },
    resolve: async (query, _root, { rank, areaPerPerson }, context) => {
      await setOfficeSpaceStandard(requireViewer(context), rank, areaPerPerson);
      return prisma.officeSpaceStandard.findUniqueOrThrow({ ...query, where: { rank } });
    },
  }),
  setStaffing: t.prismaField({
    type: 'Organization',
    authScopes: writers,
    description: 'Sets a unit’s approved headcount (编制数) by rank, replacing the ranks given; registers the unit in assets if new',
    args: { organizationId: t.arg.id({ required: true }), staffing: t.arg({ type: [StaffingInput], required: true }) },
    resolve: async (query, _root, { organizationId, staffing }, context) => {
      await setStaffing(requireViewer(context), organizationId, staffing);
      return prisma.organization.findUniqueOrThrow({ ...query, where: { id: organizationId } });
    },
  }),
}));
