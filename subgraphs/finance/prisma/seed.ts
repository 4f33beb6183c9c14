/**
 * The finance part of the songjiang-2024 demo dataset. Deterministic; runs in ONE transaction and
 * only into an empty schema, so an interrupted seed leaves nothing behind and the next start redoes it.
 */
import { DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from './generated/client.ts';
import { seedBookkeeping } from './seed/bookkeeping.ts';
import { seedPayments } from './seed/payments.ts';
import { seedMealCards } from './seed/meal-cards.ts';
import { seedPayroll } from './seed/payroll.ts';

export async function seedFinance(prisma: PrismaClient): Promise<'seeded' | 'already seeded'> {
  if ((await prisma.organization.count()) > 0) return 'already seeded';
  return prisma.$transaction(
    async (tx) => {
      // Two starts at once: the lock makes the second wait, and the re-check makes it seed nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jiguan-seed-finance'))`;
      if ((await tx.organization.count()) > 0) return 'already seeded';
      await tx.organization.createMany({ data: DEMO_UNITS.map((unit) => ({ id: unit.id })) });
      const timed = async <T>(part: string, run: () => Promise<T>): Promise<T> => {
        const started = performance.now();
        const result = await run();
        console.log(`finance seed: ${part} in ${Math.round(performance.now() - started)} ms`);
        return result;
      };
      const accountSets = await timed('bookkeeping', () => seedBookkeeping(tx, new SeededRandom(2024_0501)));
      await timed('payments', () => seedPayments(tx, new SeededRandom(2024_0502), accountSets));
      await timed('payroll', () => seedPayroll(tx, new SeededRandom(2024_0503)));
      await timed('meal cards', () => seedMealCards(tx, new SeededRandom(2024_0504)));
      return 'seeded';
    },
    { timeout: 300_000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { prisma, closeDatabase } = await import('../src/db.ts');
  const started = performance.now();
  const outcome = await seedFinance(prisma);
  console.log(`finance: ${outcome} in ${Math.round(performance.now() - started)} ms`);
  await closeDatabase();
}
