import { requestGraphQL, useYearFigures } from '@jiguan/kit';
import { type PartyFigures, periodPartyQuery } from './period-party-query';

/** The report year the demo dataset reproduces; the page opens on it. */
export const defaultYear = 2024;

/** One card of the overview: the figure's id in the work report, its text key and its value. */
export interface FigureCardSpec {
  id: string;
  key: string;
  value: number | string;
  /** The hint's params, when the figure has a second line. */
  hint?: Record<string, number | string>;
}

/** The cards P1–P7 of the work report, in its order, from the year's figures. */
export function figureCards(figures: PartyFigures): FigureCardSpec[] {
  return [
    { id: 'P1', key: 'centralGroupStudySessions', value: figures.centralGroupStudySessions },
    { id: 'P2', key: 'disciplineEducationVisits', value: figures.disciplineEducationVisits },
    { id: 'P3', key: 'activistsPutOnRecord', value: figures.activistsPutOnRecord, hint: { admitted: figures.probationaryMembersAdmitted } },
    { id: 'P4', key: 'honours', value: figures.organisationHonours + figures.individualHonours, hint: { organisation: figures.organisationHonours, individual: figures.individualHonours } },
    { id: 'P5', key: 'sectionCadresAppointed', value: figures.sectionCadresAppointed },
    { id: 'P6', key: 'jointBranchesFounded', value: figures.jointBranchesFounded, hint: { first: figures.firstJointBranchFoundedOn ?? '—' } },
    { id: 'P7', key: 'reElections', value: `${figures.reElectionsHeld} / ${figures.reElectionsDue}`, hint: { all: figures.allReElectionsHeld ? 1 : 0 } },
  ];
}

/** The figures of the chosen year (null when the viewer may not read them), loaded again whenever the year changes. */
export function usePartyFigures() {
  return useYearFigures<PartyFigures>(async (year) => (await requestGraphQL(periodPartyQuery, { year })).period.party, defaultYear);
}
