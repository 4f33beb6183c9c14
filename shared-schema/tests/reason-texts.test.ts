import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/compose-supergraph.ts';

/**
 * Every reason a service refuses with has a text in the UI's languages (frontends/<app>/src/locales/
 * <lang>/reasons.json), so a page never shows the Chinese server message to an English reader.
 * The default reasons (a refusal that names none) need only English: in Chinese the server's own
 * message, which names the record, is shown.
 */
const DEFAULT_REASONS = ['INVALID_INPUT', 'LOGIN_REQUIRED', 'NOT_PERMITTED', 'NOT_FOUND', 'CONFLICT', 'INTERNAL'];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('/generated/') && !path.includes('node_modules'));
}

/** The reasons written in the services' sources: `reason: 'X'`, and the field rules' `failure(ctx, …, 'X')`. */
async function reasonsInSources(): Promise<Set<string>> {
  const dirs = [join(REPO_ROOT, 'shared-schema/src'), join(REPO_ROOT, 'gateway/src')];
  for (const subgraph of await readdir(join(REPO_ROOT, 'subgraphs'))) dirs.push(join(REPO_ROOT, 'subgraphs', subgraph, 'src'));
  const reasons = new Set<string>();
  for (const file of (await Promise.all(dirs.map(sourceFiles))).flat()) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/reason: '([A-Z][A-Z_]+)'|failure\(ctx, [^;]*?, '([A-Z][A-Z_]+)'/g)) reasons.add(match[1] ?? match[2] ?? '');
  }
  reasons.add('SUBGRAPH_UNAVAILABLE');
  return reasons;
}

async function reasonTexts(locale: string): Promise<Set<string>> {
  const texts = new Set<string>();
  for (const app of await readdir(join(REPO_ROOT, 'frontends'))) {
    const file = join(REPO_ROOT, 'frontends', app, 'src/locales', locale, 'reasons.json');
    const entries = await readFile(file, 'utf8').then((text) => Object.keys(JSON.parse(text) as object), () => []);
    for (const key of entries) texts.add(key);
  }
  return texts;
}

describe('the texts of the refusal reasons', () => {
  it('exist in zh-CN and en for every reason a service gives', async () => {
    const reasons = await reasonsInSources();
    expect(reasons.size).toBeGreaterThan(40);
    const [zh, en] = await Promise.all([reasonTexts('zh-CN'), reasonTexts('en')]);
    expect([...reasons, ...DEFAULT_REASONS].filter((reason) => !en.has(reason)).sort()).toEqual([]);
    expect([...reasons].filter((reason) => !DEFAULT_REASONS.includes(reason) && !zh.has(reason)).sort()).toEqual([]);
  });
});
