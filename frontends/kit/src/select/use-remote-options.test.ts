import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../graphql/graphql-request-error';
import { useRemoteOptions } from './use-remote-options';

/** A search whose answer arrives when the test resolves it. */
function controlledSearch() {
  const pending: Array<{ search: string | undefined; resolve: (options: string[]) => void; reject: (error: unknown) => void }> = [];
  const fetchOptions = (search: string | undefined) => new Promise<string[]>((resolve, reject) => pending.push({ search, resolve, reject }));
  return { pending, fetchOptions };
}

describe('useRemoteOptions', () => {
  it('passes the trimmed text, or undefined for an empty one', async () => {
    const { pending, fetchOptions } = controlledSearch();
    const select = useRemoteOptions(fetchOptions);
    void select.search('  审计 ');
    void select.search('   ');
    expect(pending.map((p) => p.search)).toEqual(['审计', undefined]);
  });

  it('keeps only the newest search’s answer, whatever order the answers arrive in', async () => {
    const { pending, fetchOptions } = controlledSearch();
    const select = useRemoteOptions(fetchOptions);
    const first = select.search('区');
    const second = select.search('区审计');
    pending[1]?.resolve(['松江区审计局']);
    await second;
    expect(select.loading.value).toBe(false);
    pending[0]?.resolve(['松江区审计局', '松江区财政局']);
    await first;
    expect(select.options.value).toEqual(['松江区审计局']);
    expect(select.loading.value).toBe(false);
  });

  it('leaves the list as it was when a search fails with a GraphQL error, and rethrows anything else', async () => {
    const { pending, fetchOptions } = controlledSearch();
    const select = useRemoteOptions(fetchOptions);
    const found = select.search('区');
    pending[0]?.resolve(['松江区审计局']);
    await found;
    const refused = select.search('x');
    pending[1]?.reject(new GraphQLRequestError('NETWORK', '无法连接服务器'));
    await refused;
    expect(select.options.value).toEqual(['松江区审计局']);
    expect(select.loading.value).toBe(false);
    const broken = select.search('y');
    pending[2]?.reject(new TypeError('bug'));
    await expect(broken).rejects.toThrow('bug');
  });
});
