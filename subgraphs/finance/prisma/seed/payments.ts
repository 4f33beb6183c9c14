/**
 * 支付 of songjiang-2024: 27,200 payments made in 2024 from the account sets of the units under
 * agency bookkeeping, 1,440,356,218.47 yuan in all (the report: 2.72 万次, 14.4 亿元), each reviewed
 * and paid by the bureau's finance staff a few days after its unit filed it; beside them the
 * requests of late December still on the way (submitted, reviewed) and the year's returned ones,
 * which no F-figure counts.
 */
import { demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import { demoPeopleOf } from '@jiguan/demo-data/songjiang-people';
import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { SeededAccountSet } from './bookkeeping.ts';
import { insertRows, skewedSplit, workingInstant, yuan } from './split.ts';

/** F1 as the rows make it: payments made in 2024 and their total, in cents. */
export const PAID_2024 = { count: 27_200, cents: 144_035_621_847 };

export const ECONOMIC_CLASSIFICATIONS: [code: string, name: string][] = [
  ['301', '工资福利支出'], ['30101', '基本工资'], ['30102', '津贴补贴'], ['30199', '其他工资福利支出'],
  ['302', '商品和服务支出'], ['30201', '办公费'], ['30202', '印刷费'], ['30205', '水费'], ['30206', '电费'], ['30207', '邮电费'],
  ['30211', '差旅费'], ['30213', '维修（护）费'], ['30215', '会议费'], ['30216', '培训费'], ['30217', '公务接待费'],
  ['30226', '劳务费'], ['30227', '委托业务费'], ['30228', '工会经费'], ['30231', '公务用车运行维护费'], ['30299', '其他商品和服务支出'],
  ['303', '对个人和家庭的补助'], ['30305', '生活补助'],
  ['310', '资本性支出'], ['31002', '办公设备购置'], ['31003', '专用设备购置'],
];
const SPENDING = ECONOMIC_CLASSIFICATIONS.map(([code]) => code).filter((code) => code.length === 5);
const PAYEES = ['上海松江电力公司', '松江自来水公司', '中国电信松江分公司', '上海申通印务有限公司', '松江区机关服务中心', '上海联华超市松江店', '上海华东办公用品有限公司', '上海东方网络科技有限公司', '松江宾馆', '上海锦江汽车服务有限公司', '上海松江城建物业有限公司', '上海新华书店松江店', '上海市松江区培训中心', '中国石化松江加油站', '上海宝山钢结构维修有限公司'];
const PURPOSES: Record<string, string> = { '30201': '办公用品采购', '30202': '文件资料印刷', '30205': '办公楼水费', '30206': '办公楼电费', '30207': '通信网络费', '30211': '公务出差差旅费', '30213': '办公设备维修', '30215': '工作会议费', '30216': '业务培训费', '30217': '公务接待费', '30226': '劳务报酬', '30227': '委托业务费', '30228': '工会经费', '30231': '公务用车运行维护', '30299': '其他日常支出', '30101': '基本工资', '30102': '津贴补贴', '30199': '其他工资福利', '30305': '生活补助', '31002': '办公设备购置', '31003': '专用设备购置' };

export async function seedPayments(tx: Prisma.TransactionClient, random: SeededRandom, sets: readonly SeededAccountSet[]): Promise<void> {
  await tx.economicClassification.createMany({ data: ECONOMIC_CLASSIFICATIONS.map(([code, name]) => ({ code, name })) });
  const staff = [demoAccountPersonId('finance'), ...demoPeopleOf(demoUnitId('财务管理科')).map((person) => person.id)];
  const paying = sets.filter((set) => set.kind !== 'TRADE_UNION' || random.next() < 0.5);
  const filers = new Map<string, string[]>();
  const filerOf = (organizationId: string) => {
    if (!filers.has(organizationId)) filers.set(organizationId, demoPeopleOf(organizationId).slice(0, 4).map((person) => person.id));
    return random.pick(filers.get(organizationId)!);
  };
  const rows: Prisma.PaymentRequestCreateManyInput[] = [];
  const request = (n: number, set: SeededAccountSet, cents: number, submittedAt: Date) => {
    const code = random.pick(SPENDING);
    return {
      id: `payment-2024-${String(n).padStart(6, '0')}`,
      number: `ZF-2024-${String(n).padStart(6, '0')}`,
      organizationId: set.organizationId,
      accountSetId: set.id,
      payeeName: random.pick(PAYEES),
      payeeAccount: String(random.int(10_000_000, 99_999_999)) + String(random.int(1000, 9999)),
      amount: yuan(cents),
      economicClassificationCode: code,
      purpose: PURPOSES[code] ?? '日常支出',
      attachmentNames: random.next() < 0.7 ? ['发票.pdf', '审批单.pdf'] : ['发票.pdf'],
      submittedByPersonId: filerOf(set.organizationId),
      submittedAt,
    };
  };
  const amounts = skewedSplit(random, PAID_2024.cents, PAID_2024.count, 5_000);
  amounts.forEach((cents, i) => {
    // Paid from 8 January to 31 December; filed 1–6 working days before, reviewed in between.
    const paidDay = 7 + Math.floor((i * 358) / PAID_2024.count);
    const paidAt = workingInstant(2024, paidDay, random.int(9, 16), random.int(0, 59));
    const submittedAt = new Date(paidAt.getTime() - random.int(1, 6) * 86_400_000 - random.int(0, 3600) * 1000);
    const reviewedAt = new Date((submittedAt.getTime() + paidAt.getTime()) / 2);
    const reviewer = random.pick(staff);
    rows.push({ ...request(i + 1, random.pick(paying), cents, submittedAt), status: 'PAID', reviewedByPersonId: reviewer, reviewedAt, paidByPersonId: random.pick(staff), paidAt });
  });
  // Late December: filed, some reviewed, not yet paid; and the year's returned requests.
  for (let i = 0; i < 260; i += 1) {
    const n = PAID_2024.count + i + 1;
    const set = random.pick(paying);
    const cents = random.int(20_000, 5_000_000);
    if (i < 180) {
      const submittedAt = workingInstant(2024, random.int(355, 364), random.int(9, 16), random.int(0, 59));
      const reviewed = i % 3 === 0;
      rows.push({ ...request(n, set, cents, submittedAt), status: reviewed ? 'REVIEWED' : 'SUBMITTED', ...(reviewed ? { reviewedByPersonId: random.pick(staff), reviewedAt: new Date(submittedAt.getTime() + 3600_000) } : {}) });
    } else {
      const submittedAt = workingInstant(2024, random.int(10, 350), random.int(9, 16), random.int(0, 59));
      rows.push({ ...request(n, set, cents, submittedAt), status: 'RETURNED', returnedByPersonId: random.pick(staff), returnedAt: new Date(submittedAt.getTime() + 86_400_000), returnReason: random.pick(['附件不全，请补充发票', '经济分类科目有误', '收款账号与合同不符', '超出预算额度']) });
    }
  }
  await insertRows(tx, 'PaymentRequest', rows);
}
