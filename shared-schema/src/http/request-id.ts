import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A caller's own id is kept only when it is short and plain, so it cannot break a header or a log line. */
const USABLE_ID = /^[\w.:-]{1,128}$/;

/**
 * The request id that ties one request's log lines together across gateway and subgraphs: the
 * caller's `x-request-id` when it sent a usable one, else a new UUID.
 */
export function requestIdOf(req: IncomingMessage): string {
  const sent = req.headers['x-request-id'];
  return typeof sent === 'string' && USABLE_ID.test(sent) ? sent : randomUUID();
}
