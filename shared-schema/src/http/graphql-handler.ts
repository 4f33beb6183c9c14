import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { readBody } from './read-body.ts';

/** Largest request body accepted (GraphQL documents and variables); bigger ones get 413. */
const MAX_BODY_BYTES = 1024 * 1024;

/** The JSON of a body; a malformed one is handed to Apollo as text, so it can say what is wrong. */
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Serves an Apollo server over plain node:http (Apollo 5 ships no framework integration in core,
 * and a bare handler is both the smallest and the fastest one).
 */
export function createGraphQLHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  createContext: (req: IncomingMessage) => Promise<TContext>,
) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: unknown;
    if (req.method === 'POST') {
      const read = await readBody(req, MAX_BODY_BYTES);
      if (read.tooLarge) {
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(
          JSON.stringify({ errors: [{ message: '请求体过大', extensions: { code: 'BAD_REQUEST' } }] }),
        );
        return;
      }
      body = parseBody(read.text);
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
      context: () => createContext(req),
    });
    for (const [name, value] of result.headers) res.setHeader(name, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
