/**
 * 工资发放 of songjiang-2024: every month a paid run per unit under agency bookkeeping, one line per
 * person on its payroll — 1,309 people January to April, 1,308 from May (one left in April): 15,700
 * lines (the report: 1.57 万人次), 307,996,540.32 yuan paid out net (实发; the report: 3.08 亿元).
 * Net = gross − deductions to the cent; deductions 18–26 % of the gross.
 */
import { demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import { DEMO_PEOPLE, demoPeopleOf } from '@jiguan/demo-data/songjiang-people';
import { demoUnitId } from '@jiguan/demo-data/songjiang-units';
import type { SeededRandom } from '@jiguan/demo-data/seeded-random';
import type { Prisma } from '../generated/client.ts';
import { BOOKKEPT_UNITS } from './bookkeeping.ts';
import { insertRows, workingInstant, yuan } from './split.ts';

/** F2 as the rows make it: lines of the runs paid for 2024, and their net, in cents. */
export const PAYROLL_2024 = { lines: 15_700, netCents: 30_799_654_032 };
const ON_PAYROLL = 1_309;

export async function seedPayroll(tx: Prisma.TransactionClient, random: SeededRandom): Promise<void> {
  const units = new Set(BOOKKEPT_UNITS.map((unit) => unit.id));
  const people = DEMO_PEOPLE.filter((person) => units.has(person.organizationId)).slice(0, ON_PAYROLL);
  const leaver = people[people.length - 1]!.id;
  const staff = [demoAccountPersonId('finance'), ...demoPeopleOf(demoUnitId('财务管理科')).map((person) => person.id)];
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const slots = months.flatMap((month) => people.filter((person) => month <= 4 || person.id !== leaver).map((person) => ({ month, person })));
  if (slots.length !== PAYROLL_2024.lines) throw new Error(`payroll seed: ${slots.length} lines`);
  const nets = random.split(PAYROLL_2024.netCents, PAYROLL_2024.lines, 300_000);
  const runs: Prisma.PayrollRunCreateManyInput[] = [];
  for (const month of months) {
    for (const unit of BOOKKEPT_UNITS) {
      const drafted = workingInstant(2024, Math.floor((month - 1) * 30.4) + 8, 9, 30);
      runs.push({
        id: `payroll-2024-${String(month).padStart(2, '0')}-${unit.code.replace(/^SJ-/, '').toLowerCase()}`,
        organizationId: unit.id,
        year: 2024,
        month,
        status: 'PAID',
        draftedAt: drafted,
        draftedByPersonId: random.pick(staff),
        checkedAt: new Date(drafted.getTime() + 2 * 86_400_000),
        checkedByPersonId: random.pick(staff),
        paidAt: new Date(drafted.getTime() + 5 * 86_400_000),
        paidByPersonId: random.pick(staff),
      });
    }
  }
  const unitCode = new Map(BOOKKEPT_UNITS.map((unit) => [unit.id, unit.code.replace(/^SJ-/, '').toLowerCase()]));
  const lines: Prisma.PayrollLineCreateManyInput[] = slots.map(({ month, person }, i) => {
    const net = nets[i]!;
    const share = random.int(18, 26) / 100;
    const deductions = Math.round((net * share) / (1 - share));
    return { id: `payroll-line-2024-${String(i + 1).padStart(5, '0')}`, runId: `payroll-2024-${String(month).padStart(2, '0')}-${unitCode.get(person.organizationId)}`, personId: person.id, gross: yuan(net + deductions), deductions: yuan(deductions), net: yuan(net) };
  });
  await tx.payrollRun.createMany({ data: runs });
  await insertRows(tx, 'PayrollLine', lines);
}
