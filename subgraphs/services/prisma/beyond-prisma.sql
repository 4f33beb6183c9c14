-- What Prisma's schema language cannot say, as the migrations write it by hand. The drift check
-- (tools/prisma-migrate/src/check-drift.ts) applies this file after Prisma's own script, so keep it
-- and the migrations in step.

-- Two bookings of one room that hold it (REQUESTED, APPROVED, CHECKED_IN) never overlap, under any
-- concurrency and for every writer. btree_gist gives GiST the equality on "meetingRoomId"; it lives
-- in public, beside every schema (PGlite loads it: tools/embedded-postgres/src/create-pglite.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_no_overlap"
  EXCLUDE USING gist ("meetingRoomId" WITH =, tstzrange("startsAt", "endsAt") WITH &&)
  WHERE (status IN ('REQUESTED', 'APPROVED', 'CHECKED_IN'));
-- A booking ends after it starts.
ALTER TABLE "RoomBooking" ADD CONSTRAINT "RoomBooking_ends_after_start" CHECK ("endsAt" > "startsAt");
