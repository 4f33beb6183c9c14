import { readFile, stat } from 'node:fs/promises';
import type { GatewayConcern } from '../gateway-concern.ts';

/**
 * Serves the micro-frontend registry (name, title, route prefix, manifest URL, roles) from a JSON
 * file, re-read whenever it changes, so a remote is added or moved without rebuilding anything.
 * `${VAR}` in the file is replaced from the environment (e.g. a remote's public origin).
 */
export function remoteRegistry(path: string, env: NodeJS.ProcessEnv = process.env): GatewayConcern {
  let cached: { mtimeMs: number; body: string } | undefined;
  return {
    name: 'remote-registry',
    routes: {
      'GET /registry.json': async (_req, res) => {
        const { mtimeMs } = await stat(path);
        if (!cached || cached.mtimeMs !== mtimeMs) {
          const text = (await readFile(path, 'utf8')).replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_m, name: string, fallback?: string) => env[name] ?? fallback ?? '');
          cached = { mtimeMs, body: JSON.stringify(JSON.parse(text)) };
        }
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(cached.body);
      },
    },
  };
}
