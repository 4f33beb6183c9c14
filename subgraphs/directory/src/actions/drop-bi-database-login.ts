import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { NotFoundError } from '@jiguan/shared-schema/errors';
import { findBiDatabaseLogin, requireBiDatabase } from '../bi/bi-database.ts';
import type { DirectoryActionContext } from '../context.ts';

/**
 * Drops a BI login: its role and its scope row, in one transaction. Only a login made by
 * `createBiDatabaseLogin` (one in `bi_directory.logins`) can be dropped, never another role.
 * Its open sessions are ended after the commit, so a dropped login reads nothing more.
 */
export async function dropBiDatabaseLogin({ actor, db }: DirectoryActionContext, name: string) {
  const { row, oid } = await db.$transaction(async (tx) => {
    await requireBiDatabase(tx);
    const row = await findBiDatabaseLogin(tx, name);
    if (!row) throw new NotFoundError('数据库登录', name);
    // Its sessions are found by the role's oid: once the role is gone, pg_stat_activity names no user for them.
    const [role] = await tx.$queryRaw<{ oid: string }[]>`SELECT oid::text AS oid FROM pg_roles WHERE rolname = ${name}`;
    await tx.$executeRaw`DELETE FROM bi_directory.logins WHERE login_name = ${name}`;
    await tx.$executeRawUnsafe(`DROP ROLE IF EXISTS ${quoteIdentifier(name)}`);
    await recordAudit(tx, { actor, action: 'biDatabaseLogin.drop', entity: 'BiDatabaseLogin', entityId: name, before: row, after: null });
    return { row, oid: role?.oid ?? null };
  });
  // Best effort: without the right to signal them (pg_signal_backend), they end when the tool disconnects.
  if (oid !== null) await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usesysid = ${oid}::oid`.catch(() => undefined);
  return row;
}
