import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** Largest request body accepted (GraphQL documents and variables); bigger ones get 413. */
const MAX_BODY_BYTES = 1024 * 1024;

class PayloadTooLargeError extends Error {}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new PayloadTooLargeError();
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  // Apollo answers a malformed body itself; hand it the raw text so it can say what is wrong.
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
    try {
      body = req.method === 'POST' ? await readJsonBody(req) : undefined;
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      // Read the rest before answering: a socket closed with unread data is reset, and the client
      // then sees ECONNRESET instead of the 413. The server's request timeout bounds the wait.
      req.resume();
      if (!req.readableEnded) await new Promise((resolve) => req.once('end', resolve).once('error', resolve));
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(
        JSON.stringify({ errors: [{ message: '请求体过大', extensions: { code: 'BAD_REQUEST' } }] }),
      );
      return;
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
