import {
  CadreLevel,
  CommitteePosition,
  DevelopmentStage,
  EducationKind,
  HonourKind,
  LetterKind,
  MeetingKind,
  MemberStatus,
  PartyOrganizationKind,
  RectificationTaskStatus,
  TransferDirection,
} from '../../prisma/generated/enums.ts';
import { builder } from '../builder.ts';

// The Chinese labels live in the frontends' locale files; the Prisma schema documents each value.

export const PartyOrganizationKindEnum = builder.enumType(PartyOrganizationKind, { name: 'PartyOrganizationKind', description: '党组 / 机关党总支 / 党支部' });
export const CommitteePositionEnum = builder.enumType(CommitteePosition, { name: 'CommitteePosition', description: '书记 / 副书记 / 组织委员 / 宣传委员 / 纪检委员 / 委员' });
export const MemberStatusEnum = builder.enumType(MemberStatus, { name: 'MemberStatus', description: '预备党员 / 正式党员 / 已转出 / 取消预备党员资格' });
export const TransferDirectionEnum = builder.enumType(TransferDirection, { name: 'TransferDirection', description: '组织关系转入 / 转出' });
export const DevelopmentStageEnum = builder.enumType(DevelopmentStage, {
  name: 'DevelopmentStage',
  description: '入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员, or 取消',
});
export const MeetingKindEnum = builder.enumType(MeetingKind, { name: 'MeetingKind', description: '中心组学习, 三会一课 (支部党员大会, 支委会, 党小组会, 党课), 主题党日' });
export const EducationKindEnum = builder.enumType(EducationKind, { name: 'EducationKind', description: '警示教育参观 / 专题学习' });
export const LetterKindEnum = builder.enumType(LetterKind, { name: 'LetterKind', description: '责任书 / 承诺书' });
export const HonourKindEnum = builder.enumType(HonourKind, { name: 'HonourKind', description: '集体荣誉 / 个人荣誉' });
export const CadreLevelEnum = builder.enumType(CadreLevel, { name: 'CadreLevel', description: '正科级 / 副科级' });
export const RectificationTaskStatusEnum = builder.enumType(RectificationTaskStatus, {
  name: 'RectificationTaskStatus',
  description: 'OPEN → IN_PROGRESS → DONE → VERIFIED; a failed check sends DONE back to IN_PROGRESS',
});
