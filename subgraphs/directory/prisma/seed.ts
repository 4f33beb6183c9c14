/**
 * The directory's part of the songjiang-2024 demo dataset: the units, their people and one demo
 * account for every role. Deterministic (fixed ids, seeded names). Runs in ONE transaction and only
 * into an empty directory, so an interrupted seed leaves nothing behind and the next start redoes it.
 */
import { chineseName } from '@jiguan/demo-data/chinese-names';
import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { BUREAU_ID, DEMO_UNITS, demoUnitId } from '@jiguan/demo-data/songjiang-units';
import { fileURLToPath } from 'node:url';
import type { PrismaClient, Prisma } from './generated/client.ts';
import type { Rank } from './generated/enums.ts';
import { hashPassword } from '../src/domain/password.ts';


/** Headcount and ranks of a unit: a head, deputies, section heads, staff. */
function staffing(unit: (typeof DEMO_UNITS)[number], random: SeededRandom): Rank[] {
  if (unit.kind === 'INTERNAL_SECTION') return ['SECTION_CHIEF', 'SECTION_DEPUTY', ...Array<Rank>(random.int(3, 8)).fill('STAFF')];
  if (unit.parentId === null) return ['DISTRICT_CHIEF', ...Array<Rank>(4).fill('DISTRICT_DEPUTY')];
  const sectionHeads = random.int(3, 6);
  return [
    'DIVISION_CHIEF',
    ...Array<Rank>(random.int(2, 3)).fill('DIVISION_DEPUTY'),
    ...Array<Rank>(sectionHeads).fill('SECTION_CHIEF'),
    ...Array<Rank>(sectionHeads).fill('SECTION_DEPUTY'),
    ...Array<Rank>(random.int(8, 30)).fill('STAFF'),
  ];
}

const POSITION: Record<Rank, string> = {
  DISTRICT_CHIEF: '区长',
  DISTRICT_DEPUTY: '副区长',
  DIVISION_CHIEF: '局长',
  DIVISION_DEPUTY: '副局长',
  SECTION_CHIEF: '科长',
  SECTION_DEPUTY: '副科长',
  STAFF: '科员',
};

function demoPeople(): Prisma.PersonCreateManyInput[] {
  const random = new SeededRandom(2024);
  const people: Prisma.PersonCreateManyInput[] = [];
  for (const unit of DEMO_UNITS) {
    // The bureau's head is the demo leader account (李宏波), added with the accounts.
    const ranks = unit.id === BUREAU_ID ? staffing(unit, random).slice(1) : staffing(unit, random);
    ranks.forEach((rank, index) => {
      people.push({
        id: `person-${unit.code.toLowerCase()}-${String(index + 1).padStart(3, '0')}`,
        name: chineseName(random),
        organizationId: unit.id,
        position: unit.kind === 'INTERNAL_SECTION' && rank === 'SECTION_CHIEF' ? '科长' : POSITION[rank],
        rank,
        phone: `021-5781${String(random.int(0, 9999)).padStart(4, '0')}`,
      });
    });
  }
  return people;
}

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
      await tx.person.createMany({ data: demoPeople() });
      for (const account of demoAccounts) {
        const organizationId = demoUnitId(account.unit);
        const person = await tx.person.create({
          data: { id: `person-demo-${account.username}`, name: account.name, organizationId, position: account.position, rank: account.rank },
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
