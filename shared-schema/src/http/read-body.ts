import type { IncomingMessage } from 'node:http';

/**
 * The request body, or `tooLarge` past `maxBytes`. An oversized body is still read to its end
 * (and dropped): a socket closed with unread data is reset, and the client then sees a broken
 * connection instead of the 413. (A `for await` left early would destroy the socket just so.)
 * The server's request timeout bounds how long that takes.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<{ tooLarge: true } | { tooLarge: false; text: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.once('end', () => resolve(size > maxBytes ? { tooLarge: true } : { tooLarge: false, text: Buffer.concat(chunks).toString('utf8') }));
    req.once('error', reject);
  });
}
