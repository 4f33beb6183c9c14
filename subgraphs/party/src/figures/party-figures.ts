import { businessDate, yearBounds } from '@jiguan/shared-schema/time/business-date';
import { prisma, table } from '../db.ts';

/** A year's Party-building figures (P1–P7 of shared/seed/figures-2024.md), counted from the rows. */
export interface PartyFigures {
  /** P1: the 党组's theory study sessions (Meeting CENTRAL_GROUP_STUDY) held in the year. */
  centralGroupStudySessions: number;
  /** P2: discipline-education visits (EducationActivity VISIT) held in the year. */
  disciplineEducationVisits: number;
  /** P3: activists put on record (Candidate.activistOn) in the year. */
  activistsPutOnRecord: number;
  /** P3: probationary members admitted (Candidate.admittedOn) in the year. */
  probationaryMembersAdmitted: number;
  /** P4: honours of organisations awarded in the year. */
  organisationHonours: number;
  /** P4: honours of individuals awarded in the year. */
  individualHonours: number;
  /** P5: section-level cadres appointed in the year. */
  sectionCadresAppointed: number;
  /** P6: joint branches founded in the year. */
  jointBranchesFounded: number;
  /** P6: the day the first joint branch was founded (YYYY-MM-DD), whatever the year; null when there is none. */
  firstJointBranchFoundedOn: string | null;
  /** P7: terms that ended in the year: re-elections renewing a term that ended in it, plus current terms that ended in it (by today) with none. */
  reElectionsDue: number;
  /** P7: of those, the ones renewed by a re-election. */
  reElectionsHeld: number;
  /** Members (probationary or full) at the year's end: joined by then, neither transferred out by then nor transferred in after. */
  members: number;
  /** Branches founded by the year's end. */
  branches: number;
}

/** The year's Party-building figures in one statement (each figure a sub-select over its table). */
export async function partyFigures(year: number): Promise<PartyFigures> {
  const { first, last } = yearBounds(year);
  const today = businessDate().toISOString().slice(0, 10);
  const [row] = await prisma.$queryRaw<PartyFigures[]>`
    SELECT
      (SELECT count(*)::int FROM ${table('Meeting')}
        WHERE kind = 'CENTRAL_GROUP_STUDY' AND "heldOn" BETWEEN ${first}::date AND ${last}::date) AS "centralGroupStudySessions",
      (SELECT count(*)::int FROM ${table('EducationActivity')}
        WHERE kind = 'VISIT' AND "heldOn" BETWEEN ${first}::date AND ${last}::date) AS "disciplineEducationVisits",
      (SELECT count(*)::int FROM ${table('Candidate')}
        WHERE "activistOn" BETWEEN ${first}::date AND ${last}::date) AS "activistsPutOnRecord",
      (SELECT count(*)::int FROM ${table('Candidate')}
        WHERE "admittedOn" BETWEEN ${first}::date AND ${last}::date) AS "probationaryMembersAdmitted",
      (SELECT count(*)::int FROM ${table('Honour')}
        WHERE kind = 'ORGANISATION' AND "awardedOn" BETWEEN ${first}::date AND ${last}::date) AS "organisationHonours",
      (SELECT count(*)::int FROM ${table('Honour')}
        WHERE kind = 'INDIVIDUAL' AND "awardedOn" BETWEEN ${first}::date AND ${last}::date) AS "individualHonours",
      (SELECT count(*)::int FROM ${table('CadreAppointment')}
        WHERE "appointedOn" BETWEEN ${first}::date AND ${last}::date) AS "sectionCadresAppointed",
      (SELECT count(*)::int FROM ${table('PartyOrganization')}
        WHERE "isJointBranch" AND "foundedOn" BETWEEN ${first}::date AND ${last}::date) AS "jointBranchesFounded",
      (SELECT to_char(min("foundedOn"), 'YYYY-MM-DD') FROM ${table('PartyOrganization')}
        WHERE "isJointBranch") AS "firstJointBranchFoundedOn",
      (SELECT count(*)::int FROM ${table('ReElection')}
        WHERE "previousTermEndOn" BETWEEN ${first}::date AND ${last}::date)
      + (SELECT count(*)::int FROM ${table('PartyOrganization')}
        WHERE "termEndOn" BETWEEN ${first}::date AND ${last}::date AND "termEndOn" <= ${today}::date) AS "reElectionsDue",
      (SELECT count(*)::int FROM ${table('ReElection')}
        WHERE "previousTermEndOn" BETWEEN ${first}::date AND ${last}::date) AS "reElectionsHeld",
      (SELECT count(*)::int FROM ${table('PartyMember')} m
        WHERE m."joinedOn" <= ${last}::date
          AND NOT EXISTS (SELECT 1 FROM ${table('MembershipTransfer')} t
                           WHERE t."memberId" = m.id AND t.direction = 'OUT' AND t."transferredOn" <= ${last}::date)
          AND NOT EXISTS (SELECT 1 FROM ${table('MembershipTransfer')} t
                           WHERE t."memberId" = m.id AND t.direction = 'IN' AND t."transferredOn" > ${last}::date)) AS "members",
      (SELECT count(*)::int FROM ${table('PartyOrganization')}
        WHERE kind = 'BRANCH' AND "foundedOn" <= ${last}::date) AS "branches"`;
  if (!row) throw new Error('party figures: no row');
  return row;
}
