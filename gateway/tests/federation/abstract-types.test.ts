import { afterAll, beforeAll, expect, it } from 'vitest';
import { federation, startFederation, type Federation } from './harness/start-federation.ts';

/**
 * Unions and interfaces whose members live in different subgraphs. `media` declares
 * `union Result = Book | Movie`, `music` declares `union Result = Book | Song` (a partial union each:
 * the supergraph's Result is Book | Movie | Song); Book is an entity of both, with `title` in media
 * and `pages` in music. The interface `Animal` lives in media; its Dog's `barkVolume` in music.
 */
let fed: Federation;
beforeAll(async () => {
  const book = { __typename: 'Book', id: 'b1' };
  fed = await startFederation([
    {
      name: 'media',
      typeDefs: `${federation(['@key'])}
        type Query { mediaSearch: [Result!]! animals: [Animal!]! }
        union Result = Book | Movie
        type Book @key(fields: "id") { id: ID! title: String! }
        type Movie @key(fields: "id") { id: ID! title: String! }
        interface Animal { name: String! }
        type Dog implements Animal @key(fields: "id") { id: ID! name: String! }
        type Cat implements Animal { name: String! lives: Int! }`,
      resolvers: {
        Query: {
          mediaSearch: () => [book, { __typename: 'Movie', id: 'm1' }],
          animals: () => [{ __typename: 'Dog', id: 'd1', name: 'Wangcai' }, { __typename: 'Cat', name: 'Mimi', lives: 9 }],
        },
        Result: { __resolveType: (r: { __typename: string }) => r.__typename },
        Animal: { __resolveType: (a: { __typename: string }) => a.__typename },
        Book: { __resolveReference: (ref: { id: string }) => ref, title: () => 'Dune' },
        Movie: { __resolveReference: (ref: { id: string }) => ref, title: () => 'Alien' },
      },
    },
    {
      name: 'music',
      typeDefs: `${federation(['@key'])}
        type Query { musicSearch: [Result!]! }
        union Result = Book | Song
        type Book @key(fields: "id") { id: ID! pages: Int! }
        type Song @key(fields: "id") { id: ID! title: String! }
        type Dog @key(fields: "id") { id: ID! barkVolume: Int! }`,
      resolvers: {
        Query: { musicSearch: () => [book, { __typename: 'Song', id: 's1' }] },
        Result: { __resolveType: (r: { __typename: string }) => r.__typename },
        Book: { __resolveReference: (ref: { id: string }) => ref, pages: () => 412 },
        Song: { __resolveReference: (ref: { id: string }) => ref, title: () => 'Hey Jude' },
        Dog: { __resolveReference: (ref: { id: string }) => ref, barkVolume: () => 11 },
      },
    },
  ]);
});
afterAll(() => fed.stop());

const RESULT_FIELDS = '__typename ... on Book { title pages } ... on Movie { title } ... on Song { title }';

it('answers a partial union from each side, with every member’s fields from wherever they live', async () => {
  const answer = await fed.query(`{ mediaSearch { ${RESULT_FIELDS} } musicSearch { ${RESULT_FIELDS} } }`);
  expect(answer.body).toEqual({
    data: {
      mediaSearch: [
        { __typename: 'Book', title: 'Dune', pages: 412 },
        { __typename: 'Movie', title: 'Alien' },
      ],
      musicSearch: [
        { __typename: 'Book', title: 'Dune', pages: 412 },
        { __typename: 'Song', title: 'Hey Jude' },
      ],
    },
  });
});

it('answers an interface whose implementation has fields in another subgraph', async () => {
  const answer = await fed.query('{ animals { name ... on Dog { barkVolume } ... on Cat { lives } } }');
  expect(answer.body).toEqual({ data: { animals: [{ name: 'Wangcai', barkVolume: 11 }, { name: 'Mimi', lives: 9 }] } });
});
