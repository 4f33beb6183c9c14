import { describe, expect, it } from 'vitest';
import { createHttpServer, listen, sendJson } from '../src/http/http-server.ts';
import { createLogger } from '../src/logger.ts';

describe('the HTTP server’s route table', () => {
  it('matches exact routes first, then the longest "METHOD /prefix/*" above the path', async () => {
    const answer = (name: string) => (_req: unknown, res: Parameters<typeof sendJson>[0]) => sendJson(res, 200, { name });
    const server = createHttpServer(
      {
        'GET /bi/datasets': answer('exact'),
        'GET /bi/*': answer('bi'),
        'GET /bi/datasets/*': answer('datasets'),
        '* /odata/*': answer('odata'),
      },
      createLogger('test'),
    );
    const origin = `http://127.0.0.1:${await listen(server, 0)}`;
    const route = async (path: string, method = 'GET') => {
      const response = await fetch(`${origin}${path}`, { method });
      return response.status === 404 ? 404 : ((await response.json()) as { name: string }).name;
    };
    expect(await route('/bi/datasets')).toBe('exact');
    expect(await route('/bi/datasets/x.csv?unit=U1')).toBe('datasets');
    expect(await route('/bi/other')).toBe('bi');
    expect(await route('/odata/$metadata', 'POST')).toBe('odata');
    expect(await route('/bi/datasets/x.csv', 'POST')).toBe(404);
    expect(await route('/bis/x')).toBe(404);
    expect(await route('/odata')).toBe(404);
    await new Promise((resolve) => server.close(resolve));
  });
});
