import { graphql } from '../../../generated/gql';

/** How many of each nested list the detail page asks for (the query's variables); it says so when there are more. */
export const detailLimits = { floors: 50, rooms: 100, surveys: 50, documents: 50, problems: 50 } as const;

export const buildingQuery = graphql(`
  query AssetsBuilding($id: ID!, $floors: Int!, $rooms: Int!, $surveys: Int!, $documents: Int!, $problems: Int!) {
    building(id: $id) {
      id code name address owningUnit { id name } usingUnit { id name }
      landArea floorArea certificateStatus titleRegistration bookValue currentUse managedSince disposedOn
      openRectificationCount
      floors(first: $floors) {
        totalCount
        edges {
          node {
            id label level area
            rooms(first: $rooms) {
              totalCount
              edges {
                node {
                  id number area use
                  allocations(first: 1) { totalCount edges { node { id organization { id name } certificateNumber startsOn endedOn allowedActions } } }
                }
              }
            }
          }
        }
      }
      surveys(first: $surveys) { totalCount edges { node { id kind surveyedOn area surveyor } } }
      archiveDocuments(first: $documents) { totalCount edges { node { id name kind documentDate } } }
      problems(first: $problems) {
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
