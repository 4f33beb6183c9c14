/**
 * `npm run new-domain -- <name> [--port 4003] [--writers SERVICES_STAFF] [--title-zh 综合服务] [--title-en Services]`:
 * lays down the empty skeleton of a domain on the hub's pattern (docs/adding-a-domain.md) — a
 * subgraph (its own PostgreSQL schema, first migration, units, audit trail, scope rules, tests)
 * and its remote (a micro-frontend the shell loads) — registers both, and composes the
 * supergraph. The skeleton starts and passes its tests as it is; then add the aggregates.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES } from '@jiguan/shared-schema/auth/viewer';
import { SUBGRAPHS } from '@jiguan/shared-schema/subgraphs';
import { domainNames, type DomainNames } from './domain-names.ts';
import { registerDomain } from './register-domain.ts';
import { remoteFiles } from './remote-files.ts';
import { subgraphFiles } from './subgraph-files.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string' }, writers: { type: 'string' }, 'title-zh': { type: 'string' }, 'title-en': { type: 'string' } },
});
const [name] = positionals;
if (!name || !/^[a-z][a-z-]{1,30}[a-z]$/.test(name)) {
  console.error('usage: npm run new-domain -- <name: lower-case letters and -> [--writers ROLE,ROLE] [--title-zh …] [--title-en …]');
  process.exit(2);
}
if (existsSync(join(REPO_ROOT, 'subgraphs', name)) || existsSync(join(REPO_ROOT, 'frontends', name))) {
  console.error(`subgraphs/${name} or frontends/${name} exists already`);
  process.exit(2);
}
const staffRole = `${name.replaceAll('-', '_').toUpperCase()}_STAFF`;
const writers = values.writers ? values.writers.split(',').map((role) => role.trim()) : (ROLES as readonly string[]).includes(staffRole) ? [staffRole] : [];
const unknownRole = writers.find((role) => !(ROLES as readonly string[]).includes(role));
if (unknownRole) {
  console.error(`unknown role ${unknownRole}: roles are ${ROLES.join(', ')}`);
  process.exit(2);
}

if (values.port && (!/^4\d{3}$/.test(values.port) || SUBGRAPHS.some((subgraph) => subgraph.port === Number(values.port)))) {
  console.error(`--port ${values.port}: a free port 4000–4999 (taken: ${SUBGRAPHS.map((subgraph) => subgraph.port).join(', ')})`);
  process.exit(2);
}
const names: DomainNames = domainNames({
  name,
  // A domain's issue may fix its port (party: 4005) before the domains between exist.
  port: values.port ? Number(values.port) : Math.max(...SUBGRAPHS.map((subgraph) => subgraph.port)) + 1,
  writers: writers.filter((role) => role !== 'ADMIN'),
  title: { 'zh-CN': values['title-zh'] ?? name, en: values['title-en'] ?? name },
});

async function writeAll(folder: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = join(REPO_ROOT, folder, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

const run = (command: string, args: string[]) => {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
};

await writeAll(join('subgraphs', name), subgraphFiles(names));
await writeAll(join('frontends', name), remoteFiles(names));
await registerDomain(REPO_ROOT, names, { read: (path) => readFile(path, 'utf8'), write: writeFile });

run('npm', ['install', '--no-audit', '--no-fund']);
run('npx', ['turbo', 'run', 'generate', `--filter=@jiguan/${name}`, '--output-logs=errors-only']);
run(process.execPath, ['--import', 'tsx', 'tools/prisma-migrate/src/create-migration.ts', `subgraphs/${name}`, 'init']);
run('npm', ['run', 'compose']);
console.log(`\n${name}: subgraph on port ${names.port}, remote on ${names.remotePort}. Next: docs/adding-a-domain.md; \`npm test\` runs its tests.`);
