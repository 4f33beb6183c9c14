import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Serves the micro-frontend registry (name, title, route prefix, manifest URL, roles) from a JSON
 * file, re-read whenever it changes, so a remote is added or moved without rebuilding anything.
 * `${VAR}` in the file is replaced from the environment (e.g. a remote's public origin).
 */
export function createRegistryRoute(path: string, env: NodeJS.ProcessEnv = process.env) {
  let cached: { mtimeMs: number; body: string } | undefined;
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { mtimeMs } = await stat(path);
    if (!cached || cached.mtimeMs !== mtimeMs) {
      const text = (await readFile(path, 'utf8')).replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_m, name: string, fallback?: string) => env[name] ?? fallback ?? '');
      cached = { mtimeMs, body: JSON.stringify(JSON.parse(text)) };
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(cached.body);
  };
}
