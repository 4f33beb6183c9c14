import { businessDate, yearBounds } from '@jiguan/shared-schema/time/business-date';
import { prisma, table } from '../db.ts';

export interface PartyFigures {
  centralGroupStudySessions: number;
  disciplineEducationVisits: number;
  activistsPutOnRecord: number;
  probationaryMembersAdmitted: number;
  organisationHonours: number;
  individualHonours: number;
  sectionCadresAppointed: number;
  jointBranchesFounded: number;
  firstJointBranchFoundedOn: string | null;
  reElectionsDue: number;
  reElectionsHeld: number;
  members: number;
  branches: number;
}

/** The Party-building figures of a year (P1–P7) in one statement over the rows. */
export async function partyFigures(year: number): Promise<PartyFigures> {
  const { first, last } = yearBounds(year);
  const today = businessDate().toISOString().slice(0, 10);
  const [row] = await prisma.$queryRaw<PartyFigures[]>`
    SELECT
      (SELECT count(*) FROM ${table('Meeting')} m JOIN ${table('PartyOrganization')} o ON o.id = m."partyOrganizationId"
        WHERE m.kind = 'CENTRAL_GROUP_STUDY' AND o.kind = 'LEADERSHIP_GROUP' AND m."heldOn" BETWEEN ${first}::date AND ${last}::date)::int AS "centralGroupStudySessions",
      (SELECT count(*) FROM ${table('EducationActivity')} WHERE kind = 'VISIT' AND "heldOn" BETWEEN ${first}::date AND ${last}::date)::int AS "disciplineEducationVisits",
      (SELECT count(*) FROM ${table('Candidate')} WHERE "activistOn" BETWEEN ${first}::date AND ${last}::date)::int AS "activistsPutOnRecord",
      (SELECT count(*) FROM ${table('Candidate')} WHERE "admittedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "probationaryMembersAdmitted",
      (SELECT count(*) FROM ${table('Honour')} WHERE kind = 'ORGANISATION' AND "awardedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "organisationHonours",
      (SELECT count(*) FROM ${table('Honour')} WHERE kind = 'INDIVIDUAL' AND "awardedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "individualHonours",
      (SELECT count(*) FROM ${table('CadreAppointment')} WHERE "appointedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "sectionCadresAppointed",
      (SELECT count(*) FROM ${table('PartyOrganization')} WHERE "isJointBranch" AND "foundedOn" BETWEEN ${first}::date AND ${last}::date)::int AS "jointBranchesFounded",
      (SELECT to_char(min("foundedOn"), 'YYYY-MM-DD') FROM ${table('PartyOrganization')} WHERE "isJointBranch") AS "firstJointBranchFoundedOn",
      -- Due: terms that ended in the year — renewed ones (their re-election names the term it renewed) and current ones ended by today.
      ((SELECT count(*) FROM ${table('ReElection')} WHERE "previousTermEndOn" BETWEEN ${first}::date AND ${last}::date)
        + (SELECT count(*) FROM ${table('PartyOrganization')} WHERE "termEndOn" BETWEEN ${first}::date AND ${last}::date AND "termEndOn" < ${today}::date))::int AS "reElectionsDue",
      (SELECT count(*) FROM ${table('ReElection')} WHERE "previousTermEndOn" BETWEEN ${first}::date AND ${last}::date)::int AS "reElectionsHeld",
      (SELECT count(*) FROM ${table('PartyMember')} pm
        WHERE pm."joinedOn" <= ${last}::date
          AND NOT EXISTS (SELECT 1 FROM ${table('MembershipTransfer')} t
                           WHERE t."memberId" = pm.id AND t.direction = 'OUT' AND t."transferredOn" <= ${last}::date
                             AND NOT EXISTS (SELECT 1 FROM ${table('MembershipTransfer')} back
                                              WHERE back."memberId" = pm.id AND back.direction = 'IN' AND back."transferredOn" > t."transferredOn" AND back."transferredOn" <= ${last}::date))
          AND (pm.status <> 'CANCELLED'))::int AS "members",
      (SELECT count(*) FROM ${table('PartyOrganization')} WHERE kind = 'BRANCH' AND "foundedOn" <= ${last}::date)::int AS "branches"
  `;
  if (!row) throw new Error('party figures: no row');
  return row;
}
