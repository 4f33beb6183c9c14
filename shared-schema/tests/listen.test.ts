import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpServer, DEFAULT_HOST, listen } from '../src/http/http-server.ts';
import { createLogger } from '../src/logger.ts';

describe('a service’s listening address', () => {
  it('is this machine only unless HOST says otherwise (the attack report found every service on 0.0.0.0)', async () => {
    const server = createHttpServer({}, createLogger('test'));
    await listen(server, 0);
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    await new Promise((resolve) => server.close(resolve));

    const everywhere = createServer();
    await listen(everywhere, 0, '0.0.0.0');
    expect((everywhere.address() as AddressInfo).address).toBe('0.0.0.0');
    await new Promise((resolve) => everywhere.close(resolve));
  });
});
