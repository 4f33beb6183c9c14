/**
 * 代理记账 of songjiang-2024: the 48 units the directory flags as under agency bookkeeping, their
 * 148 account sets (账套: every unit a basic and a zero-balance account, 30 a trade union's, 12 a
 * canteen's, 10 a special fund's), kept by the bureau's 财务管理科; every month of every set closed
 * from its opening to December 2024; and the standard cost per unit the yearly saving is computed with.
 */
import { demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import { demoPeopleOf } from '@jiguan/demo-data/songjiang-people';
import { DEMO_UNITS, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import type { AccountSetKind } from '../generated/enums.ts';

const BANKS = ['中国工商银行松江支行', '中国农业银行松江支行', '中国建设银行松江支行', '上海农商银行松江支行', '交通银行松江支行'];
const KIND_NAME: Record<AccountSetKind, string> = { BASIC: '基本账户', ZERO_BALANCE: '零余额账户', TRADE_UNION: '工会账户', CANTEEN: '食堂账户', SPECIAL_FUND: '专项资金账户', OTHER: '其他账户' };

/** The units under agency bookkeeping, in the directory's order. */
export const BOOKKEPT_UNITS = DEMO_UNITS.filter((unit) => unit.underAgencyBookkeeping);

export interface SeededAccountSet {
  id: string;
  organizationId: string;
  kind: AccountSetKind;
}

const date = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));

export async function seedBookkeeping(tx: Prisma.TransactionClient, random: SeededRandom): Promise<SeededAccountSet[]> {
  const bookkeepers = [demoAccountPersonId('finance'), ...demoPeopleOf(demoUnitId('财务管理科')).map((person) => person.id)];
  const sets: Prisma.AccountSetCreateManyInput[] = [];
  const closings: Prisma.MonthlyClosingCreateManyInput[] = [];
  for (const [index, unit] of BOOKKEPT_UNITS.entries()) {
    // The first 40 were taken over 2019–2021, the last 8 in 2024 (进一步扩大代理记账范围).
    const since = index < 40 ? date(2019 + (index % 3), 1 + (index % 12)) : date(2024, 1 + (index - 40));
    await tx.organization.update({ where: { id: unit.id }, data: { agencyBookkeepingSince: since } });
    const kinds: AccountSetKind[] = ['BASIC', 'ZERO_BALANCE'];
    if (index < 30) kinds.push('TRADE_UNION');
    if (index % 4 === 0) kinds.push('CANTEEN');
    if (index % 5 === 1) kinds.push('SPECIAL_FUND');
    const code = unit.code.replace(/^SJ-/, '');
    kinds.forEach((kind, n) => {
      const id = `account-set-${code.toLowerCase()}-${String(n + 1).padStart(2, '0')}`;
      sets.push({
        id,
        organizationId: unit.id,
        code: `ZT-${code}-${String(n + 1).padStart(2, '0')}`,
        name: `${unit.shortName}${KIND_NAME[kind]}`,
        kind,
        bankName: random.pick(BANKS),
        bankAccount: String(random.int(10_000_000, 99_999_999)) + String(random.int(10_000_000, 99_999_999)),
        openedOn: since,
        bookkeeperPersonId: bookkeepers[index % bookkeepers.length]!,
      });
      for (let t = since.getUTCFullYear() * 12 + since.getUTCMonth(); t <= 2024 * 12 + 11; t += 1) {
        const year = Math.floor(t / 12);
        const month = (t % 12) + 1;
        closings.push({ accountSetId: id, year, month, closedAt: date(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, random.int(3, 10)), closedByPersonId: bookkeepers[index % bookkeepers.length]! });
      }
    });
  }
  await tx.accountSet.createMany({ data: sets });
  for (let i = 0; i < closings.length; i += 5000) await tx.monthlyClosing.createMany({ data: closings.slice(i, i + 5000) });
  await tx.financeParameter.create({
    data: {
      key: 'BOOKKEEPING_COST_PER_UNIT',
      value: '395833.33',
      unit: '元/户·年',
      source: '每户单位自设会计岗位的年人员及记账成本测算标准：2024 年工作总结“每年可为区财政节约资金约1900万元”÷ 48 家代理记账单位（1,900 万元 ÷ 48 = 39.58 万元/户·年）',
    },
  });
  return sets.map((set) => ({ id: set.id as string, organizationId: set.organizationId, kind: set.kind }));
}
