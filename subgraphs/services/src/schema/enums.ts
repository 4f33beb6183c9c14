import { BookingStatus, DishCategory } from '../../prisma/generated/enums.ts';
import { builder } from '../builder.ts';

// The Chinese labels live in the frontends' locale files; the Prisma schema documents each value.

export const RoomBookingStatusEnum = builder.enumType(BookingStatus, { name: 'RoomBookingStatus', description: '待审批 / 已批准 / 已驳回 / 已签到 / 已完成 / 已取消 / 超时释放' });

export const DishCategoryEnum = builder.enumType(DishCategory, { name: 'DishCategory', description: '荤菜 / 素菜 / 主食 / 汤 / 点心' });
