import { DEMO_ACCOUNTS } from '@jiguan/demo-data/demo-accounts';
import { postGraphQL } from '@jiguan/runner/testing/graphql-client';
import { testHub } from '@jiguan/runner/testing/test-hub';
import { expect, it } from 'vitest';

/**
 * The attack report's finding 6: an anonymous login selecting rows beyond the account
 * (`login { account { person { organization { people } } } }`) answered INTERNAL. The login
 * happens; what a signed-in caller may read comes with the token, so the rows past the account are
 * refused with a code, and the token is still answered.
 */
it.each(DEMO_ACCOUNTS.map((account) => account.username))('an anonymous login of %s that selects rows past the account is answered without INTERNAL', async (username) => {
  const unit = DEMO_ACCOUNTS.find((account) => account.username === username);
  const result = await postGraphQL(testHub().gatewayUrl, `mutation ($username: String!, $password: String!) {
    login(username: $username, password: $password) { token account { username person { name organization { name people(first: 5) { edges { node { name } } } } } } } }`, {
    variables: { username: unit?.username, password: unit?.password },
  });
  expect(result.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('INTERNAL');
  expect(result.data?.login?.token).toEqual(expect.any(String));
});
