import type { NodeOf } from '@jiguan/kit';
import { graphql } from '../../../generated/gql';
import type { PartyResponsibilityLettersQuery } from '../../../generated/graphql';

/** Letters with who signed them (the first 100 signatures; a letter is signed by a unit's chiefs or drivers). */
export const lettersQuery = graphql(`
  query PartyResponsibilityLetters($first: Int, $after: String, $last: Int, $before: String, $filter: ResponsibilityLetterFilter) {
    responsibilityLetters(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id kind title year signedCount
          partyOrganization { id name canManage }
          signatures(first: 100) { totalCount edges { node { id signedOn person { id name organization { id name } } } } }
        }
      }
    }
  }
`);

export type LetterRow = NodeOf<PartyResponsibilityLettersQuery['responsibilityLetters']>;

export const createLetterMutation = graphql(`
  mutation CreateResponsibilityLetter($input: CreateResponsibilityLetterInput!) { createResponsibilityLetter(input: $input) { id title } }
`);
export const signLetterMutation = graphql(`
  mutation SignResponsibilityLetter($input: SignResponsibilityLetterInput!) { signResponsibilityLetter(input: $input) { id title signedCount } }
`);
