/**
 * The party part of the songjiang-2024 demo dataset: row-level data from which the graph computes
 * the published figures P1–P7 (shared/seed/figures-2024.md), with the report's names and places.
 * Deterministic (fixed ids, one seeded random source per area, dates up to a fixed AS_OF day).
 * Runs in ONE transaction and only into an empty schema, so an interrupted seed leaves nothing
 * behind and the next start redoes it.
 */
import { DEMO_UNITS } from '@jiguan/demo-data/songjiang-units';
import { SeededRandom } from '@jiguan/demo-data/seeded-random';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from './generated/client.ts';
import { insertRows } from './seed/bulk-insert.ts';
import { seedCadreAppointments } from './seed/cadres.ts';
import { seedDevelopment } from './seed/development.ts';
import { seedEducation } from './seed/education.ts';
import { seedHonours } from './seed/honours.ts';
import { seedLetters } from './seed/letters.ts';
import { seedMeetings } from './seed/meetings.ts';
import { seedMembers } from './seed/members.ts';
import { seedOrganisations } from './seed/organisations.ts';
import { seedRectificationTasks } from './seed/rectification.ts';

/** Every row of the dataset, computed before the transaction opens. */
export function partyDataset() {
  const organisations = seedOrganisations();
  const development = seedDevelopment();
  const members = seedMembers(new SeededRandom(201401), organisations.committee.map((c) => c.personId));
  const meetings = seedMeetings(new SeededRandom(201402), members.memberships, organisations.committeeOf);
  return {
    units: DEMO_UNITS.map((unit) => ({ id: unit.id })),
    organisations,
    development,
    members,
    meetings,
    education: seedEducation(),
    letters: seedLetters(),
    honours: seedHonours(),
    cadreAppointments: seedCadreAppointments(),
    rectificationTasks: seedRectificationTasks(),
  };
}

export async function seedParty(prisma: PrismaClient): Promise<'seeded' | 'already seeded'> {
  if ((await prisma.organization.count()) > 0) return 'already seeded';
  const data = partyDataset();
  return prisma.$transaction(
    async (tx) => {
      // Two starts at once: the lock makes the second wait, and the re-check makes it seed nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jiguan-seed-party'))`;
      if ((await tx.organization.count()) > 0) return 'already seeded';
      await tx.organization.createMany({ data: data.units });

      // Parents before children: the 党组 and the 总支 first, then the branches.
      const [roots, branches] = [data.organisations.organisations.filter((o) => !o.parentId), data.organisations.organisations.filter((o) => o.parentId)];
      await tx.partyOrganization.createMany({ data: roots });
      await tx.partyOrganization.createMany({ data: branches });
      await tx.committeeMember.createMany({ data: data.organisations.committee });
      await tx.reElection.createMany({ data: data.organisations.reElections });

      await tx.partyMember.createMany({ data: data.members.members });
      await tx.membershipTransfer.createMany({ data: data.members.transfers });
      // The two big tables in one statement each (createMany's thousands of parameters are slow on PGlite).
      await insertRows(tx, 'DuesPayment', data.members.dues, { id: 'text', memberId: 'text', month: 'date', baseIncome: 'numeric', rate: 'numeric', amount: 'numeric', paidOn: 'date', createdAt: 'timestamp' });

      await tx.candidate.createMany({ data: data.development.candidates });
      await tx.candidateStep.createMany({ data: data.development.steps });

      await tx.meeting.createMany({ data: data.meetings.meetings });
      await insertRows(tx, 'MeetingAttendance', data.meetings.attendance, { id: 'text', meetingId: 'text', personId: 'text', present: 'boolean', absenceReason: 'text' });

      await tx.educationActivity.createMany({ data: data.education });
      await tx.responsibilityLetter.createMany({ data: data.letters.letters });
      await tx.letterSignature.createMany({ data: data.letters.signatures });
      await tx.honour.createMany({ data: data.honours });
      await tx.cadreAppointment.createMany({ data: data.cadreAppointments });
      await tx.rectificationTask.createMany({ data: data.rectificationTasks });
      return 'seeded';
    },
    { timeout: 60_000 },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { prisma, closeDatabase } = await import('../src/db.ts');
  console.log(`party: ${await seedParty(prisma)}`);
  await closeDatabase();
}
