import type { IncomingMessage, ServerResponse } from 'node:http';
import { negotiateEncoding } from './content-encoding.ts';
import type { StaticFiles } from './static-files.ts';

// The shell loads remotes' entries and chunks from other origins (their own ports); failures
// carry the header too, so the browser reports a 404 rather than a CORS error.
const cors = { 'access-control-allow-origin': '*' };

/** Answers GET/HEAD from the build: caching headers, revalidation, compression and CORS. */
export async function serveStatic(files: StaticFiles, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...cors, allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = await files.find(pathname);
  if (!file) {
    res.writeHead(404, { ...cors, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }

  const encoding = file.compressible ? negotiateEncoding(req.headers['accept-encoding']) : undefined;
  const etag = encoding ? file.etag.replace(/"$/, `-${encoding}"`) : file.etag;
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'cache-control': file.cacheControl,
    etag,
    vary: 'Accept-Encoding',
    ...cors,
    'x-content-type-options': 'nosniff',
  };

  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const body = encoding ? await files.encodedBody(file, encoding) : file.body;
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
