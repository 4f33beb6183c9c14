import type { IncomingMessage } from 'node:http';

/**
 * The caller's address. `trustForwarded`: take the first `x-forwarded-for` entry, as a service
 * behind the gateway does (the gateway sets it on every subgraph call, and the services listen on
 * this machine only) and as the gateway does behind a proxy it is told to trust; otherwise, and
 * when there is none, the socket's own address.
 */
export function clientAddressOf(req: IncomingMessage, trustForwarded: boolean): string {
  const forwarded = trustForwarded ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}
