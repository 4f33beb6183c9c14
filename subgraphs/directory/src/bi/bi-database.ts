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
