import { data, refusal, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartyFigures } from './period-party-query';
import { figureCards, usePartyFigures } from './use-party-figures';

const figures2024: PartyFigures = {
  centralGroupStudySessions: 31,
  disciplineEducationVisits: 3,
  activistsPutOnRecord: 2,
  probationaryMembersAdmitted: 1,
  organisationHonours: 1,
  individualHonours: 4,
  sectionCadresAppointed: 6,
  jointBranchesFounded: 1,
  firstJointBranchFoundedOn: '2024-05-20',
  reElectionsDue: 2,
  reElectionsHeld: 2,
  allReElectionsHeld: true,
  members: 80,
  branches: 6,
};

describe('usePartyFigures', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on 2024 and loads the year again when another is picked', async () => {
    const requests = stubGateway({ PeriodParty: (variables) => data({ period: { year: variables.year, party: figures2024 } }) });
    const overview = usePartyFigures();
    await vi.waitFor(() => expect(overview.figures.value).toEqual(figures2024));
    overview.year.value = 2025;
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    expect(requests.map((request) => request.variables)).toEqual([{ year: 2024 }, { year: 2025 }]);
  });

  it('keeps a refusal to show', async () => {
    stubGateway({ PeriodParty: refusal('FORBIDDEN', '无权查看', { reason: 'ROLE_REQUIRED' }) });
    const overview = usePartyFigures();
    await vi.waitFor(() => expect(overview.error.value?.code).toBe('FORBIDDEN'));
    expect(overview.figures.value).toBeNull();
  });
});

describe('figureCards', () => {
  it('lists P1–P7 in the report’s order, honours and re-elections summed up', () => {
    const cards = figureCards(figures2024);
    expect(cards.map((card) => card.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(cards.map((card) => card.value)).toEqual([31, 3, 2, 5, 6, 1, '2 / 2']);
    expect(cards[3]?.hint).toEqual({ organisation: 1, individual: 4 });
    expect(cards[5]?.hint).toEqual({ first: '2024-05-20' });
  });
});
