import { DataScope, OrganizationKind, Rank, Role } from '../../prisma/generated/enums.ts';
import { builder } from '../builder.ts';

export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: '单位性质: 党政机关 / 事业单位 / 国有企业 / 内设科室',
});

export const RankEnum = builder.enumType(Rank, {
  name: 'Rank',
  description: '职级, which sets the office-space standard per person',
});

export const RoleEnum = builder.enumType(Role, { name: 'Role' });

export const DataScopeEnum = builder.enumType(DataScope, {
  name: 'DataScope',
  description: 'Rows an account sees: ALL, its DEPARTMENT, its unit and those below (UNIT_AND_CHILDREN), or its own (SELF)',
});
