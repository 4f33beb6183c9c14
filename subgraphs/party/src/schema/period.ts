import { builder } from '../builder.ts';
import { partyAccess } from '../domain/access.ts';
import { partyFigures, type PartyFigures } from '../figures/party-figures.ts';

const PartyKpisRef = builder.objectRef<PartyFigures>('PartyKpis').implement({
  description: 'The Party-building figures of a year, computed from the rows (figures-2024.md P1–P7)',
  fields: (t) => ({
    centralGroupStudySessions: t.exposeInt('centralGroupStudySessions', { description: 'P1: study sessions of the leadership group’s theory study centre group (中心组理论学习) held in the year' }),
    disciplineEducationVisits: t.exposeInt('disciplineEducationVisits', { description: 'P2: discipline-education visits (警示教育参观) in the year' }),
    activistsPutOnRecord: t.exposeInt('activistsPutOnRecord', { description: 'P3: activists put on record (入党积极分子) in the year' }),
    probationaryMembersAdmitted: t.exposeInt('probationaryMembersAdmitted', { description: 'P3: probationary members admitted (预备党员) in the year' }),
    organisationHonours: t.exposeInt('organisationHonours', { description: 'P4: honours of organisations (先进基层党组织 …) in the year' }),
    individualHonours: t.exposeInt('individualHonours', { description: 'P4: individual honours in the year' }),
    sectionCadresAppointed: t.exposeInt('sectionCadresAppointed', { description: 'P5: section-level cadres selected and appointed (科级干部选拔任用) in the year' }),
    jointBranchesFounded: t.exposeInt('jointBranchesFounded', { description: 'P6: joint branches of the outsourced service companies founded in the year' }),
    firstJointBranchFoundedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'P6: when the first joint branch (社会化服务单位联合党支部) was founded, whatever the year',
      resolve: (figures) => (figures.firstJointBranchFoundedOn ? new Date(`${figures.firstJointBranchFoundedOn}T00:00:00.000Z`) : null),
    }),
    reElectionsDue: t.exposeInt('reElectionsDue', { description: 'P7: terms of the general branch and its branches that ended in the year (换届 due)' }),
    reElectionsHeld: t.exposeInt('reElectionsHeld', { description: 'P7: of those, re-elections held' }),
    allReElectionsHeld: t.boolean({ description: 'P7: every re-election due in the year was held', resolve: (figures) => figures.reElectionsHeld === figures.reElectionsDue }),
    members: t.exposeInt('members', { description: 'Members (probationary and full) at the year’s end' }),
    branches: t.exposeInt('branches', { description: 'Branches (党支部) at the year’s end' }),
  }),
});

/** A reporting year; the directory owns it, every domain adds its figures. */
builder.externalRef('Period', builder.selection<{ year: number }>('year')).implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    // Nullable: the cockpit reads every domain's figures of a year in one query; one domain down leaves the others'.
    party: t.field({
      type: PartyKpisRef,
      nullable: true,
      authScopes: partyAccess.readFigures,
      description: 'The Party-building figures of the year (Party staff, admins and leaders)',
      resolve: ({ year }) => partyFigures(year),
    }),
  }),
});
