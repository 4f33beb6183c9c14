-- CreateEnum
CREATE TYPE "DevelopmentStage" AS ENUM ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('PROBATIONARY', 'FULL', 'TRANSFERRED_OUT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TransferDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('CENTRAL_GROUP_STUDY', 'GENERAL_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY');

-- CreateEnum
CREATE TYPE "PartyOrganizationKind" AS ENUM ('LEADERSHIP_GROUP', 'GENERAL_BRANCH', 'BRANCH');

-- CreateEnum
CREATE TYPE "CommitteePosition" AS ENUM ('SECRETARY', 'DEPUTY_SECRETARY', 'ORGANISATION', 'PROPAGANDA', 'DISCIPLINE', 'MEMBER');

-- CreateEnum
CREATE TYPE "EducationKind" AS ENUM ('VISIT', 'SPECIAL_STUDY');

-- CreateEnum
CREATE TYPE "LetterKind" AS ENUM ('RESPONSIBILITY', 'PLEDGE');

-- CreateEnum
CREATE TYPE "HonourKind" AS ENUM ('ORGANISATION', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "CadreLevel" AS ENUM ('SECTION_CHIEF', 'SECTION_DEPUTY');

-- CreateEnum
CREATE TYPE "RectificationTaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED');

-- CreateTable
CREATE TABLE "AuditRecord" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "branchId" TEXT NOT NULL,
    "stage" "DevelopmentStage" NOT NULL DEFAULT 'APPLICANT',
    "appliedOn" DATE NOT NULL,
    "activistOn" DATE,
    "targetOn" DATE,
    "politicalReviewOn" DATE,
    "introducerPersonIds" TEXT[],
    "admittedOn" DATE,
    "probationEndsOn" DATE,
    "fullOn" DATE,
    "cancelledOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateStep" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "fromStage" "DevelopmentStage" NOT NULL,
    "toStage" "DevelopmentStage" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "decision" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyMember" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "branchId" TEXT NOT NULL,
    "status" "MemberStatus" NOT NULL,
    "joinedOn" DATE NOT NULL,
    "fullOn" DATE,
    "monthlyIncome" DECIMAL(12,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipTransfer" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "direction" "TransferDirection" NOT NULL,
    "transferredOn" DATE NOT NULL,
    "counterpart" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuesPayment" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "baseIncome" DECIMAL(12,2) NOT NULL,
    "rate" DECIMAL(5,4) NOT NULL,
    "amount" DECIMAL(10,2) NOT NULL,
    "paidOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuesPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "place" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,
    "absenceReason" TEXT,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyOrganization" (
    "id" TEXT NOT NULL,
    "kind" "PartyOrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "organizationId" TEXT NOT NULL,
    "isJointBranch" BOOLEAN NOT NULL DEFAULT false,
    "foundedOn" DATE NOT NULL,
    "secretaryPersonId" TEXT,
    "termStartOn" DATE NOT NULL,
    "termEndOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "position" "CommitteePosition" NOT NULL,

    CONSTRAINT "CommitteeMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReElection" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "previousTermEndOn" DATE NOT NULL,
    "termStartOn" DATE NOT NULL,
    "termEndOn" DATE NOT NULL,
    "secretaryPersonId" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReElection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EducationActivity" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "kind" "EducationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "place" TEXT,
    "heldOn" DATE NOT NULL,
    "participants" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EducationActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibilityLetter" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "kind" "LetterKind" NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponsibilityLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LetterSignature" (
    "id" TEXT NOT NULL,
    "letterId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,

    CONSTRAINT "LetterSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Honour" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "kind" "HonourKind" NOT NULL,
    "personId" TEXT,
    "title" TEXT NOT NULL,
    "awardedBy" TEXT NOT NULL,
    "awardedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Honour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CadreAppointment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "level" "CadreLevel" NOT NULL,
    "proposedOn" DATE NOT NULL,
    "publicNoticeOn" DATE NOT NULL,
    "appointedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CadreAppointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationTask" (
    "id" TEXT NOT NULL,
    "partyOrganizationId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "ownerPersonId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "RectificationTaskStatus" NOT NULL DEFAULT 'OPEN',
    "evidence" TEXT,
    "doneOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditRecord_entity_entityId_idx" ON "AuditRecord"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditRecord_createdAt_idx" ON "AuditRecord"("createdAt");

-- CreateIndex
CREATE INDEX "Candidate_branchId_idx" ON "Candidate"("branchId");

-- CreateIndex
CREATE INDEX "Candidate_personId_idx" ON "Candidate"("personId");

-- CreateIndex
CREATE INDEX "CandidateStep_candidateId_idx" ON "CandidateStep"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyMember_personId_key" ON "PartyMember"("personId");

-- CreateIndex
CREATE INDEX "PartyMember_branchId_idx" ON "PartyMember"("branchId");

-- CreateIndex
CREATE INDEX "MembershipTransfer_memberId_idx" ON "MembershipTransfer"("memberId");

-- CreateIndex
CREATE INDEX "DuesPayment_month_idx" ON "DuesPayment"("month");

-- CreateIndex
CREATE UNIQUE INDEX "DuesPayment_memberId_month_key" ON "DuesPayment"("memberId", "month");

-- CreateIndex
CREATE INDEX "Meeting_partyOrganizationId_heldOn_idx" ON "Meeting"("partyOrganizationId", "heldOn");

-- CreateIndex
CREATE INDEX "Meeting_kind_heldOn_idx" ON "Meeting"("kind", "heldOn");

-- CreateIndex
CREATE INDEX "MeetingAttendance_personId_idx" ON "MeetingAttendance"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_personId_key" ON "MeetingAttendance"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyOrganization_name_key" ON "PartyOrganization"("name");

-- CreateIndex
CREATE INDEX "PartyOrganization_parentId_idx" ON "PartyOrganization"("parentId");

-- CreateIndex
CREATE INDEX "PartyOrganization_secretaryPersonId_idx" ON "PartyOrganization"("secretaryPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeMember_partyOrganizationId_personId_key" ON "CommitteeMember"("partyOrganizationId", "personId");

-- CreateIndex
CREATE INDEX "ReElection_partyOrganizationId_idx" ON "ReElection"("partyOrganizationId");

-- CreateIndex
CREATE INDEX "ReElection_heldOn_idx" ON "ReElection"("heldOn");

-- CreateIndex
CREATE INDEX "EducationActivity_heldOn_idx" ON "EducationActivity"("heldOn");

-- CreateIndex
CREATE INDEX "ResponsibilityLetter_year_idx" ON "ResponsibilityLetter"("year");

-- CreateIndex
CREATE UNIQUE INDEX "LetterSignature_letterId_personId_key" ON "LetterSignature"("letterId", "personId");

-- CreateIndex
CREATE INDEX "Honour_awardedOn_idx" ON "Honour"("awardedOn");

-- CreateIndex
CREATE INDEX "CadreAppointment_appointedOn_idx" ON "CadreAppointment"("appointedOn");

-- CreateIndex
CREATE INDEX "RectificationTask_partyOrganizationId_idx" ON "RectificationTask"("partyOrganizationId");

-- CreateIndex
CREATE INDEX "RectificationTask_status_dueOn_idx" ON "RectificationTask"("status", "dueOn");

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateStep" ADD CONSTRAINT "CandidateStep_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMember" ADD CONSTRAINT "PartyMember_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipTransfer" ADD CONSTRAINT "MembershipTransfer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuesPayment" ADD CONSTRAINT "DuesPayment_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PartyMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReElection" ADD CONSTRAINT "ReElection_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EducationActivity" ADD CONSTRAINT "EducationActivity_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityLetter" ADD CONSTRAINT "ResponsibilityLetter_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LetterSignature" ADD CONSTRAINT "LetterSignature_letterId_fkey" FOREIGN KEY ("letterId") REFERENCES "ResponsibilityLetter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honour" ADD CONSTRAINT "Honour_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CadreAppointment" ADD CONSTRAINT "CadreAppointment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_partyOrganizationId_fkey" FOREIGN KEY ("partyOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

