import pg from 'pg';

/**
 * Lets BI tools connect as the read-only role `jiguan_bi` (created NOLOGIN by the directory's BI
 * migration) with this password: `BI_DATABASE_PASSWORD` at `npm start`. The role is cluster-wide,
 * so this sets it for every database of the server.
 */
export async function enableBiLogin(databaseUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'jiguan-runner' });
  await client.connect();
  try {
    // ALTER ROLE takes no bind parameters: the password goes in as an escaped literal.
    await client.query(`ALTER ROLE jiguan_bi LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}
