import { createHash, createHmac, pbkdf2, randomBytes } from 'node:crypto';

/** PostgreSQL's own defaults for `password_encryption = scram-sha-256`. */
const ITERATIONS = 4096;
const SALT_BYTES = 16;

function pbkdf2Sha256(password: string, salt: Buffer, iterations: number): Promise<Buffer> {
  return new Promise((resolve, reject) => pbkdf2(password, salt, iterations, 32, 'sha256', (error, key) => (error ? reject(error) : resolve(key))));
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, 7677), in its format
 * `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`. Given to `CREATE ROLE … PASSWORD`,
 * PostgreSQL keeps it as it is, so the password itself never reaches a SQL statement or a log.
 * The passwords are printable ASCII (the login rule), which SASLprep leaves unchanged.
 */
export async function scramSha256Verifier(password: string, salt = randomBytes(SALT_BYTES), iterations = ITERATIONS): Promise<string> {
  const salted = await pbkdf2Sha256(password, salt, iterations);
  const storedKey = createHash('sha256').update(hmac(salted, 'Client Key')).digest();
  const serverKey = hmac(salted, 'Server Key');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
