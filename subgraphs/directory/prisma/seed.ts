/**
 * The directory's part of the songjiang-2024 demo dataset: the units, their people and one demo
 * account for every role. Deterministic (fixed ids, seeded names). Runs in ONE transaction and only
 * into an empty directory, so an interrupted seed leaves nothing behind and the next start redoes it.
 */
import { DEMO_ACCOUNTS, demoAccountPersonId } from '@jiguan/demo-data/demo-accounts';
import { DEMO_PEOPLE } from '@jiguan/demo-data/songjiang-people';
import { DEMO_UNITS, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from './generated/client.ts';
import { hashPassword } from '../src/domain/password.ts';

export async function seedDirectory(prisma: PrismaClient): Promise<'seeded' | 'already seeded'> {
  if ((await prisma.organization.count()) > 0) return 'already seeded';
  const demoAccounts = await Promise.all(DEMO_ACCOUNTS.map(async (a) => ({ ...a, passwordHash: await hashPassword(a.password) })));
  return prisma.$transaction(
    async (tx) => {
      // Two starts at once: the lock makes the second wait, and the re-check makes it seed nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jiguan-seed-directory'))`;
      if ((await tx.organization.count()) > 0) return 'already seeded';
      await tx.organization.createMany({
        data: DEMO_UNITS.map((unit, index) => ({ ...unit, shortName: unit.shortName ?? null, sortOrder: index })),
      });
      // The people are shared with the other domains' seeds (tools/demo-data), so their ids cannot drift.
      await tx.person.createMany({ data: [...DEMO_PEOPLE] });
      for (const account of demoAccounts) {
        const organizationId = demoUnitId(account.unit);
        const person = await tx.person.create({
          data: { id: demoAccountPersonId(account.username), name: account.name, organizationId, position: account.position, rank: account.rank },
        });
        await tx.userAccount.create({
          data: {
            id: `account-${account.username}`,
            username: account.username,
            passwordHash: account.passwordHash,
            personId: person.id,
            roles: account.roles,
            dataScope: account.dataScope,
          },
        });
      }
      return 'seeded';
    },
    { timeout: 60_000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { prisma, closeDatabase } = await import('../src/db.ts');
  console.log(`directory: ${await seedDirectory(prisma)}`);
  await closeDatabase();
}
