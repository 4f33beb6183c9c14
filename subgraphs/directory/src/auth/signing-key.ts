import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose';

const ALGORITHM = 'EdDSA';

/** The key the directory signs tokens with, and the public half it publishes as JWKS. */
export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
  kid: string;
  algorithm: typeof ALGORITHM;
}

async function fromPem(pem: string): Promise<SigningKey> {
  const privateKey = await importPKCS8(pem, ALGORITHM, { extractable: true });
  const { d: _private, ...publicJwk } = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const publicKey = (await importJWK(publicJwk, ALGORITHM)) as CryptoKey;
  return { privateKey, publicKey, publicJwk: { ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }, kid, algorithm: ALGORITHM };
}

/**
 * The signing key: from `pem` when given (production: a secret), else the pair kept in
 * `<dataDir>/keys/jwt-signing-key.pem`, generated on first start so tokens survive restarts.
 */
export async function loadSigningKey(options: { pem: string | undefined; dataDir: string }): Promise<SigningKey> {
  if (options.pem) return fromPem(options.pem);
  const file = join(options.dataDir, 'keys', 'jwt-signing-key.pem');
  try {
    return await fromPem(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const pem = await exportPKCS8(privateKey);
  await mkdir(dirname(file), { recursive: true });
  // `wx`: when two processes start at once, the second fails here and reads the first one's key.
  try {
    await writeFile(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fromPem(await readFile(file, 'utf8'));
  }
  return fromPem(pem);
}
