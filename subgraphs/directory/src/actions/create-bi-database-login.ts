import { quoteIdentifier } from '@jiguan/db/quote-identifier';
import { recordAudit } from '@jiguan/shared-schema/audit/record-audit';
import { ConflictError } from '@jiguan/shared-schema/errors';
import { scramSha256Verifier } from '../auth/scram-verifier.ts';
import { BI_ROLE, copyBiRoleSettings, requireBiDatabase } from '../bi/bi-database.ts';
import type { DirectoryActionContext } from '../context.ts';
import type { CreateBiDatabaseLoginInput } from '../schema/bi-database-login.ts';
import { requireUnits } from './require-units.ts';

const taken = (name: string) => new ConflictError(`数据库登录名 ${name} 已存在`, { reason: 'BI_LOGIN_TAKEN', params: { name } });

/**
 * Creates a PostgreSQL login for a BI tool: a role that may log in, a member of the read-only BI
 * role, whose rows the views narrow to `unitIds` (null: every unit) through `bi_directory.logins`.
 * Role, scope row and audit record in one transaction (PostgreSQL's CREATE ROLE is transactional).
 * The password reaches the database only as its SCRAM verifier; the name is checked by the input
 * rule (`bi_…`) before it is spliced in, quoted besides.
 */
export async function createBiDatabaseLogin({ actor, db }: DirectoryActionContext, input: typeof CreateBiDatabaseLoginInput.$inferInput) {
  const verifier = await scramSha256Verifier(input.password);
  const unitIds = input.unitIds ?? null;
  return db.$transaction(async (tx) => {
    await requireBiDatabase(tx);
    await requireUnits(tx, unitIds ?? [], 'input.unitIds');
    const [existing] = await tx.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_roles WHERE rolname = ${input.name}`;
    if (existing?.count) throw taken(input.name);
    // A utility statement takes no parameters; the verifier is base64 and `$:` only.
    await tx.$executeRawUnsafe(`CREATE ROLE ${quoteIdentifier(input.name)} LOGIN PASSWORD '${verifier}' IN ROLE ${quoteIdentifier(BI_ROLE)}`);
    await copyBiRoleSettings(tx, quoteIdentifier(input.name));
    await tx.$executeRaw`INSERT INTO bi_directory.logins (login_name, unit_ids) VALUES (${input.name}, ${unitIds}::text[])`;
    const login = { name: input.name, unitIds };
    await recordAudit(tx, { actor, action: 'biDatabaseLogin.create', entity: 'BiDatabaseLogin', entityId: input.name, before: null, after: login });
    return login;
  });
}
