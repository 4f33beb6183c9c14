import { join } from 'node:path';
import type { DomainNames } from './domain-names.ts';

interface Files {
  read(path: string): Promise<string>;
  write(path: string, content: string): Promise<void>;
}

/** Inserts `line` before the line that closes the list opened by `opening`. */
function insertIntoList(source: string, opening: string, line: string, file: string): string {
  const start = source.indexOf(opening);
  const end = start < 0 ? -1 : source.indexOf('\n]', start);
  if (end < 0) throw new Error(`${file}: no list "${opening}" to register the domain in`);
  return `${source.slice(0, end)}\n${line}${source.slice(end)}`;
}

/**
 * The registration points of a domain (docs/adding-a-domain.md): the subgraph in `SUBGRAPHS` and in
 * the compose task's dependencies, the remote in the runner's `FRONTENDS` and the gateway's registry.
 */
export async function registerDomain(root: string, d: DomainNames, files: Files): Promise<void> {
  const subgraphs = join(root, 'shared-schema/src/subgraphs.ts');
  await files.write(subgraphs, insertIntoList(await files.read(subgraphs), 'export const SUBGRAPHS = [', `  { name: '${d.name}', port: ${d.port} },`, subgraphs));

  const layout = join(root, 'tools/runner/src/hub-layout.ts');
  await files.write(layout, insertIntoList(await files.read(layout), 'export const FRONTENDS = [', `  { name: '${d.name}', port: ${d.remotePort} },`, layout));

  const turboPath = join(root, 'turbo.json');
  const turbo = JSON.parse(await files.read(turboPath)) as { tasks: Record<string, { dependsOn?: string[] }> };
  turbo.tasks['@jiguan/shared-schema#compose']?.dependsOn?.push(`@jiguan/${d.name}#sdl`);
  await files.write(turboPath, `${JSON.stringify(turbo, null, 2)}\n`);

  const registryPath = join(root, 'gateway/registry.json');
  const registry = JSON.parse(await files.read(registryPath)) as object[];
  registry.push({
    name: d.name,
    title: d.title,
    routePrefix: `/${d.name}`,
    manifestUrl: `\${${d.constant}_REMOTE_URL:-http://localhost:${d.remotePort}}/mf-manifest.json`,
    roles: ['ADMIN', 'LEADER', ...d.writers, 'UNIT_USER'],
  });
  await files.write(registryPath, `${registryJson(registry)}\n`);
}

/** The registry as it is written by hand: one entry a block, its small objects and lists on one line. */
function registryJson(registry: object[]): string {
  return JSON.stringify(registry, null, 2).replace(/([{[])\n\s+([^{}[\]]*?)\n\s+([}\]])/g, (_all, open: string, body: string, close: string) => {
    const inner = body.split(/,\n\s+/).join(', ');
    return open === '{' ? `{ ${inner} }` : `[${inner}]`;
  });
}
