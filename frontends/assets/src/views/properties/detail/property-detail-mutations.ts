import { graphql } from '../../../generated/gql';

/* What staff record on one property's tabs: floors and rooms, who uses a room, surveys, archive papers. */

export const addFloorMutation = graphql(`
  mutation AddFloor($input: AddFloorInput!) {
    addFloor(input: $input) { id label level }
  }
`);

export const addRoomMutation = graphql(`
  mutation AddRoom($input: AddRoomInput!) {
    addRoom(input: $input) { id number }
  }
`);

export const allocateRoomMutation = graphql(`
  mutation AllocateRoom($input: AllocateRoomInput!) {
    allocateRoom(input: $input) { id certificateNumber organization { id name } room { id number } }
  }
`);

export const endRoomAllocationMutation = graphql(`
  mutation EndRoomAllocation($id: ID!, $endedOn: Date!) {
    endRoomAllocation(id: $id, endedOn: $endedOn) { id certificateNumber endedOn organization { id name } }
  }
`);

export const recordSurveyMutation = graphql(`
  mutation RecordSurvey($input: RecordSurveyInput!) {
    recordSurvey(input: $input) { id kind surveyedOn }
  }
`);

export const addArchiveDocumentMutation = graphql(`
  mutation AddArchiveDocument($input: AddArchiveDocumentInput!) {
    addArchiveDocument(input: $input) { id name }
  }
`);
