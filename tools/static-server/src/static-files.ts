import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { cacheControlFor } from './cache-policy.ts';
import { type ContentEncoding, compress } from './content-encoding.ts';
import { contentTypeFor, isCompressible } from './content-type.ts';

export interface StaticFile {
  /** Path below the served folder, with forward slashes. */
  relativePath: string;
  body: Buffer;
  contentType: string;
  cacheControl: string;
  /** Weak validator from size and modification time. */
  etag: string;
  compressible: boolean;
}

interface CachedFile {
  file: StaticFile;
  mtimeMs: number;
  size: number;
  /** Compressed bodies, made on first request and kept while the file is unchanged. */
  encoded: Map<ContentEncoding, Promise<Buffer>>;
}

/** Bodies this small gain nothing from compression. */
const minCompressBytes = 1024;

/**
 * The files of one built frontend, read on first request and kept in memory (a build is a few MB);
 * a file rebuilt on disk is read again. Unknown routes without a file extension get index.html,
 * so the SPA's router can handle deep links; an unknown asset stays a 404.
 */
export function createStaticFiles(dir: string) {
  const root = resolve(dir);
  const cache = new Map<string, CachedFile>();

  async function load(relativePath: string): Promise<CachedFile | undefined> {
    const path = join(root, relativePath);
    const stats = await stat(path).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    const cached = cache.get(relativePath);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached;
    const contentType = contentTypeFor(relativePath);
    const entry: CachedFile = {
      file: {
        relativePath,
        body: await readFile(path),
        contentType,
        cacheControl: cacheControlFor(relativePath),
        etag: `W/"${stats.size.toString(16)}-${Math.trunc(stats.mtimeMs).toString(16)}"`,
        compressible: isCompressible(contentType) && stats.size >= minCompressBytes,
      },
      mtimeMs: stats.mtimeMs,
      size: stats.size,
      encoded: new Map(),
    };
    cache.set(relativePath, entry);
    return entry;
  }

  /** The file for a URL path, index.html for an app route, or undefined for a 404. */
  async function find(urlPath: string): Promise<StaticFile | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const relativePath = normalize(decoded).replace(/^[/\\]+/, '').split(sep).join('/') || 'index.html';
    // normalize() resolves '..' segments; one that still leads out of the folder is refused.
    if (relativePath.startsWith('..')) return undefined;
    const found = await load(relativePath);
    if (found) return found.file;
    return extname(relativePath) === '' ? (await load('index.html'))?.file : undefined;
  }

  /** The body in `encoding`, compressed once per file version. */
  function encodedBody(file: StaticFile, encoding: ContentEncoding): Promise<Buffer> {
    const entry = cache.get(file.relativePath);
    if (!entry || entry.file !== file) return compress(file.body, encoding);
    let body = entry.encoded.get(encoding);
    if (!body) {
      body = compress(file.body, encoding);
      entry.encoded.set(encoding, body);
    }
    return body;
  }

  return { root, find, encodedBody };
}

export type StaticFiles = ReturnType<typeof createStaticFiles>;
