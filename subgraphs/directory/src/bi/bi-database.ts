import { ConflictError } from '@jiguan/shared-schema/errors';
import type { Prisma } from '../../prisma/generated/client.ts';

/**
 * The BI side of the database (issue 16, §1 and §3 of its contract): the read-only role every BI
 * login is a member of, and the table of the logins' row scopes, `bi_directory.logins`, both made
 * by the directory's BI migration. Written with raw SQL: they are not the directory's Prisma models.
 */
export const BI_ROLE = 'jiguan_bi';

/** Refuses (BI_DATABASE_NOT_INSTALLED) while the BI role or the logins table is missing. */
export async function requireBiDatabase(tx: Prisma.TransactionClient): Promise<void> {
  const [state] = await tx.$queryRaw<{ installed: boolean }[]>`
    SELECT to_regclass('bi_directory.logins') IS NOT NULL AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${BI_ROLE}) AS installed`;
  if (!state?.installed) {
    throw new ConflictError(`BI 数据库尚未安装（缺少角色 ${BI_ROLE} 或表 bi_directory.logins），请先执行 BI 数据库迁移`, { reason: 'BI_DATABASE_NOT_INSTALLED' });
  }
}

export interface BiDatabaseLoginRow {
  name: string;
  /** null: every unit. */
  unitIds: string[] | null;
}

/** One login's row, or null. */
export async function findBiDatabaseLogin(tx: Prisma.TransactionClient, name: string): Promise<BiDatabaseLoginRow | null> {
  const [row] = await tx.$queryRaw<BiDatabaseLoginRow[]>`SELECT login_name AS name, unit_ids AS "unitIds" FROM bi_directory.logins WHERE login_name = ${name}`;
  return row ?? null;
}

/** The logins in name order, at most `first`. */
export function listBiDatabaseLogins(tx: Prisma.TransactionClient, first: number): Promise<BiDatabaseLoginRow[]> {
  return tx.$queryRaw<BiDatabaseLoginRow[]>`SELECT login_name AS name, unit_ids AS "unitIds" FROM bi_directory.logins ORDER BY login_name LIMIT ${first}`;
}

/**
 * Gives a login the BI role's own settings (its statement_timeout, read-only transactions): role
 * settings are not inherited through membership, so a login IN ROLE jiguan_bi would otherwise run
 * without them. Read from the role, so the BI migration stays the one place they are set.
 */
export async function copyBiRoleSettings(tx: Prisma.TransactionClient, quotedLogin: string): Promise<void> {
  const settings = await tx.$queryRaw<{ name: string; value: string }[]>`
    SELECT split_part(setting, '=', 1) AS name, substr(setting, strpos(setting, '=') + 1) AS value
      FROM pg_db_role_setting, unnest(setconfig) AS setting
     WHERE setrole = (SELECT oid FROM pg_roles WHERE rolname = ${BI_ROLE}) AND setdatabase = 0`;
  for (const { name, value } of settings) {
    // Names and values come from the role's own catalogue row, written by our migration.
    if (!/^[a-z_]+$/.test(name)) throw new Error(`unexpected setting name on ${BI_ROLE}: ${name}`);
    await tx.$executeRawUnsafe(`ALTER ROLE ${quotedLogin} SET ${name} = '${value.replaceAll("'", "''")}'`);
  }
}
