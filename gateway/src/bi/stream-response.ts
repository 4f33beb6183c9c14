import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

/** The client closed the connection before the whole answer was sent. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection');
  }
}

/**
 * Sends `source` as the body, with backpressure. The head (and `preamble`, e.g. a BOM) goes out with
 * the first chunk, so a query that fails at once can still be answered with an error. Resolves when
 * the body has ended; rejects on a failing source (the caller then destroys the response: a short
 * file must never look whole) or with ClientGoneError when the client goes away.
 */
export function streamResponse(res: ServerResponse, source: Readable, head: { status: number; headers: Record<string, string> }, preamble?: Buffer): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let started = false;
    let settled = false;
    const start = () => {
      if (started) return;
      started = true;
      res.writeHead(head.status, head.headers);
      if (preamble) res.write(preamble);
    };
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      source.off('data', onData);
      res.off('drain', onDrain);
      res.off('close', onClose);
      // Errors of a stream torn down after the answer was settled are expected and not ours to report.
      source.on('error', () => undefined);
      if (error) reject(error);
      else resolve();
    };
    const onData = (chunk: Buffer | string) => {
      start();
      if (!res.write(chunk)) source.pause();
    };
    const onDrain = () => source.resume();
    const onClose = () => settle(new ClientGoneError());
    source.on('data', onData);
    source.once('end', () => {
      start();
      res.end(() => settle());
    });
    source.once('error', (error) => settle(error));
    res.on('drain', onDrain);
    res.once('close', onClose);
  });
}
