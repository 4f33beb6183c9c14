import { createHash, createHmac, randomBytes } from 'node:crypto';
// node-postgres' own SCRAM client (the one the BI logins connect with): an implementation independent of ours plays the client side.
// @ts-expect-error an internal module of pg, without type declarations
import saslModule from 'pg/lib/crypto/sasl.js';
import { describe, expect, it } from 'vitest';
import { scramSha256Verifier } from './scram-verifier.ts';

interface ScramSession {
  response: string;
}
const sasl = saslModule as {
  startSession(mechanisms: string[]): ScramSession;
  continueSession(session: ScramSession, password: string, serverData: string): Promise<void>;
  finalizeSession(session: ScramSession, serverData: string): void;
};

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/** Plays PostgreSQL's side of a SCRAM-SHA-256 exchange against a stored verifier; true when the client proved the password. */
async function authenticates(verifier: string, password: string): Promise<boolean> {
  const [, iterationsAndSalt, keys] = verifier.split('$') as [string, string, string];
  const [iterations, salt] = iterationsAndSalt.split(':') as [string, string];
  const [storedKey, serverKey] = keys.split(':').map((key) => Buffer.from(key, 'base64')) as [Buffer, Buffer];
  const session = sasl.startSession(['SCRAM-SHA-256']);
  const clientFirstBare = session.response.slice('n,,'.length);
  const clientNonce = /r=([^,]+)/.exec(clientFirstBare)![1]!;
  const serverFirst = `r=${clientNonce}${randomBytes(18).toString('base64')},s=${salt},i=${iterations}`;
  await sasl.continueSession(session, password, serverFirst);
  const clientFinal = session.response;
  const withoutProof = clientFinal.slice(0, clientFinal.lastIndexOf(',p='));
  const proof = Buffer.from(clientFinal.slice(clientFinal.lastIndexOf(',p=') + 3), 'base64');
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const signature = hmac(storedKey, authMessage);
  const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
  if (!createHash('sha256').update(clientKey).digest().equals(storedKey)) return false;
  // The client checks the server's signature too: it knew the ServerKey.
  sasl.finalizeSession(session, `v=${hmac(serverKey, authMessage).toString('base64')}`);
  return true;
}

describe('the SCRAM-SHA-256 verifier of a BI login', () => {
  it('is in PostgreSQL’s format, salted afresh each time', async () => {
    const verifier = await scramSha256Verifier('Superset2026!');
    expect(verifier).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{44}$/);
    expect(await scramSha256Verifier('Superset2026!')).not.toBe(verifier);
  });

  it('lets a SCRAM client that knows the password authenticate, and one that does not fail', async () => {
    const verifier = await scramSha256Verifier('Superset2026!');
    expect(await authenticates(verifier, 'Superset2026!')).toBe(true);
    expect(await authenticates(verifier, 'Superset2026?')).toBe(false);
  });
});
