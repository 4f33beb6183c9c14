/**
 * 巡察整改: the items 区委第二巡察组 found in the bureau (六届区委第八轮巡察, fed back in 2024-11),
 * each with its owner and due date; most verified or done, some under way, two overdue.
 */
import type { Prisma } from '../generated/client.ts';
import type { RectificationTaskStatus } from '../generated/enums.ts';
import { day } from './calendar.ts';
import { ORG } from './organisations.ts';
import { account, person } from './people.ts';

const SOURCE = '区委第二巡察组（六届区委第八轮巡察）';

const TASKS: [org: string, item: string, owner: string, dueOn: string, status: RectificationTaskStatus, evidence: string | null, doneOn: string | null][] = [
  [ORG.leadershipGroup, '党组理论学习中心组学习研讨不够深入，学用结合不够紧密', account('leader'), '2025-03-31', 'VERIFIED', '修订《党组理论学习中心组学习制度》，2025年一季度开展专题研讨3次，形成调研报告2篇', '2025-03-20'],
  [ORG.generalBranch, '个别支部“三会一课”记录不规范，支委会未按月召开', person('partyOffice', 1), '2025-02-28', 'VERIFIED', '统一组织生活记录本，开展支部书记专题培训，补齐问题支部会议记录', '2025-02-21'],
  [ORG.generalBranch, '党费收缴台账不完整，个别党员存在欠缴党费情况', account('party'), '2025-03-31', 'VERIFIED', '逐月核对党费台账，督促补缴，建立按月收缴提醒', '2025-03-28'],
  [ORG.branch3, '公务用车派车审批手续不全，使用登记不规范', person('centre', 1), '2025-06-30', 'VERIFIED', '上线派车审批流程，出车登记全部线上留痕', '2025-06-12'],
  [ORG.branch2, '房屋出租出借管理制度执行不到位，个别出借未履行审批', account('assets'), '2025-06-30', 'DONE', '完成出租出借房屋清查，补办审批手续，制定实施细则', '2025-06-26'],
  [ORG.branch4, '政府采购内控制度不够健全，采购需求论证不充分', person('procurement', 1), '2025-09-30', 'DONE', '修订采购内控制度和需求论证规程，重大项目实行专家论证', '2025-09-24'],
  [ORG.branch3, '食堂食材采购验收管理不够严格', person('centre', 5), '2026-06-30', 'IN_PROGRESS', null, null],
  [ORG.leadershipGroup, '干部选拔任用工作纪实材料不完整', person('partyOffice', 2), '2026-03-31', 'VERIFIED', '补齐2022年以来科级干部选拔任用纪实材料，建立全程纪实台账', '2026-03-18'],
  [ORG.branch2, '财务报销票据审核不严，个别报销附件不全', account('finance'), '2026-09-30', 'OPEN', null, null],
  [ORG.leadershipGroup, '意识形态工作责任制落实不够到位', person('bureau', 1), '2027-03-31', 'IN_PROGRESS', null, null],
];

export function seedRectificationTasks(): Prisma.RectificationTaskCreateManyInput[] {
  return TASKS.map(([partyOrganizationId, item, ownerPersonId, dueOn, status, evidence, doneOn], index) => ({
    id: `party-rectification-${String(index + 1).padStart(2, '0')}`,
    partyOrganizationId,
    source: SOURCE,
    item,
    ownerPersonId,
    dueOn: day(dueOn),
    status,
    evidence,
    doneOn: doneOn ? day(doneOn) : null,
    createdAt: new Date('2024-11-26T09:00:00.000Z'),
  }));
}
