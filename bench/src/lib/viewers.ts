import { loginAs } from '../../../tools/runner/src/testing/graphql-client.ts';

/** Who sends the load: one viewer on every connection, or a different token on each. */
export interface ViewerScenario {
  name: 'same viewer' | 'distinct viewers';
  tokens: string[];
}

/**
 * `n` different valid tokens of a demo user (default the leader) (a token is unique per second of issue, so this
 * takes about n seconds): with one per connection, no two requests in flight are identical, and
 * nothing can be served from a request that happens to be in flight already.
 */
export async function distinctTokens(gatewayUrl: string, n: number, username = 'leader'): Promise<string[]> {
  const tokens = new Set<string>();
  while (tokens.size < n) {
    tokens.add(await loginAs(gatewayUrl, username, 'Demo@2024'));
    if (tokens.size < n) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return [...tokens];
}

/**
 * The two ways load is sent: `same viewer` (every connection sends one token — identical requests
 * meet in flight, as when many people open the same page, which a gateway may deduplicate) and
 * `distinct viewers` (a token per connection: every request is distinct).
 */
export async function viewerScenarios(gatewayUrl: string, token: string, connections: number, which: 'both' | 'same' | 'distinct'): Promise<ViewerScenario[]> {
  const out: ViewerScenario[] = [];
  if (which !== 'distinct') out.push({ name: 'same viewer', tokens: [token] });
  if (which !== 'same') out.push({ name: 'distinct viewers', tokens: await distinctTokens(gatewayUrl, connections) });
  return out;
}
