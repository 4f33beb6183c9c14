import {
  ApprovalStatus,
  ArchiveDocumentKind,
  BookingStatus,
  BuildingUse,
  CertificateStatus,
  DisposalAssetKind,
  DisposalMethod,
  DisposalStatus,
  EnergyType,
  IssueKind,
  ItemCategory,
  ItemCondition,
  ItemOrigin,
  ItemState,
  LeaseKind,
  PlanStatus,
  PlanType,
  ProblemCategory,
  Rank,
  RectificationStatus,
  RequestStatus,
  RoomUse,
  ServiceKind,
  SurveyKind,
  TitleRegistration,
  VehicleKind,
  VehicleStatus,
  WarehouseKind,
} from '../../prisma/generated/enums.ts';
import { builder } from '../builder.ts';

// The Chinese labels live in the frontends' locale files; the Prisma schema documents each value.

export const RankEnum = builder.enumType(Rank, { name: 'Rank', description: '职级, which sets the office-space standard per person' });
export const CertificateStatusEnum = builder.enumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: '产权证状态: 有证 / 无证 / 证实不符',
});
export const TitleRegistrationEnum = builder.enumType(TitleRegistration, { name: 'TitleRegistration', description: '权属统一登记' });
export const BuildingUseEnum = builder.enumType(BuildingUse, { name: 'BuildingUse', description: '现状用途: 办公 / 业务 / 闲置 / 出租 / 出借' });
export const SurveyKindEnum = builder.enumType(SurveyKind, { name: 'SurveyKind', description: '实地踏勘 / 两测一评 / 土地修测' });
export const ArchiveDocumentKindEnum = builder.enumType(ArchiveDocumentKind, { name: 'ArchiveDocumentKind' });
export const RoomUseEnum = builder.enumType(RoomUse, { name: 'RoomUse', description: 'OFFICE rooms count against the office-space standard' });
export const ProblemCategoryEnum = builder.enumType(ProblemCategory, {
  name: 'ProblemCategory',
  description: '出租出借 / 配置使用 / 安全 / 其他',
});
export const RectificationStatusEnum = builder.enumType(RectificationStatus, {
  name: 'RectificationStatus',
  description: 'OPEN → RECTIFYING → SUBMITTED → VERIFIED; a failed check sends SUBMITTED back to RECTIFYING',
});
export const PlanTypeEnum = builder.enumType(PlanType, { name: 'PlanType', description: '一房一策: 出租 / 调剂 / 移交商发集团 / 改造' });
export const PlanStatusEnum = builder.enumType(PlanStatus, { name: 'PlanStatus' });
export const LeaseKindEnum = builder.enumType(LeaseKind, { name: 'LeaseKind', description: '出租 (for rent) / 出借 (free of charge)' });
export const WarehouseKindEnum = builder.enumType(WarehouseKind, { name: 'WarehouseKind', description: '虚拟仓 / 实体仓' });
export const ItemCategoryEnum = builder.enumType(ItemCategory, { name: 'ItemCategory' });
export const ItemConditionEnum = builder.enumType(ItemCondition, { name: 'ItemCondition' });
export const ItemOriginEnum = builder.enumType(ItemOrigin, {
  name: 'ItemOrigin',
  description: 'UNIT_TRANSFER: handed in by a unit (入仓); OPENING_STOCK: on hand when the register opened',
});
export const ItemStateEnum = builder.enumType(ItemState, {
  name: 'ItemState',
  description: 'LISTED → RESERVED (every piece requested) → ALLOCATED (every piece reallocated), or → DISPOSED',
});
export const RequestStatusEnum = builder.enumType(RequestStatus, { name: 'RequestStatus' });
export const IssueKindEnum = builder.enumType(IssueKind, { name: 'IssueKind', description: '出仓: 调剂 (reallocation) / 处置 (disposal)' });
export const DisposalAssetKindEnum = builder.enumType(DisposalAssetKind, { name: 'DisposalAssetKind' });
export const DisposalMethodEnum = builder.enumType(DisposalMethod, { name: 'DisposalMethod', description: '报废 / 转让 / 调拨 / 捐赠 / 拆除' });
export const DisposalStatusEnum = builder.enumType(DisposalStatus, {
  name: 'DisposalStatus',
  description: 'DRAFT → SUBMITTED → APPROVED → EXECUTED, or SUBMITTED → REJECTED',
});
export const VehicleKindEnum = builder.enumType(VehicleKind, { name: 'VehicleKind' });
export const EnergyTypeEnum = builder.enumType(EnergyType, { name: 'EnergyType', description: '纯电 / 插电混动 / 燃油' });
export const VehicleStatusEnum = builder.enumType(VehicleStatus, { name: 'VehicleStatus' });
export const ApprovalStatusEnum = builder.enumType(ApprovalStatus, { name: 'ApprovalStatus' });
export const ServiceKindEnum = builder.enumType(ServiceKind, { name: 'ServiceKind', description: '保养 / 维修 / 年检' });
export const BookingStatusEnum = builder.enumType(BookingStatus, { name: 'BookingStatus' });
