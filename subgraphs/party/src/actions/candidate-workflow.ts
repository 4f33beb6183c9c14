import { actionValue } from '@jiguan/shared-schema/schema/allowed-actions';
import { businessDate } from '@jiguan/shared-schema/time/business-date';
import { defineWorkflow } from '@jiguan/shared-schema/workflow/run-transition';
import type { Prisma } from '../../prisma/generated/client.ts';
import { candidateMachine, stepDateProblem, type CandidateForRules } from '../domain/candidate.ts';

export type CandidateQuery = Pick<Prisma.CandidateFindUniqueArgs, 'select' | 'include'>;

/** A step of a candidate: the date of the branch's decision, and the decision as minuted. */
export interface CandidateStepInput {
  id: string;
  decidedOn: Date;
  decision: string;
}

/** The development workflow: each step checks its date, moves the stage, and keeps its decision in the candidate's steps. */
export const candidateWorkflow = defineWorkflow({
  entity: 'Candidate',
  noun: '发展对象',
  machine: candidateMachine,
  load: (tx: Prisma.TransactionClient, id: string) => tx.candidate.findUnique({ where: { id }, include: { branch: true } }),
  move: async (tx, { row, from, to, data }) => (await tx.candidate.updateMany({ where: { id: row.id, stage: from }, data: { stage: to, ...data } })).count,
  read: (tx, id, query: CandidateQuery | undefined) => tx.candidate.findUniqueOrThrow({ ...query, where: { id } }),
  record: (tx, { verb, row, from, to, input, actor }) => {
    const { decidedOn, decision } = input as unknown as CandidateStepInput;
    return tx.candidateStep.create({ data: { candidateId: row.id, verb: actionValue(verb), fromStage: from, toStage: to, decidedOn, decision, actorId: actor.accountId } });
  },
});

/** Every step's date rule (not after today, not before the previous step), then the step's own. */
export const checkStepDate = ({ row, input }: { row: CandidateForRules; input: CandidateStepInput }) => stepDateProblem(row, input.decidedOn, businessDate());
