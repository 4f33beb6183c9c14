import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import type { RegistryEntry } from './registry-entry';
import { useModuleReachability } from './use-module-reachability';

const entry = (name: string): RegistryEntry => ({ name, title: { 'zh-CN': name, en: name }, routePrefix: `/${name}`, manifestUrl: `http://remotes.test/${name}/mf-manifest.json`, roles: ['ADMIN'] });

describe('useModuleReachability', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the modules whose manifest does not answer, or answers with an error', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.includes('/admin/')) throw new TypeError('connection refused');
      return new Response('{}', { status: url.includes('/party/') ? 502 : 200 });
    });
    const modules = ref([entry('admin'), entry('assets'), entry('party')]);
    const { unreachable } = useModuleReachability(modules);
    await vi.waitFor(() => expect([...unreachable.value].sort()).toEqual(['admin', 'party']));

    modules.value = [entry('assets')];
    await nextTick();
    await vi.waitFor(() => expect([...unreachable.value]).toEqual([]));
  });
});
