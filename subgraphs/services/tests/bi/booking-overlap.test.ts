import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@jiguan/db/apply-migrations';
import { createPrismaAdapter } from '@jiguan/db/create-prisma-adapter';
import { isExclusionViolation } from '@jiguan/db/prisma-errors';
import { databaseTargets } from '@jiguan/embedded-postgres/testing/database-targets';
import { dropSchema } from '@jiguan/embedded-postgres/testing/sql';
import { PrismaClient } from '../../prisma/generated/client.ts';

/**
 * The overlap rule is the database's, not the action's: the exclusion constraint
 * `RoomBooking_no_overlap` (btree_gist, tstzrange) refuses the second of two bookings that hold one
 * room at overlapping times, however many writers race — on the embedded PGlite (which loads
 * btree_gist) and on the PostgreSQL server of TEST_DATABASE_URL. Each writer here skips every
 * check of its own, inserting straight away from its own connection inside a transaction.
 */
const migrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe.each(databaseTargets())('on $name', ({ url, embedded }) => {
  it('lets exactly one of many concurrent bookings of one slot in', async () => {
    const schema = `test_overlap_${randomUUID().slice(0, 8)}`;
    await applyMigrations({ databaseUrl: url, schema, migrationsDir });
    const { adapter, pool } = createPrismaAdapter({ databaseUrl: url, schema, poolMax: embedded ? 2 : 20 });
    const prisma = new PrismaClient({ adapter });
    cleanups.push(async () => {
      await prisma.$disconnect();
      await pool.end();
      await dropSchema(url, schema);
    });
    await prisma.organization.create({ data: { id: 'org-a' } });
    const room = await prisma.meetingRoom.create({ data: { buildingId: 'building-0002', floor: 3, name: '第一会议室', capacity: 20, opensAtMinute: 0, closesAtMinute: 1440 } });
    const slot = { startsAt: new Date('2030-03-04T02:00:00Z'), endsAt: new Date('2030-03-04T03:00:00Z') };
    const book = (i: number, times = slot, status: 'APPROVED' | 'CANCELLED' = 'APPROVED') =>
      prisma.$transaction(async (tx) => {
        // Each writer holds its transaction open a moment, so on a server they really overlap.
        if (!embedded) await tx.$executeRawUnsafe('SELECT pg_sleep(0.05)');
        return tx.roomBooking.create({
          data: { meetingRoomId: room.id, organizationId: 'org-a', organiserPersonId: `person-${i}`, ...times, attendees: 2, purpose: `抢订${i}`, status },
        });
      });
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => book(i, { startsAt: new Date(slot.startsAt.getTime() + (i % 4) * 60_000), endsAt: slot.endsAt })));
    const won = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    console.log(`${embedded ? 'embedded PGlite' : 'PostgreSQL'}: 20 concurrent bookings of one slot → ${won.length} written, ${refused.length} refused by RoomBooking_no_overlap`);
    expect(won).toHaveLength(1);
    expect(refused.every((r) => isExclusionViolation(r.reason))).toBe(true);
    // Bookings that no longer hold the room do not count, and touching ends do not overlap.
    await expect(book(100, slot, 'CANCELLED')).resolves.toBeTruthy();
    await expect(book(101, { startsAt: slot.endsAt, endsAt: new Date(slot.endsAt.getTime() + 3600_000) })).resolves.toBeTruthy();
    expect(await prisma.roomBooking.count({ where: { status: 'APPROVED' } })).toBe(2);
  });
});
