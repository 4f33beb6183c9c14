import { defineDocument } from '@jiguan/kit';
import type { BuildingUse, CertificateStatus, TitleRegistration } from '../list/buildings-query';

/** How many of each nested list the detail page shows; it says so when there are more. */
export const detailLimits = { floors: 50, rooms: 100, surveys: 50, documents: 50, problems: 50 } as const;

interface Nodes<TNode> {
  totalCount: number;
  edges: Array<{ node: TNode }>;
}

export interface RoomRow {
  id: string;
  number: string;
  area: string;
  use: string;
  allocations: Nodes<{ organization: { name: string }; certificateNumber: string; startsOn: string; endedOn: string | null }>;
}

export interface FloorRow {
  id: string;
  label: string;
  level: number;
  area: string;
  rooms: Nodes<RoomRow>;
}

export interface SurveyRow {
  id: string;
  kind: string;
  surveyedOn: string;
  area: string;
  surveyor: string;
}

export interface ArchiveDocumentRow {
  id: string;
  name: string;
  kind: string;
  documentDate: string;
}

export interface ProblemRow {
  id: string;
  category: string;
  description: string;
  inspection: { id: string; inspectedOn: string; inspectors: string; organization: { name: string } };
  rectificationItems: Nodes<{ id: string; suggestion: string; status: string; dueOn: string; overdue: boolean }>;
}

export interface BuildingDetail {
  id: string;
  code: string;
  name: string;
  address: string;
  owningUnit: { name: string };
  usingUnit: { name: string } | null;
  landArea: string;
  floorArea: string;
  certificateStatus: CertificateStatus;
  titleRegistration: TitleRegistration;
  bookValue: string;
  currentUse: BuildingUse;
  managedSince: string;
  disposedOn: string | null;
  openRectificationCount: number;
  floors: Nodes<FloorRow>;
  surveys: Nodes<SurveyRow>;
  archiveDocuments: Nodes<ArchiveDocumentRow>;
  problems: Nodes<ProblemRow>;
}

export const buildingQuery = defineDocument<{ building: BuildingDetail | null }, { id: string }>(`
  query AssetsBuilding($id: ID!) {
    building(id: $id) {
      id code name address owningUnit { name } usingUnit { name }
      landArea floorArea certificateStatus titleRegistration bookValue currentUse managedSince disposedOn
      openRectificationCount
      floors(first: ${detailLimits.floors}) {
        totalCount
        edges {
          node {
            id label level area
            rooms(first: ${detailLimits.rooms}) {
              totalCount
              edges {
                node {
                  id number area use
                  allocations(first: 1) { totalCount edges { node { organization { name } certificateNumber startsOn endedOn } } }
                }
              }
            }
          }
        }
      }
      surveys(first: ${detailLimits.surveys}) { totalCount edges { node { id kind surveyedOn area surveyor } } }
      archiveDocuments(first: ${detailLimits.documents}) { totalCount edges { node { id name kind documentDate } } }
      problems(first: ${detailLimits.problems}) {
        totalCount
        edges {
          node {
            id category description
            inspection { id inspectedOn inspectors organization { name } }
            rectificationItems(first: 10) { totalCount edges { node { id suggestion status dueOn overdue } } }
          }
        }
      }
    }
  }
`);
