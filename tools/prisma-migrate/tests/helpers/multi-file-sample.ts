import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sample = fileURLToPath(new URL('../fixtures/sample', import.meta.url));

/**
 * A copy of the sample subgraph at `dir` with its schema split the way a subgraph splits one by
 * aggregate (Prisma's multi-file schema): prisma/schema/schema.prisma (generator, datasource, enum),
 * organization.prisma and person.prisma; the migrations as committed. Returns the schema folder.
 */
export function multiFileSample(dir: string): string {
  cpSync(sample, dir, { recursive: true });
  const whole = join(dir, 'prisma', 'schema.prisma');
  const text = readFileSync(whole, 'utf8');
  rmSync(whole);
  const organization = text.indexOf('model Organization');
  const person = text.indexOf('model Person');
  const folder = join(dir, 'prisma', 'schema');
  mkdirSync(folder);
  writeFileSync(join(folder, 'schema.prisma'), text.slice(0, organization).replace('"./generated"', '"../generated"'));
  writeFileSync(join(folder, 'organization.prisma'), text.slice(organization, person));
  writeFileSync(join(folder, 'person.prisma'), text.slice(person));
  return folder;
}
