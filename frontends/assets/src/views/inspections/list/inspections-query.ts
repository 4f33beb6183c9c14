import { type Connection, connectionFields, defineDocument, type PageArgs } from '@jiguan/kit';

export interface InspectionFilter {
  organizationId?: string;
  inspectedFrom?: string;
  inspectedTo?: string;
}

export interface InspectionProblemRow {
  id: string;
  category: string;
  description: string;
  building: { id: string; name: string } | null;
  rectificationItems: {
    totalCount: number;
    edges: Array<{ node: { id: string; suggestion: string; owner: string; dueOn: string; status: string; overdue: boolean } }>;
  };
}

export interface InspectionRow {
  id: string;
  inspectedOn: string;
  inspectors: string;
  organization: { id: string; name: string };
  problems: { totalCount: number; edges: Array<{ node: InspectionProblemRow }> };
}

/** Problems shown per inspection; the row says when there are more. */
export const problemsPerInspection = 20;

export const inspectionsQuery = defineDocument<{ inspections: Connection<InspectionRow> }, PageArgs & { filter: InspectionFilter }>(`
  query AssetsInspections($first: Int, $after: String, $last: Int, $before: String, $filter: InspectionFilter) {
    inspections(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      ${connectionFields}
      edges {
        cursor
        node {
          id inspectedOn inspectors organization { id name }
          problems(first: ${problemsPerInspection}) {
            totalCount
            edges {
              node {
                id category description building { id name }
                rectificationItems(first: 10) { totalCount edges { node { id suggestion owner dueOn status overdue } } }
              }
            }
          }
        }
      }
    }
  }
`);
