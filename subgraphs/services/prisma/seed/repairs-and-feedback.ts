/**
 * The repairs of 2024 (报修工单, filed by the units in the bureau's compounds, nearly all closed,
 * rated 3–5 stars) and the user feedback of the platform's first year: 91 handled (S1), with the
 * centre's reply.
 */
import { DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { RepairCategory, WorkOrderPriority } from '../generated/enums.ts';
import { localInstant } from '../../src/domain/booking.ts';
import { slaHours } from '../../src/domain/work-order.ts';

export const WORK_ORDERS_2024 = 642;
export const FEEDBACK_HANDLED_2024 = 91;

const CATEGORIES: [RepairCategory, string[]][] = [
  ['PLUMBING', ['卫生间水龙头漏水', '下水道堵塞', '饮水机不出水']],
  ['ELECTRICAL', ['办公室灯管不亮', '插座无电', '走廊感应灯失灵']],
  ['AIR_CONDITIONING', ['空调不制冷', '空调漏水', '空调遥控失灵']],
  ['DOORS_WINDOWS', ['门锁损坏', '窗户关不严', '闭门器漏油']],
  ['NETWORK', ['网口无信号', '无线网络不稳定', '电话线路故障']],
  ['FURNITURE', ['办公椅损坏', '文件柜锁坏', '会议桌桌腿松动']],
  ['OTHER', ['墙面渗水', '地砖开裂', '标识牌脱落']],
];
const PRIORITIES: WorkOrderPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'NORMAL', 'NORMAL', 'LOW'];
const PROVIDERS = ['上海松江物业管理有限公司', '上海茸城设施维保有限公司', '上海某机电安装工程有限公司'];
const WORKERS = ['张师傅', '李师傅', '王师傅', '陈师傅', '刘师傅', '周师傅'];
const SUBJECTS: [string, string, string][] = [
  ['食堂', '午餐菜品可否增加素食', '已在二楼增设素食窗口，每日供应三种素菜。'],
  ['停车', '来访车辆停车位紧张', '已在谷阳北路9号增划访客车位12个，访客登记时可预约车位。'],
  ['会议室', '会议室视频设备调试时间长', '已安排维保人员会前30分钟调试，并张贴操作指引。'],
  ['保洁', '卫生间保洁频次不够', '已将高峰时段保洁频次调整为每小时一次。'],
  ['报修', '报修后希望能看到进度', '平台已上线工单进度查询，可在“我的报修”中查看。'],
  ['安保', '晚间出入登记流程繁琐', '已优化为刷卡与人脸识别通行，无需登记。'],
];

const DAY = 86_400_000;

export async function seedRepairsAndFeedback(tx: Prisma.TransactionClient, random: SeededRandom): Promise<void> {
  const units = DEMO_UNITS.filter((unit) => unit.parentId !== null);
  const sla = slaHours('');
  const orders: Prisma.WorkOrderCreateManyInput[] = [];
  for (let i = 0; i < WORK_ORDERS_2024; i += 1) {
    const unit = random.pick(units);
    const [category, descriptions] = random.pick(CATEGORIES);
    const priority = random.pick(PRIORITIES);
    const day = new Date(Date.UTC(2024, 0, 2) + random.int(0, 355) * DAY).toISOString().slice(0, 10);
    const createdAt = localInstant(day, random.int(8 * 60 + 30, 17 * 60));
    const hours = sla[priority];
    const assignedAt = new Date(createdAt.getTime() + random.int(10, 60) * 60_000);
    const startedAt = new Date(assignedAt.getTime() + random.int(10, 120) * 60_000);
    // Most within the SLA; a few late.
    const doneAt = new Date(createdAt.getTime() + (random.next() < 0.94 ? random.next() * 0.9 : 1 + random.next() * 0.5) * hours * 3600_000 + 30 * 60_000);
    const rated = random.next() < 0.85;
    orders.push({
      id: `work-order-2024-${String(i + 1).padStart(5, '0')}`,
      organizationId: unit.id,
      requesterPersonId: `person-${unit.code.toLowerCase()}-001`,
      buildingId: random.pick(['building-0001', 'building-0002', 'building-0003', 'building-0004', 'building-0005', 'building-0010']),
      location: `${random.int(1, 6)}楼${random.pick(['东侧', '西侧', '中部'])}${random.int(1, 20)}室`,
      category,
      description: random.pick(descriptions),
      priority,
      dueAt: new Date(createdAt.getTime() + hours * 3600_000),
      status: 'CLOSED',
      providerName: random.pick(PROVIDERS),
      workerName: random.pick(WORKERS),
      assignedAt,
      startedAt,
      doneAt,
      rating: rated ? random.pick([3, 4, 4, 5, 5, 5]) : null,
      ratingComment: rated ? random.pick(['维修及时', '师傅态度好', '问题已解决', null]) : null,
      closedAt: new Date(doneAt.getTime() + random.int(1, 3) * DAY),
      createdAt,
    });
  }
  await tx.workOrder.createMany({ data: orders });

  const feedback: Prisma.FeedbackCreateManyInput[] = [];
  for (let i = 0; i < FEEDBACK_HANDLED_2024; i += 1) {
    const unit = random.pick(units);
    const [subject, content, reply] = random.pick(SUBJECTS);
    const createdAt = localInstant(new Date(Date.UTC(2024, 0, 8) + random.int(0, 340) * DAY).toISOString().slice(0, 10), random.int(9 * 60, 17 * 60));
    feedback.push({
      id: `feedback-2024-${String(i + 1).padStart(4, '0')}`,
      organizationId: unit.id,
      personId: `person-${unit.code.toLowerCase()}-001`,
      subject,
      content,
      status: 'REPLIED',
      reply,
      repliedAt: new Date(createdAt.getTime() + random.int(1, 5) * DAY),
      createdAt,
    });
  }
  await tx.feedback.createMany({ data: feedback });
}
